package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7's files: :save never truncates, :load says what is wrong in one message, the history file survives a kill -9. */
class FilesTest {
    private final Shell shell = new Shell(ShellOptions.defaults());
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private boolean run(String input) {
        return shell.run(input, null, 1, new PrintWriter(out), new PrintWriter(err)).ok();
    }

    private String takeErr() {
        String s = err.toString();
        err.getBuffer().setLength(0);
        return s;
    }

    // ---- :save ----

    @Test
    void saveThatCannotWriteLeavesTheOldFileWhole(@TempDir Path dir) throws IOException {
        run("x = 2");
        Path old = dir.resolve("keep.adj");
        Files.writeString(old, "x = 1\n");
        // the folder is the file's parent, so no temporary file can be made there: the rename never happens
        Path notADir = dir.resolve("plain");
        Files.writeString(notADir, "not a folder");
        assertThat(run(":save " + notADir.resolve("s.adj"))).isFalse();
        assertThat(takeErr()).contains("cannot write").doesNotContain("internal error");
        assertThat(Files.readString(old)).isEqualTo("x = 1\n");
        // a folder nobody may write to; root may write anywhere, but not over an immutable file (chattr +i)
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path inLocked = locked.resolve("keep.adj");
        Files.writeString(inLocked, "x = 1\n");
        locked.toFile().setWritable(false, false);
        boolean immutable = "root".equals(System.getProperty("user.name")) && exec("chattr", "+i", inLocked.toString()) == 0;
        try {
            assumeTrue(immutable || !Files.isWritable(locked), "neither permissions nor chattr are enforced here");
            assertThat(run(":save " + inLocked + " --force")).isFalse();
            assertThat(takeErr()).contains("cannot write").doesNotContain("internal error");
            assertThat(Files.readString(inLocked)).isEqualTo("x = 1\n");
            try (var files = Files.list(locked)) {
                assertThat(files.toList()).containsExactly(inLocked); // no temporary file left behind
            }
        } finally {
            if (immutable) exec("chattr", "-i", inLocked.toString());
            locked.toFile().setWritable(true, false);
        }
    }

    private static int exec(String... cmd) throws IOException {
        try {
            return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    void saveRefusesToOverwriteAndReplacesAtomicallyWithForce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.adj");
        Files.writeString(file, "old\n");
        run("x = 2");
        assertThat(run(":save " + file)).isFalse();
        assertThat(takeErr()).contains("exists; add --force to overwrite it");
        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertThat(run(":save " + file + " --force")).isTrue();
        assertThat(Files.readString(file)).contains("x = 2");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(file);
        }
        assertThat(run(":save " + dir)).isFalse();
        assertThat(takeErr()).contains("is a directory");
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Issue 15, item 9: before, --force replaced a FIFO (or, as root, /dev/null) and a symlink with a file, and a dangling link without --force. */
    @Test
    void saveWritesOrReplacesOnlyRegularFiles(@TempDir Path dir) throws Exception {
        run("x = 2");
        Path fifo = dir.resolve("fifo.adj");
        assumeTrue(exec("mkfifo", fifo.toString()) == 0, "needs mkfifo");
        Path real = Files.writeString(dir.resolve("real.adj"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.adj"), real);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.adj"), dir.resolve("nowhere.adj"));
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(":save " + fifo + " --force", fifo + " is a FIFO (named pipe); adjoint writes regular files only");
        cases.put(":save " + link + " --force", link + " is a symbolic link; adjoint writes regular files only");
        cases.put(":save " + dangling, dangling + " is a symbolic link");
        cases.put(":save " + dir + " --force", dir + " is a directory");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertThat(run(c.getKey())).as(c.getKey()).isFalse();
            assertThat(takeErr()).as(c.getKey()).contains(c.getValue());
        }
        assertThat(Files.isSymbolicLink(link) && Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("old\n");
        assertThat(exec("test", "-p", fifo.toString())).isZero(); // still a FIFO
        assertThat(names(dir)).containsExactly("dangling.adj", "fifo.adj", "link.adj", "real.adj");
    }

    /** Issue 15, item 9: quotes and ~ are parsed; a missing folder is named (before: "cannot write .../.x.adj.NNN.tmp"). */
    @Test
    void saveParsesQuotesAndHomeAndNamesAMissingFolder(@TempDir Path dir) throws Exception {
        run("x = 2");
        assertThat(run(":save ''")).isFalse();
        assertThat(takeErr()).contains("the file name is empty");
        assertThat(run(":save '" + dir.resolve("my session.adj") + "'")).isTrue();
        assertThat(run(":save \"" + dir.resolve("say \\\"hi\\\".adj") + "\"")).isTrue();
        assertThat(names(dir)).containsExactly("my session.adj", "say \"hi\".adj");
        assertThat(Files.readString(dir.resolve("my session.adj"))).contains("x = 2");
        assertThat(run(":save '" + dir.resolve("open.adj"))).isFalse();
        assertThat(takeErr()).contains("the quote ' is never closed");

        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            assertThat(run(":save ~/home.adj")).isTrue();
        } finally {
            System.setProperty("user.home", home);
        }
        assertThat(dir.resolve("home.adj")).exists();

        Path missing = dir.resolve("no/such/folder/s.adj");
        assertThat(run(":save " + missing)).isFalse();
        assertThat(takeErr()).contains("cannot write " + missing + ": the folder " + missing.getParent() + " does not exist")
                .doesNotContain(".tmp");
    }

    /** Z68: a folder where no file can be made says why as CPython's OSError would (before: the name of adjoint's temporary file). */
    @Test
    void saveSaysWhyAsCPythonWould(@TempDir Path dir) throws Exception {
        run("x = 2");
        Path plain = Files.writeString(dir.resolve("plain"), "a file, not a folder");
        assertThat(run(":save " + plain.resolve("s.adj"))).isFalse();
        assertThat(takeErr()).contains("cannot write " + plain.resolve("s.adj") + ": [Errno 20] Not a directory").doesNotContain(".tmp");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        assertThat(run(":save /proc/foo.adj")).isFalse();
        assertThat(takeErr()).contains("cannot write /proc/foo.adj: [Errno ").doesNotContain(".tmp", "adjoint-");
    }

    /** Issue 15, item 9: a temporary file left by a process killed during :save is removed by the next :save of that name. */
    @Test
    void staleTemporaryFilesDoNotAccumulate(@TempDir Path dir) throws Exception {
        run("x = 2");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.writeString(dir.resolve(".s.adj.adjoint-" + gone.pid() + ".tmp"), "half a scr");
        Path otherName = Files.writeString(dir.resolve(".t.adj.adjoint-" + gone.pid() + ".tmp"), "half");
        assertThat(run(":save " + dir.resolve("s.adj"))).isTrue();
        assertThat(stale).doesNotExist();
        assertThat(otherName).exists(); // another name's: cleaned by a :save of that name
        assertThat(names(dir)).containsExactly(".t.adj.adjoint-" + gone.pid() + ".tmp", "s.adj");
    }

    /** Issue 15, item 12: extension first, no silent overwrite, Ctrl-C stops dot and leaves nothing. */
    @Test
    void graphOutChecksFirstAndNeverOverwritesSilently(@TempDir Path dir) throws Exception {
        run("x = 2\ny = x * x");
        Path bad = dir.resolve("new/folder/y.txt");
        assertThat(run(":graph y --out " + bad)).isFalse();
        assertThat(takeErr()).contains("--out needs a file ending in .dot, .svg, .png or .pdf");
        assertThat(dir.resolve("new")).doesNotExist(); // before: the folders were made first
        Path dot = Files.writeString(dir.resolve("y.dot"), "mine\n");
        assertThat(run(":graph y --out " + dot)).isFalse();
        assertThat(takeErr()).contains(dot + " exists; add --force to overwrite it");
        assertThat(Files.readString(dot)).isEqualTo("mine\n");
        assertThat(run(":graph y --out " + dot + " --force")).isTrue();
        assertThat(Files.readString(dot)).startsWith("digraph");
        assertThat(run(":graph y --out '" + dir.resolve("-T a.dot") + "'")).isTrue(); // a name like an option, with a blank
        assertThat(dir.resolve("-T a.dot")).exists();
    }

    @Test
    void ctrlCStopsDotAndLeavesNoFile(@TempDir Path dir) throws Exception {
        assumeTrue(dev.adjoint.render.graph.Graphviz.find() != null, "needs Graphviz's dot");
        run("x = 2\ny = x\nfor i in range(600): y = y * 0.5 + sin(y)");
        Path svg = dir.resolve("big.svg");
        boolean[] ok = {true};
        Thread t = new Thread(() -> ok[0] = run(":graph y --out " + svg));
        t.start();
        long deadline = System.currentTimeMillis() + 120_000;
        while (dotProcesses().isEmpty() && t.isAlive() && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assumeTrue(t.isAlive(), "dot finished before it could be interrupted: " + ok[0] + " " + err);
        t.interrupt();
        t.join(60_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(ok[0]).isFalse();
        assertThat(takeErr()).contains("interrupted").doesNotContain("internal error");
        assertThat(dotProcesses()).as("dot still running").isEmpty();
        assertThat(names(dir)).isEmpty(); // neither the picture nor a temporary file
    }

    private static List<ProcessHandle> dotProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList(); // /usr/bin/dot may be a script that runs another program
    }

    // ---- :load ----

    @Test
    void loadGivesOneClearMessageForEachKindOfBadFile(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("model.bin");
        Files.write(binary, new byte[] {'x', ' ', '=', 0, 1, 2});
        Path huge = dir.resolve("huge.adj");
        try (var ch = Files.newByteChannel(huge, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.position(11L << 20).write(java.nio.ByteBuffer.wrap(new byte[] {'\n'})); // sparse: 11 MB on paper, nothing on disk
        }
        Path latin1 = dir.resolve("latin1.adj");
        Files.write(latin1, "s = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        Path unreadable = dir.resolve("secret.adj");
        Files.writeString(unreadable, "x = 1\n");
        boolean canHide = unreadable.toFile().setReadable(false, false) && !Files.isReadable(unreadable);
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(dir.resolve("missing.adj").toString(), "no such file: ");
        cases.put(binary.toString(), "looks like a binary file, not a script");
        cases.put(huge.toString(), "is 11,534,337 bytes; scripts up to 10,000,000 bytes (10 MB) are loaded");
        cases.put(latin1.toString(), "is not UTF-8 text");
        cases.put(dir.toString(), "is a directory, not a script");
        if (canHide) cases.put(unreadable.toString(), "permission denied");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertThat(run(":load " + c.getKey())).as(c.getKey()).isFalse();
            String e = takeErr();
            assertThat(e).as(c.getKey()).contains(c.getValue()).doesNotContain("internal error", "Exception");
            assertThat(e.lines().filter(l -> l.contains("error")).count()).as(c.getKey()).isEqualTo(1);
        }
        assertThat(run("1 + 1")).isTrue();
    }

    // ---- the history file ----

    /** Issue 15, item 4: a FIFO as a path never blocks the session (before: each of these waited for a writer, Ctrl-C ignored). */
    @Test
    void fifosAsPathsAreRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        Path dotFifo = dir.resolve("g.dot");
        assumeTrue(new ProcessBuilder("mkfifo", dotFifo.toString()).start().waitFor() == 0, "needs mkfifo");
        run("x = 2\ny = x * x");
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(":load " + fifo, fifo + " is a FIFO (named pipe), not a script file");
        cases.put("d = mnist('" + fifo + "', '" + fifo + "')", fifo + " is a FIFO (named pipe), not an MNIST file");
        cases.put(":graph y --out " + dotFifo, dotFifo + " is a FIFO (named pipe); adjoint writes regular files only");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            boolean[] ok = {true};
            Thread t = new Thread(() -> ok[0] = run(c.getKey()));
            t.setDaemon(true);
            t.start();
            t.join(60_000);
            assertThat(t.isAlive()).as(c.getKey() + " is blocked").isFalse();
            assertThat(ok[0]).as(c.getKey()).isFalse();
            assertThat(takeErr()).as(c.getKey()).contains(c.getValue()).doesNotContain("internal error");
        }
        assertThat(run("y")).isTrue();
    }

    /**
     * The real thing: the prompt under a pseudo-terminal (util-linux {@code script}), lines typed,
     * the JVM killed with SIGKILL, the file checked; then a second prompt on the same file, whose
     * history starts with a line torn in the middle, as a crash during the write would leave it.
     */
    @Test
    @Tag("slow") // a pty and a JVM killed with SIGKILL
    void theHistoryFileSurvivesKillMinus9(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script(1) for a pseudo-terminal");
        Path h = dir.resolve("history");
        typeAndKill(h, "x = 2", "y = x ** 2", ":grad y");
        List<String> lines = Files.readAllLines(h);
        assertThat(lines).hasSize(3).allMatch(l -> l.matches("\\d+:.*"));
        assertThat(lines.get(2)).endsWith("::grad y");

        Files.writeString(h, "1700000000001:w = 1 +", java.nio.file.StandardOpenOption.APPEND); // torn by a crash
        typeAndKill(h, "v = 8");
        lines = Files.readAllLines(h);
        assertThat(lines).allMatch(l -> l.matches("\\d+:.*")).hasSize(5);
        assertThat(lines.get(3)).isEqualTo("1700000000001:w = 1 +");
        assertThat(lines.get(4)).endsWith(":v = 8");
    }

    /**
     * Starts the prompt on a pseudo-terminal with ADJOINT_HISTORY = {@code history}, types each line
     * once the prompt is there and the line before it is saved (typed before the prompt is ready,
     * the lines would arrive together, as a paste, and make one entry), kills the JVM with -9.
     */
    private static void typeAndKill(Path history, String... lines) throws Exception {
        long before = Files.exists(history) ? Files.readAllLines(history).size() : 0;
        try (dev.adjoint.testing.Pty pty = dev.adjoint.testing.Pty.start(80, java.util.Map.of("ADJOINT_HISTORY", history.toString()))) {
            int mark = 0;
            for (int i = 0; i < lines.length; i++) {
                pty.awaitReady(mark);
                mark = pty.mark();
                pty.type(lines[i] + "\r");
                long deadline = System.currentTimeMillis() + 60_000, saved = before + i + 1;
                while (System.currentTimeMillis() < deadline && (!Files.exists(history) || Files.readAllLines(history).size() < saved)) Thread.sleep(50);
            }
            // SIGKILL the JVM itself (script's child), with no chance to flush or clean up
            List<ProcessHandle> jvms = pty.jvms();
            assertThat(jvms).isNotEmpty();
            for (ProcessHandle j : jvms) new ProcessBuilder("kill", "-9", String.valueOf(j.pid())).start().waitFor();
        }
    }
}
