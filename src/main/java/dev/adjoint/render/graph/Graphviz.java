package dev.adjoint.render.graph;

import dev.adjoint.ndarray.ComputationInterrupted;
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

    /**
     * Renders DOT text to {@code out} in a format dot knows ("svg", "png", "pdf"); throws with dot's
     * message on failure. The text is fed from another thread, so that an interrupt (Ctrl-C,
     * --timeout) always reaches the wait: dot is then killed, and writes nothing more.
     */
    public static void render(Path dot, String dotText, String format, Path out) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(dot.toString(), "-T" + format, "-o", out.toAbsolutePath().toString());
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Path errors = Files.createTempFile("adjoint-dot", ".err");
        pb.redirectError(errors.toFile());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = null;
        try {
            p = pb.start();
            Process running = p;
            Thread feeder = new Thread(() -> {
                try (var in = running.getOutputStream()) {
                    in.write(dotText.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // dot ended (or was killed) before reading everything: its exit status says why
                }
            }, "adjoint-dot-input");
            feeder.setDaemon(true);
            feeder.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) throw new IOException("dot took longer than " + TIMEOUT_SECONDS + " s");
            if (p.exitValue() != 0) {
                String msg = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new IOException("dot failed" + (msg.isEmpty() ? " (exit " + p.exitValue() + ")" : ": " + msg));
            }
        } catch (InterruptedException e) {
            throw new ComputationInterrupted(); // reported as "interrupted", like any other stopped computation
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
                try {
                    p.waitFor(5, TimeUnit.SECONDS); // so the caller can delete what it was writing
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Files.deleteIfExists(errors);
        }
    }
}
