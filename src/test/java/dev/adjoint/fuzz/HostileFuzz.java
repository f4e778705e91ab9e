package dev.adjoint.fuzz;

import dev.adjoint.repl.HistoryFileProbe;
import dev.adjoint.repl.MainProbe;
import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fuzz classes of issue 15, beside {@link Fuzzer}'s programs: what the environment can throw
 * at adjoint rather than what a user types. Each case is seeded and checked for the promises:
 * it ends (no hang: a bounded wait), it fails only with adjoint's own message (never "internal
 * error", an exception or a stack trace), and the session or the process goes on.
 * <ul>
 *   <li>huge inputs: a statement with an identifier, string, number or bracket nesting of
 *       100,000 to 600,000 characters;
 *   <li>endless and hostile pipes: streams with lines of millions of characters (with and without
 *       an end), NUL bytes, lone carriage returns and bytes that are not UTF-8;
 *   <li>devices and FIFOs as paths: :load, mnist, :graph --out and :save given /dev/zero,
 *       /dev/null, /dev/full, a FIFO, a folder, a symbolic link, a dangling one, a sparse 3 GB file,
 *       a binary file, a missing folder;
 *   <li>torn and huge history files: random bytes, torn UTF-8, lines without a time stamp, a
 *       file of tens of megabytes; loading never fails, keeps at most 10,000 entries, and leaves
 *       a file that loads the same again;
 *   <li>deep nested values: tuples holding one tuple twice at every level (2^60 items as seen by
 *       a walk), chains of lists, tuples and dicts up to 200,000 deep, compared, hashed, printed,
 *       measured, saved and shown by :vars, some interrupted (as Ctrl-C does) at a random time.
 * </ul>
 */
final class HostileFuzz {
    record Finding(String kind, String input, String what) {}

    private final SplittableRandom rnd;
    private final Path dir;
    private final List<Finding> findings = new ArrayList<>();
    private final Path fifo;
    private long cases;

    HostileFuzz(long seed, Path dir) throws IOException, InterruptedException {
        this.rnd = new SplittableRandom(seed);
        this.dir = dir;
        Path f = dir.resolve("fifo");
        this.fifo = new ProcessBuilder("mkfifo", f.toString()).start().waitFor() == 0 ? f : null;
    }

    List<Finding> findings() {
        return findings;
    }

    long cases() {
        return cases;
    }

    /** One case of a class chosen at random. */
    void next() throws Exception {
        cases++;
        switch (rnd.nextInt(5)) {
            case 0 -> hugeInput();
            case 1 -> hostilePipe();
            case 2 -> path();
            case 3 -> deepValue();
            default -> history();
        }
    }

    // ---------------------------------------------------------------- huge inputs

    private void hugeInput() throws InterruptedException {
        int n = 100_000 + rnd.nextInt(500_000);
        String input = switch (rnd.nextInt(6)) {
            case 0 -> "x" + "y".repeat(n) + " + 1";
            case 1 -> "s = '" + "a".repeat(n) + "'\nlen(s)";
            case 2 -> "n = " + "9".repeat(Math.min(n, 200_000));
            case 3 -> "z = " + "(".repeat(n / 100) + "1" + ")".repeat(n / 100);
            case 4 -> "w = [" + "1, ".repeat(n / 3) + "1]\nlen(w)";
            default -> ":vars " + "a ".repeat(n / 2);
        };
        Shell shell = new Shell(ShellOptions.defaults());
        StringWriter out = new StringWriter(), err = new StringWriter();
        boolean ended = bounded(() -> {
            for (String part : input.split("\n")) shell.run(part, null, 1, new PrintWriter(out), new PrintWriter(err));
        });
        check("huge input", input, ended, out + "" + err, 200_000);
    }

    // ---------------------------------------------------------------- endless and hostile pipes

    private void hostilePipe() throws InterruptedException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int lines = 1 + rnd.nextInt(6);
        for (int i = 0; i < lines; i++) {
            switch (rnd.nextInt(6)) {
                case 0 -> b.writeBytes("x = 2\n".getBytes(StandardCharsets.UTF_8));
                case 1 -> b.writeBytes(("q" + "w".repeat(1_000_000 + rnd.nextInt(1_000_000))).getBytes(StandardCharsets.UTF_8));
                case 2 -> b.writeBytes(new byte[1_000_001 + rnd.nextInt(200_000)]); // NULs, a line too long
                case 3 -> b.writeBytes(new byte[] {'\r', 'y', ' ', '=', ' ', '1', '\r', '\n'});
                case 4 -> {
                    byte[] junk = new byte[1 + rnd.nextInt(300)];
                    rnd.nextBytes(junk);
                    b.writeBytes(junk);
                }
                default -> b.writeBytes("for i in range(3):\n".getBytes(StandardCharsets.UTF_8));
            }
            if (rnd.nextBoolean()) b.write('\n');
        }
        b.writeBytes("\nprint('end', 6 * 7)\n".getBytes(StandardCharsets.UTF_8));
        byte[] stdin = b.toByteArray();
        AtomicReference<MainProbe.Run> run = new AtomicReference<>();
        boolean ended = bounded(() -> run.set(MainProbe.run(stdin)));
        String what = "a pipe of " + stdin.length + " bytes";
        if (!check("hostile pipe", what, ended, ended ? run.get().err() : "", 50_000)) return;
        if (run.get().code() != 0) findings.add(new Finding("hostile pipe", what, "exit " + run.get().code() + ": " + run.get().err()));
        else if (!run.get().out().contains("end 42")) findings.add(new Finding("hostile pipe", what, "the session did not go on: " + run.get().out()));
    }

    // ---------------------------------------------------------------- devices and FIFOs as paths

    private void path() throws Exception {
        Path p = switch (rnd.nextInt(10)) {
            case 0 -> Path.of("/dev/zero");
            case 1 -> Path.of("/dev/null");
            case 2 -> Path.of("/dev/full");
            case 3 -> fifo != null ? fifo : dir;
            case 4 -> dir;
            case 5 -> link(dir.resolve("real.adj"));
            case 6 -> link(dir.resolve("missing-" + rnd.nextInt(1000)));
            case 7 -> sparse();
            case 8 -> binary();
            default -> dir.resolve("no/such/folder/f.adj");
        };
        String name = p.toString();
        String input = switch (rnd.nextInt(5)) {
            case 0 -> ":load " + name;
            case 1 -> "d = mnist('" + name + "', '" + name + "')";
            case 2 -> ":graph y --out " + name + (rnd.nextBoolean() ? ".dot" : "") + (rnd.nextBoolean() ? " --force" : "");
            case 3 -> ":save " + name + (rnd.nextBoolean() ? " --force" : "");
            default -> ":graph y --out " + name + " --force";
        };
        Shell shell = new Shell(ShellOptions.defaults());
        StringWriter out = new StringWriter(), err = new StringWriter();
        shell.run("x = 2", null, 1, new PrintWriter(out), new PrintWriter(err));
        shell.run("y = x * x", null, 1, new PrintWriter(out), new PrintWriter(err));
        boolean ended = bounded(() -> shell.run(input, null, 1, new PrintWriter(out), new PrintWriter(err)));
        if (!check("path", input, ended, out + "" + err, 20_000)) return;
        if (fifo != null && !Files.exists(fifo)) findings.add(new Finding("path", input, "the FIFO was replaced"));
        if (Files.isRegularFile(Path.of("/dev/null"))) findings.add(new Finding("path", input, "/dev/null was replaced by a file"));
        boolean alive = shell.run("x + 1", null, 1, new PrintWriter(out), new PrintWriter(err)).ok();
        if (!alive) findings.add(new Finding("path", input, "the session did not go on: " + err));
    }

    private Path link(Path to) throws IOException {
        if (to.getFileName().toString().equals("real.adj") && !Files.exists(to)) Files.writeString(to, "x = 3\n");
        Path l = dir.resolve("link-" + rnd.nextInt(1_000_000));
        Files.deleteIfExists(l);
        return Files.createSymbolicLink(l, to);
    }

    private Path sparse() throws IOException {
        Path f = dir.resolve("sparse.adj");
        if (!Files.exists(f))
            try (SeekableByteChannel ch = Files.newByteChannel(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.position(3L << 30).write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
        return f;
    }

    private Path binary() throws IOException {
        byte[] b = new byte[1 + rnd.nextInt(4096)];
        rnd.nextBytes(b);
        return Files.write(dir.resolve("blob-" + rnd.nextInt(1000) + ".bin"), b);
    }

    // ---------------------------------------------------------------- deep nested values

    private void deepValue() throws InterruptedException {
        int depth;
        String build = switch (rnd.nextInt(4)) {
            case 0 -> "u = (1,)\nfor i in range(" + (depth = 20 + rnd.nextInt(45)) + "): u = (u, u)";
            case 1 -> "u = []\nfor i in range(" + (depth = 1000 + rnd.nextInt(200_000)) + "): u = [u]";
            case 2 -> "u = 1\nfor i in range(" + (depth = 1000 + rnd.nextInt(200_000)) + "): u = (u,)";
            default -> "u = {}\nfor i in range(" + (depth = 1000 + rnd.nextInt(200_000)) + "): u = {'k': u, 1: 2}";
        };
        String use = switch (rnd.nextInt(12)) {
            case 0 -> "u == v";
            case 1 -> "u != v";
            case 2 -> "hash(u)";
            case 3 -> "len(repr(u))";
            case 4 -> "print(u)";
            case 5 -> "d = {u: 1}";
            case 6 -> "u in [v, 3]";
            case 7 -> "s = str(v)";
            case 8 -> ":vars";
            case 9 -> ":save " + dir.resolve("deep-" + rnd.nextInt(1000) + ".adj") + " --force";
            case 10 -> "w = [u, v]; w.sort()";
            default -> "u < v";
        };
        long interruptAfter = rnd.nextBoolean() ? -1 : rnd.nextLong(0, 1500);
        String input = build + "\n" + build.replace("u", "v") + "\n" + use;
        Shell shell = new Shell(ShellOptions.defaults());
        StringWriter out = new StringWriter(), err = new StringWriter();
        PrintWriter o = new PrintWriter(out), e = new PrintWriter(err);
        boolean ended = bounded(() -> {
            shell.run(build + "\n", null, 1, o, e);
            shell.run(build.replace("u", "v") + "\n", null, 3, o, e);
            Thread eval = new Thread(null, () -> shell.run(use, null, 5, o, e), "deep", 512L << 20);
            eval.start();
            if (interruptAfter >= 0) {
                eval.join(interruptAfter);
                eval.interrupt();
            }
            eval.join();
        });
        String brief = "depth " + depth + ", " + use + (interruptAfter >= 0 ? ", interrupted at " + interruptAfter + " ms" : "");
        if (!check("deep value", brief + "\n" + input, ended, err.toString(), 20_000)) return;
        boolean alive = shell.run("6 * 7", null, 6, o, e).ok();
        if (!alive) findings.add(new Finding("deep value", brief, "the session did not go on: " + head(err.toString())));
    }

    // ---------------------------------------------------------------- torn and huge history files

    private void history() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int lines = rnd.nextInt(3) == 0 ? 200_000 + rnd.nextInt(400_000) : rnd.nextInt(50);
        for (int i = 0; i < lines; i++) {
            switch (rnd.nextInt(lines > 1000 ? 1 : 7)) {
                case 0 -> b.writeBytes(("17000000" + (10000 + i) + ":x = " + i + "\n").getBytes(StandardCharsets.UTF_8));
                case 1 -> b.writeBytes("no stamp\n".getBytes(StandardCharsets.UTF_8));
                case 2 -> b.writeBytes(new byte[] {'1', ':', (byte) 0xcf, '\n'}); // a torn character
                case 3 -> {
                    byte[] junk = new byte[rnd.nextInt(200)];
                    rnd.nextBytes(junk);
                    b.writeBytes(junk);
                }
                case 4 -> b.writeBytes(("1:" + "z".repeat(rnd.nextInt(100_000)) + "\n").getBytes(StandardCharsets.UTF_8));
                case 5 -> b.writeBytes("1:a\\nb\\\\c\\".getBytes(StandardCharsets.UTF_8)); // a trailing backslash, no newline
                default -> b.writeBytes(new byte[] {'\n'});
            }
        }
        Path h = dir.resolve("history");
        Files.write(h, b.toByteArray());
        String what = "a history file of " + b.size() + " bytes";
        AtomicReference<Object> first = new AtomicReference<>(), second = new AtomicReference<>();
        boolean ended = bounded(() -> {
            first.set(HistoryFileProbe.load(h));
            second.set(HistoryFileProbe.load(h));
        });
        if (!ended) {
            findings.add(new Finding("history", what, "loading did not end"));
            return;
        }
        if (first.get() instanceof Throwable t) findings.add(new Finding("history", what, "loading threw " + t));
        else if (!first.get().equals(second.get())) findings.add(new Finding("history", what, "a second load read something else"));
        else if (HistoryFileProbe.size(first.get()) > HistoryFileProbe.MAX_ENTRIES) findings.add(new Finding("history", what, "more entries than the limit"));
    }

    // ---------------------------------------------------------------- the checks

    /** Runs {@code body} on a large-stack thread; false if it has not ended within a minute (a hang). */
    private static boolean bounded(ThrowingRunnable body) throws InterruptedException {
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }, "hostile", 512L << 20);
        t.setDaemon(true);
        t.start();
        t.join(60_000);
        if (!t.isAlive()) return true;
        t.interrupt();
        return false;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Records a finding if the case hung, failed inside, or printed more than {@code maxChars}; true if it passed. */
    private boolean check(String kind, String input, boolean ended, String shown, int maxChars) {
        String brief = input.length() > 120 ? input.substring(0, 120) + "... (" + input.length() + " characters)" : input;
        String problem = !ended ? "did not end within a minute"
                : shown.contains("internal error") || shown.contains("Exception") || shown.contains("\tat ") ? "failed inside: " + head(shown)
                : shown.length() > maxChars ? "printed " + shown.length() + " characters: " + head(shown) : null;
        if (problem != null) findings.add(new Finding(kind, brief, problem));
        return problem == null;
    }

    private static String head(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
