package dev.adjoint.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * adjoint's Main in a child JVM on a pseudo-terminal (util-linux {@code script}), for the tests of
 * what only a terminal shows: the prompt, Ctrl-C, pasted text, the terminal's width. Keys are
 * written as a terminal sends them (Enter is "\r"); everything the child writes is collected.
 * Waits are generous (a minute by default): the machine may be busy.
 */
public final class Pty implements AutoCloseable {
    public static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Process process;
    private final OutputStream keys;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private final Thread reader;
    private final Path history;

    private Pty(Process process, Path history) {
        this.process = process;
        this.history = history;
        this.keys = process.getOutputStream();
        InputStream in = process.getInputStream();
        reader = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (seen) {
                        seen.write(buf, 0, n);
                        seen.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the child has gone
            }
        }, "pty-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Whether pseudo-terminals can be made here (util-linux script is installed). */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("script", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts {@code adjoint args...} on a terminal {@code columns} wide, with TERM and any other variables given. */
    public static Pty start(int columns, Map<String, String> env, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.adjoint.repl.Main"));
        command.addAll(List.of(args));
        StringBuilder line = new StringBuilder("stty cols " + columns + " rows 50; exec");
        for (String word : command) line.append(' ').append(quote(word));
        ProcessBuilder pb = new ProcessBuilder("script", "-qfec", line.toString(), "/dev/null");
        pb.redirectErrorStream(true);
        Path history = Files.createTempFile("adjoint-pty-history", "");
        Map<String, String> e = pb.environment();
        e.remove("COLUMNS");
        e.remove("LINES");
        e.remove("NO_COLOR");
        e.put("TERM", "xterm-256color");
        e.put("ADJOINT_HISTORY", history.toString());
        e.putAll(env);
        return new Pty(pb.start(), history);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Sends keys (or a pasted text) as one write. */
    public Pty type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Everything written so far, raw (escape sequences and all). */
    public String output() {
        synchronized (seen) {
            return seen.toString(StandardCharsets.UTF_8);
        }
    }

    /** A position in the output, for {@link #since}. */
    public int mark() {
        return output().length();
    }

    public String since(int mark) {
        String all = output();
        return all.substring(Math.min(mark, all.length()));
    }

    /** Waits until the output after {@code mark}, as the screen shows it, contains {@code text}; fails after {@link #PATIENCE}. */
    public String await(int mark, String text) throws InterruptedException {
        return await(mark, s -> Screen.text(s).contains(text), "'" + text + "'");
    }

    public String await(int mark, Predicate<String> shown, String what) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        synchronized (seen) {
            while (true) {
                String s = since(mark);
                if (shown.test(s)) return s;
                long left = end - System.nanoTime();
                if (left <= 0 || !process.isAlive() && !reader.isAlive())
                    throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; the terminal shows:\n" + Screen.text(output()));
                seen.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            }
        }
    }

    /** Waits for the prompt after {@code mark}. */
    public String awaitPrompt(int mark) throws InterruptedException {
        return await(mark, s -> Screen.lines(s).stream().anyMatch(l -> l.startsWith(">>> ")), "the prompt '>>> '");
    }

    /** Waits until the cursor stands after a prompt (">>> " or "... ") again: the previous input is done. */
    public String awaitReady(int mark) throws InterruptedException {
        return await(mark, s -> {
            List<String> lines = Screen.lines(s);
            String last = lines.get(lines.size() - 1);
            return last.startsWith(">>> ") || last.startsWith("... ");
        }, "a prompt at the cursor");
    }

    /** Waits for the child to end, after :quit or Ctrl-D. */
    public boolean awaitExit() throws InterruptedException {
        return process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(history);
    }
}
