package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jline.reader.EndOfFileException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: text pasted by a terminal without bracketed paste arrives key by key. jline redrew the
 * whole buffer after every key, and the parser re-read every line so far at every Enter, so a
 * 10 KB block took 30 s and a 40 KB paste minutes; then the completeness check still re-read the
 * block so far at each of its lines (a 54 KB function: 15 s). Counted here (not timed): the redraws and the
 * characters the completeness check reads, for a paste whose keys are all waiting at once.
 */
class PasteCostTest {
    @Test
    void aPasteIsReadWholeWithoutARedrawPerKeyOrAReReadPerLine(@TempDir Path dir) throws Exception {
        int blockLines = 103;
        StringBuilder paste = new StringBuilder("def f():\n    t = 0\n");
        for (int i = 0; i < blockLines - 3; i++) paste.append("    t = t + ").append(i).append('\n');
        paste.append("    return t\n\nprint(f())\nx = 1\n");
        String text = paste.toString();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        AtomicLong read = new AtomicLong();
        Shell shell = new Shell(ShellOptions.defaults());
        Predicate<String> counting = s -> {
            read.addAndGet(s.length());
            return shell.isComplete(s);
        };
        List<String> lines = new ArrayList<>();
        long redraws;
        // jline's own line discipline, in the JVM: every key of the paste is waiting from the start
        try (Terminal terminal = new ExternalTerminal("paste", "xterm-256color",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 24));
            PasteReader reader = ReplLoop.newReader(terminal, shell, counting, true, dir.resolve("history"));
            try {
                while (true) lines.add(reader.readLine(ReplLoop.PROMPT));
            } catch (EndOfFileException e) {
                // the paste is read
            }
            redraws = reader.redraws();
        }
        assertThat(redraws).as("redraws for %d keys", text.length()).isLessThan(text.length() / 20);
        // a line that only goes on with the block is judged by itself (PendingBlock): the text is
        // read a few times in all, not once per line (before, each line of the block was read
        // once per line after it: a 54 KB function took 15 s)
        assertThat(read.get()).as("characters read to find where inputs end").isLessThan(4L * text.length());
        assertThat(String.join("\n", lines) + "\n").isEqualTo(text); // one input: nothing lost, no indentation added
    }
}
