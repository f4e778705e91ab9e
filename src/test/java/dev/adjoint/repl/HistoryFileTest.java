package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.adjoint.testing.Pty;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, items 2 and 3: whatever the history file is (torn by a crash, a directory, a FIFO,
 * /dev/full, read-only, huge), the prompt starts, says what is wrong once, and runs with what it
 * could read; loading is bounded work.
 */
class HistoryFileTest {
    private static final byte[] TORN = "1796122793008:x = 1\n1796122793009:\u00cf".getBytes(StandardCharsets.ISO_8859_1);

    private static HistoryFile.Loaded loadBounded(Path p) throws InterruptedException {
        AtomicReference<HistoryFile.Loaded> r = new AtomicReference<>();
        Thread t = new Thread(() -> r.set(HistoryFile.at(p).load()));
        t.setDaemon(true);
        t.start();
        t.join(60_000);
        assertThat(t.isAlive()).as("loading " + p + " did not return").isFalse();
        return r.get();
    }

    private static List<String> texts(HistoryFile.Loaded l) {
        return l.entries().stream().map(HistoryFile.Entry::text).toList();
    }

    @Test
    void aTornMultiByteCharacterIsDroppedAndTheFileMended(@TempDir Path dir) throws Exception {
        Path h = Files.write(dir.resolve("history"), TORN);
        HistoryFile.Loaded l = loadBounded(h);
        assertThat(texts(l)).containsExactly("x = 1");
        assertThat(l.problem()).isNull();
        assertThat(l.writable()).isTrue();
        assertThat(Files.readString(h)).isEqualTo("1796122793008:x = 1\n");
        assertThat(dir.toFile().list()).containsExactly("history"); // no temporary file left
    }

    @Test
    void aTornLastLineIsEndedSoTheNextEntryStaysWhole(@TempDir Path dir) throws Exception {
        Path h = Files.writeString(dir.resolve("history"), "1700000000000:x = 2\n1700000000001:w = 1 +");
        assertThat(texts(loadBounded(h))).containsExactly("x = 2", "w = 1 +");
        assertThat(Files.readString(h)).isEqualTo("1700000000000:x = 2\n1700000000001:w = 1 +\n");
        long modified = Files.getLastModifiedTime(h).toMillis();
        loadBounded(h); // a whole file is left alone
        assertThat(Files.getLastModifiedTime(h).toMillis()).isEqualTo(modified);
        assertThat(loadBounded(dir.resolve("none")).problem()).isNull(); // a missing file too
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void linesThatAreNotEntriesAreDroppedAndEscapesKept(@TempDir Path dir) throws Exception {
        Path h = Files.writeString(dir.resolve("history"),
                "no colon here\n12x:bad stamp\n:no stamp\n1700000000000:for i in range(3):\\n    print(i)\\n\n1700000000001:s = 'a\\\\b'\n");
        assertThat(texts(loadBounded(h))).containsExactly("for i in range(3):\n    print(i)\n", "s = 'a\\b'");
        assertThat(Files.readString(h)).startsWith("1700000000000:for i in range(3):\\n");
    }

    @Test
    void whatIsNotARegularFileMeansNoHistorySaidOnce(@TempDir Path dir) throws Exception {
        HistoryFile.Loaded d = loadBounded(dir);
        assertThat(d.problem()).isEqualTo("adjoint: the history file " + dir + " is a directory; this session keeps no history");
        assertThat(d.entries()).isEmpty();
        assertThat(d.writable()).isFalse();

        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        assertThat(loadBounded(fifo).problem()).contains("is a FIFO (named pipe), not a regular file");
        if (Files.exists(Path.of("/dev/full")))
            assertThat(loadBounded(Path.of("/dev/full")).problem()).contains("/dev/full is a character device");
        HistoryFile.Loaded none = loadBounded(Path.of("/dev/null")); // the usual way to ask for no history
        assertThat(none.problem()).isNull();
        assertThat(none.writable()).isFalse();
    }

    @Test
    void aReadOnlyFileIsReadAndNotWritten(@TempDir Path dir) throws Exception {
        Path h = Files.writeString(dir.resolve("history"), "1700000000000:x = 2\n");
        assumeTrue(h.toFile().setWritable(false, false) && !Files.isWritable(h), "running as root");
        HistoryFile.Loaded l = loadBounded(h);
        assertThat(texts(l)).containsExactly("x = 2");
        assertThat(l.writable()).isFalse();
        assertThat(l.problem()).contains("is read-only; lines typed now are not saved");
    }

    @Test
    void aHugeFileIsReadInBoundedWorkAndTrimmed(@TempDir Path dir) throws Exception {
        Path h = dir.resolve("history");
        try (Writer w = Files.newBufferedWriter(h)) {
            for (int i = 0; i < 500_000; i++) w.write("1700000000000:x = " + i + "\n"); // 11 MB
        }
        HistoryFile.Loaded l = loadBounded(h);
        assertThat(l.entries()).hasSize(HistoryFile.MAX_ENTRIES);
        assertThat(l.entries().get(l.entries().size() - 1).text()).isEqualTo("x = 499999");
        assertThat(l.entries().get(0).text()).isEqualTo("x = " + (500_000 - HistoryFile.MAX_ENTRIES));
        assertThat(Files.readAllLines(h)).hasSize(HistoryFile.MAX_ENTRIES);
    }

    @Test
    void appendingWritesJlinesFormat(@TempDir Path dir) throws IOException {
        Path h = dir.resolve("sub/history");
        HistoryFile f = HistoryFile.at(h);
        f.append(new HistoryFile.Entry(Instant.ofEpochMilli(1700000000000L), "a\nb\\c"));
        assertThat(Files.readString(h)).isEqualTo("1700000000000:a\\nb\\\\c\n");
        assertThat(texts(f.load())).containsExactly("a\nb\\c");
    }

    @Test
    void aFailedAppendIsReportedOnceAndThePromptKeepsItsEntries(@TempDir Path dir) throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "");
        PromptHistory h = new PromptHistory(notADir.resolve("history")); // its folder cannot be made
        h.load();
        assertThat(h.takeProblem()).isNull();
        h.add(Instant.now(), "x = 1");
        h.save();
        assertThat(h.takeProblem()).startsWith("adjoint: the history file " + notADir.resolve("history") + " cannot be written (")
                .endsWith("); lines typed from now on are not saved");
        h.add(Instant.now(), "y = 2");
        h.save();
        assertThat(h.takeProblem()).isNull();
        assertThat(h.size()).isEqualTo(2);

        Path ok = dir.resolve("history");
        PromptHistory good = new PromptHistory(ok);
        good.load();
        good.add(Instant.ofEpochMilli(1), "a");
        good.save();
        good.save(); // nothing new: nothing written twice
        good.add(Instant.ofEpochMilli(2), "b");
        good.save();
        assertThat(Files.readString(ok)).isEqualTo("1:a\n2:b\n");
    }

    // ---- the real prompt ----

    private static void promptRuns(Path dir, Path history, String expectedMessage) throws Exception {
        try (Pty pty = Pty.start(dir, Map.of("ADJOINT_HISTORY", history.toString()), "--no-color")) {
            assertThat(pty.waitFor(">>> ", 1, 60_000)).as(pty.screen()).isTrue();
            pty.type("6 * 7\r");
            assertThat(pty.waitFor("42", 1, 60_000)).as(pty.screen()).isTrue();
            assertThat(pty.waitFor(">>> ", 2, 60_000)).as(pty.screen()).isTrue();
            pty.type(":quit\r"); // text, not Ctrl-D: a terminal between two prompts may be in cooked mode, where Ctrl-D is eaten
            assertThat(pty.waitForExit(60)).as(pty.screen()).isZero();
            String screen = pty.screen();
            if (expectedMessage == null) assertThat(screen).doesNotContain("history file");
            else assertThat(screen.split(java.util.regex.Pattern.quote(expectedMessage), -1)).hasSize(2); // said once
            assertThat(screen).doesNotContain("internal error", "Exception");
        }
    }

    @Test
    @Tag("slow")
    void thePromptStartsWhateverTheHistoryFileIs(@TempDir Path dir) throws Exception {
        Path torn = Files.write(dir.resolve("torn"), TORN);
        promptRuns(dir, torn, null);
        assertThat(Files.readAllLines(torn)).hasSize(3).element(1).asString().endsWith(":6 * 7");

        promptRuns(dir, dir, "is a directory; this session keeps no history");
        if (Files.exists(Path.of("/dev/full"))) promptRuns(dir, Path.of("/dev/full"), "is a character device");
        Path fifo = dir.resolve("fifo");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) promptRuns(dir, fifo, "is a FIFO");
    }

    /** Before: the first Enter with 200,000 entries took over 90 s (jline trimmed its file quadratically). */
    @Test
    @Tag("slow")
    void aHugeHistoryDoesNotFreezeThePrompt(@TempDir Path dir) throws Exception {
        Path h = dir.resolve("history");
        try (Writer w = Files.newBufferedWriter(h)) {
            for (int i = 0; i < 200_000; i++) w.write("1700000000000:y = " + i + "\n");
        }
        promptRuns(dir, h, null);
        List<String> lines = Files.readAllLines(h);
        assertThat(lines).hasSize(HistoryFile.MAX_ENTRIES + 2);
        assertThat(lines.get(lines.size() - 2)).endsWith(":6 * 7");
    }
}
