package dev.adjoint.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * adjoint's prompt on a pseudo-terminal (util-linux {@code script}), for tests of what only a
 * terminal shows (the prompt, Ctrl-C, pasted text, the terminal's width): keys are typed into it
 * as a terminal sends them (Enter is "\r"), the screen is read back from a file. Waits are bounded
 * generously (a loaded machine starts a JVM slowly); tests assert effects, not timings.
 */
public final class Pty implements AutoCloseable {
    /** How long {@link #await} waits before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Process process;
    private final OutputStream keys;
    private final Path screen;
    private final List<Path> temporary;

    private Pty(Process process, Path screen, List<Path> temporary) {
        this.process = process;
        this.keys = process.getOutputStream();
        this.screen = screen;
        this.temporary = temporary;
    }

    /** Skips the test where there is no script(1). */
    /** GNU env 8.31+ can reset an inherited "ignore SIGINT" before exec. */
    private static final boolean DEFAULT_SIGINT = resetsSignals();

    /** The words that start a command under script(1) with SIGINT handled: "env --default-signal=INT " or "". */
    public static String sigintReset() {
        return DEFAULT_SIGINT ? "env --default-signal=INT " : "";
    }

    private static boolean resetsSignals() {
        try {
            Process p = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static void assumeAvailable() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script(1) for a pseudo-terminal");
    }

    /** Starts {@code dev.adjoint.repl.Main} with {@code args} under an 80-column pty; the screen file goes to {@code dir}; {@code env} adds to the environment. */
    public static Pty start(Path dir, Map<String, String> env, String... args) throws IOException {
        return start(Files.createTempFile(dir, "screen", ".txt"), 80, env, List.of(), args);
    }

    /**
     * Starts it on a terminal {@code columns} wide, with a history file of its own unless {@code env}
     * names one (ADJOINT_HISTORY); temporary files are deleted at {@link #close}.
     */
    public static Pty start(int columns, Map<String, String> env, String... args) throws IOException {
        Path screen = Files.createTempFile("adjoint-pty-screen", ".txt");
        Path history = Files.createTempFile("adjoint-pty-history", "");
        Map<String, String> all = new java.util.HashMap<>(Map.of("ADJOINT_HISTORY", history.toString()));
        all.putAll(env);
        return start(screen, columns, all, List.of(screen, history), args);
    }

    private static Pty start(Path screen, int columns, Map<String, String> env, List<Path> temporary, String... args) throws IOException {
        assumeAvailable();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.adjoint.repl.Main"));
        command.addAll(List.of(args));
        // A suite started in the background by a shell without job control (cmd &) inherits SIGINT
        // ignored, and a JVM started so never sees Ctrl-C: restore it for the program under test.
        StringBuilder cmd = new StringBuilder("stty cols " + columns + " rows 50; exec " + sigintReset());
        for (String word : command) cmd.append(" '").append(word.replace("'", "'\\''")).append("'");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec", cmd.toString(), "/dev/null").redirectErrorStream(true)
                .redirectOutput(screen.toFile());
        pb.environment().remove("COLUMNS");
        pb.environment().remove("LINES");
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", "xterm");
        pb.environment().putAll(env);
        return new Pty(pb.start(), screen, temporary);
    }

    /** Types {@code s} (use "\r" for Enter, "\u0003" for Ctrl-C, "\u0004" for Ctrl-D) in one write, as a terminal sends a paste. */
    public void type(String s) throws IOException, InterruptedException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        Thread.sleep(100);
    }

    /** Everything the terminal has shown so far, raw (escape sequences and all). */
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

    /** A position in the screen, for {@link #since} and the waits. */
    public int mark() throws IOException {
        return screen().length();
    }

    /** What the terminal has shown after {@code mark}, raw. */
    public String since(int mark) throws IOException {
        String all = screen();
        return all.substring(Math.min(mark, all.length()));
    }

    /** Waits until the screen after {@code mark}, with escapes and carriage returns applied ({@link Screen}), contains {@code text}. */
    public String await(int mark, String text) throws IOException, InterruptedException {
        return await(mark, s -> Screen.text(s).contains(text), "'" + text + "'");
    }

    /** Waits until the raw screen after {@code mark} satisfies {@code shown}; fails after {@link #PATIENCE}, showing the screen. */
    public String await(int mark, Predicate<String> shown, String what) throws IOException, InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String s = since(mark);
            if (shown.test(s)) return s;
            if (System.nanoTime() > end || !process.isAlive())
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; the terminal shows:\n" + Screen.text(screen()));
            Thread.sleep(25);
        }
    }

    /** Waits for a line starting with the prompt "&gt;&gt;&gt; " after {@code mark}. */
    public String awaitPrompt(int mark) throws IOException, InterruptedException {
        return await(mark, s -> Screen.lines(s).stream().anyMatch(l -> l.startsWith(">>> ")), "the prompt '>>> '");
    }

    /** Waits until the cursor stands after a prompt (">>> " or "... ") again: the previous input is done. */
    public String awaitReady(int mark) throws IOException, InterruptedException {
        return await(mark, s -> {
            List<String> lines = Screen.lines(s);
            String last = lines.get(lines.size() - 1);
            return last.startsWith(">>> ") || last.startsWith("... ");
        }, "a prompt at the cursor");
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
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Path p : temporary) Files.deleteIfExists(p);
    }
}
