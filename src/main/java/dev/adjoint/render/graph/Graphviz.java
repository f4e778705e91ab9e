package dev.adjoint.render.graph;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs Graphviz's dot, when it is installed, to turn DOT into SVG, PNG or PDF. */
public final class Graphviz {
    private static final long TIMEOUT_SECONDS = 60;

    private Graphviz() {}

    /** The dot executable on PATH, or null. */
    public static Path find() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, "dot");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** Renders DOT text to {@code out} in a format dot knows ("svg", "png", "pdf"); throws with dot's message on failure. */
    public static void render(Path dot, String dotText, String format, Path out) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(dot.toString(), "-T" + format, "-o", out.toString());
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Path errors = Files.createTempFile("adjoint-dot", ".err");
        pb.redirectError(errors.toFile());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                in.write(dotText.getBytes(StandardCharsets.UTF_8));
            }
            boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
                throw new IOException("dot took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                String msg = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new IOException("dot failed" + (msg.isEmpty() ? " (exit " + p.exitValue() + ")" : ": " + msg));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while dot was running");
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
