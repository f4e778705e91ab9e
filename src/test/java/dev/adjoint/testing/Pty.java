package dev.adjoint.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * adjoint's prompt on a pseudo-terminal (util-linux {@code script}), for tests of what only a
 * terminal shows: keys are typed into it, the screen is read back from a file. Waits are bounded
 * generously (a loaded machine starts a JVM slowly); tests assert effects, not timings.
 */
public final class Pty implements AutoCloseable {
    private final Process process;
    private final OutputStream keys;
    private final Path screen;

    private Pty(Process process, Path screen) {
        this.process = process;
        this.keys = process.getOutputStream();
        this.screen = screen;
    }

    /** Skips the test where there is no script(1). */
    public static void assumeAvailable() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script(1) for a pseudo-terminal");
    }

    /** Starts {@code dev.adjoint.repl.Main} with {@code args} under a pty; {@code env} adds to the environment. */
    public static Pty start(Path dir, Map<String, String> env, String... args) throws IOException {
        assumeAvailable();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder cmd = new StringBuilder("'" + java + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' dev.adjoint.repl.Main");
        for (String a : args) cmd.append(" '").append(a.replace("'", "'\\''")).append("'");
        Path screen = Files.createTempFile(dir, "screen", ".txt");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec", cmd.toString(), "/dev/null").redirectErrorStream(true)
                .redirectOutput(screen.toFile());
        pb.environment().put("TERM", "xterm");
        pb.environment().putAll(env);
        return new Pty(pb.start(), screen);
    }

    /** Types {@code s} (use "\r" for Enter, "\u0003" for Ctrl-C, "\u0004" for Ctrl-D). */
    public void type(String s) throws IOException, InterruptedException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        Thread.sleep(100);
    }

    /** Everything the terminal has shown so far. */
    public String screen() throws IOException {
        return new String(Files.readAllBytes(screen), StandardCharsets.UTF_8);
    }

    /** Waits until {@code text} has appeared at least {@code times} times; false if it did not within {@code millis}. */
    public boolean waitFor(String text, int times, long millis) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            String s = screen();
            int n = 0;
            for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) n++;
            if (n >= times) return true;
            if (System.currentTimeMillis() > end || !process.isAlive()) return false;
            Thread.sleep(25);
        }
    }

    /** Waits for the process to end; its exit code, or -1 if it is still running after {@code seconds}. */
    public int waitForExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** The JVMs under the pty (script's children), to signal directly. */
    public List<ProcessHandle> jvms() {
        return process.descendants().filter(d -> d.info().command().map(c -> c.endsWith("java")).orElse(false)).toList();
    }

    @Override
    public void close() throws IOException {
        try {
            keys.close();
        } catch (IOException e) {
            // already gone
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
