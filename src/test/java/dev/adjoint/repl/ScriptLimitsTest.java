package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, items 1 and 8: a script argument gets the limits of :load (size, devices, FIFOs,
 * binary) with one clear message and exit 1; an endless line in a pipe is refused and the session
 * goes on. All in-process, through {@link Main#run}.
 */
class ScriptLimitsTest {
    record Run(int code, String out, String err) {}

    static Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, stdin, out, err, false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    /** Runs on another thread and fails (instead of hanging the build) if it does not end within a minute. */
    static Run runBounded(String... args) throws InterruptedException {
        AtomicReference<Run> r = new AtomicReference<>();
        Thread t = new Thread(() -> r.set(run("", args)));
        t.setDaemon(true);
        t.start();
        t.join(60_000);
        assertThat(t.isAlive()).as("adjoint " + String.join(" ", args) + " still running after a minute").isFalse();
        return r.get();
    }

    private static void assertRefused(Run r, String file, String message) {
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("adjoint: ").contains(file).contains(message)
                .doesNotContain("Exception", "Error:", "\tat ", "internal error");
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aHugeScriptIsRefusedBeforeReadingIt(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.adj");
        try (SeekableByteChannel ch = Files.newByteChannel(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.position(3L << 30).write(ByteBuffer.wrap(new byte[] {'\n'})); // sparse: 3 GB on paper
        }
        assertRefused(runBounded(big.toString()), big.toString(), "is 3,221,225,473 bytes; scripts up to 10,000,000 bytes (10 MB) are loaded");
    }

    @Test
    void theSizeMessageGivesExactBytes(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("eleven.adj");
        try (SeekableByteChannel ch = Files.newByteChannel(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.position(10_999_999).write(ByteBuffer.wrap(new byte[] {'\n'}));
        }
        assertRefused(run("", big.toString()), big.toString(), "is 11,000,000 bytes; scripts up to 10,000,000 bytes (10 MB) are loaded");
    }

    @Test
    void devicesAreRefusedWhateverSizeTheyReport() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertRefused(runBounded("/dev/zero"), "/dev/zero", "is a character device, not a script file");
        assertRefused(runBounded("/dev/null"), "/dev/null", "is a character device, not a script file");
    }

    @Test
    void aFifoIsRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.adj");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        assertRefused(runBounded(fifo.toString()), fifo.toString(), "is a FIFO (named pipe), not a script file");
    }

    @Test
    void binaryAndNonUtf8ScriptsAreRefused(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("model.bin"), new byte[] {'x', ' ', '=', ' ', '1', '\n', 0, 1, 2});
        assertRefused(run("", binary.toString()), binary.toString(), "looks like a binary file, not a script");
        Path latin1 = Files.write(dir.resolve("latin1.adj"), "s = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(run("", latin1.toString()), latin1.toString(), "is not UTF-8 text");
        assertRefused(run("", dir.toString()), dir.toString(), "is a directory, not a script");
    }

    @Test
    void aScriptDeclaringItsEncodingIsReadInIt(@TempDir Path dir) throws Exception {
        // PEP 263 (T48): CPython 3.11 prints "café 4" for this file and "€ é" for the second
        Path latin1 = Files.write(dir.resolve("lat.py"), "# -*- coding: latin-1 -*-\nprint('caf\u00e9', len('caf\u00e9'))\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("", latin1.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("caf\u00e9 4\n");
        Path cp1252 = Files.write(dir.resolve("cp.py"),
                "#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\nprint('\u20ac \u00e9')\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        r = run("", cp1252.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("\u20ac \u00e9\n");
    }

    @Test
    void aMissingScriptStaysAUsageError(@TempDir Path dir) {
        Run r = run("", dir.resolve("nope.adj").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file: " + dir.resolve("nope.adj"));
    }

    @Test
    void aScriptWithAByteOrderMarkAndCrlfStillRuns(@TempDir Path dir) throws Exception {
        Path s = Files.writeString(dir.resolve("win.adj"), "\uFEFFx = 20\r\nprint(x + 1)\r\n");
        Run r = run("", s.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("21\n");
    }

    /** {@code n} bytes of {@code fill} and then {@code tail}, made up as they are read. */
    static InputStream endlessLine(long n, byte fill, String tail) {
        byte[] rest = tail.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long at;

            @Override
            public int read() {
                if (at < n) {
                    at++;
                    return fill & 0xff;
                }
                long i = at++ - n;
                return i < rest.length ? rest[(int) i] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= n + rest.length) return -1;
                int k = 0;
                while (k < len && at < n + rest.length) b[off + k++] = (byte) read();
                return k;
            }
        };
    }

    @Test
    void anEndlessLineInAPipeIsRefusedAndTheSessionGoesOn() {
        Run r = run(endlessLine(3_000_000, (byte) 0, "\nx = 6\nx * 7\n"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("<stdin>:1: error: line 1 is longer than 1,000,000 characters; it is skipped\n");
        assertThat(r.out()).isEqualTo("42\n");

        // in the middle of a block: the block is dropped, line numbers go on
        Run mid = run(endlessLine(0, (byte) 0, "s = 1\nfor i in range(3):\n" + "#".repeat(1_000_001) + "\n\ns + 1\n"));
        assertThat(mid.err()).startsWith("<stdin>:3: error: line 3 is longer than 1,000,000 characters");
        assertThat(mid.out()).isEqualTo("2\n");
    }

    /** Before, `adjoint < /dev/zero` said nothing, ever: the error waited for the end of a line that never ends. */
    @Test
    void anEndlessLineIsReportedWhenItPassesTheLimit() throws Exception {
        long length = 10_000_000;
        long[] read = {0}, readWhenSaid = {-1};
        java.io.Reader longLine = new java.io.Reader() {
            @Override
            public int read(char[] b, int off, int len) {
                int n = (int) Math.min(len, length - read[0]);
                if (n <= 0) return -1;
                java.util.Arrays.fill(b, off, off + n, 'z');
                read[0] += n;
                return n;
            }

            @Override
            public void close() {}
        };
        BoundedLines lines = new BoundedLines(longLine, 1000, () -> readWhenSaid[0] = read[0]);
        assertThat(lines.next().tooLong()).isTrue();
        assertThat(readWhenSaid[0]).as("characters read when it was said").isBetween(1000L, 100_000L);
    }

    @Test
    void linesEndAtNewlineCarriageReturnOrBoth() throws Exception {
        BoundedLines lines = new BoundedLines(new java.io.StringReader("a\r\nb\rc\n\nd"), 5);
        StringBuilder seen = new StringBuilder();
        for (BoundedLines.Line l; (l = lines.next()) != null; ) seen.append('[').append(l.text()).append(']');
        assertThat(seen.toString()).isEqualTo("[a][b][c][][d]");
        BoundedLines cut = new BoundedLines(new java.io.StringReader("12345\n123456\nok"), 5);
        assertThat(cut.next().text()).isEqualTo("12345");
        assertThat(cut.next().tooLong()).isTrue();
        assertThat(cut.next().text()).isEqualTo("ok");
        assertThat(cut.next()).isNull();
    }

    @Test
    void nothingRunsAfterTheTimeoutFiresInPipedInput(@TempDir Path dir) {
        Path saved = dir.resolve("a.adj");
        Run r = run("while True: pass\n\nprint(\"after\")\n:save " + saved + "\nprint(\"later\")\n", "--timeout", "1");
        assertThat(r.code()).as(r.err()).isEqualTo(124);
        assertThat(r.err()).contains("interrupted").contains("--timeout of 1 s ran out");
        assertThat(r.out()).doesNotContain("after", "later", "saved");
        assertThat(saved).doesNotExist();
    }

    @Test
    void nothingRunsAfterTheTimeoutFiresInStatements() {
        Run r = run("", "--timeout", "1", "-e", "while True: pass", "-e", "print('after')");
        assertThat(r.code()).isEqualTo(124);
        assertThat(r.out()).doesNotContain("after");
    }
}
