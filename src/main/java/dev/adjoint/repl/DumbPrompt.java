package dev.adjoint.repl;

import dev.adjoint.session.BlankLinesInBlocks;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.Signals;

/**
 * The prompt on a dumb terminal ({@code TERM=dumb}: Emacs' shell buffers, some consoles and
 * serial lines). Such a terminal cannot move the cursor, so jline cannot edit the line: it let
 * the terminal echo the line and then printed it a second time, showed no "... " prompts, and
 * Ctrl-C ended the process. Here the terminal's own line discipline echoes and edits the line;
 * this prints the prompts, reads whole lines and runs them as the prompt does (the same
 * assembler, history file and Ctrl-C; a pasted block keeps its blank lines, as at the prompt),
 * without completion, colour or progress bars.
 */
final class DumbPrompt {
    private DumbPrompt() {}

    /** Whether jline would treat this TERM as a dumb terminal. */
    static boolean isDumb(String term) {
        return term != null && (term.equals(Terminal.TYPE_DUMB) || term.startsWith(Terminal.TYPE_DUMB_COLOR));
    }

    static int run(Shell shell, String version, OutputStream stderr, Path historyFile) {
        Outputs io = Outputs.of(new FileOutputStream(FileDescriptor.out), stderr);
        EvalRunner runner = new EvalRunner(shell, io.out(), io.err());
        PromptHistory history = history(shell, historyFile, io);
        AtomicBoolean dropped = new AtomicBoolean();
        InputAssembler[] assembler = {new InputAssembler(shell::isComplete)};
        Object previous = Signals.register("INT", () -> {
            if (runner.interrupt()) {
                io.out().println(); // after the terminal's "^C"
                return;
            }
            dropped.set(true); // at the prompt: the terminal has dropped the line; a pending block goes too
            io.out().print(System.lineSeparator() + ReplLoop.KEYBOARD_INTERRUPT + System.lineSeparator() + ReplLoop.PROMPT);
            io.out().flush();
        });
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8))) {
            io.out().println("adjoint " + version + " \u2014 :help for commands, Ctrl-D to quit");
            while (true) {
                io.out().print(assembler[0].hasPending() ? ReplLoop.CONTINUATION : ReplLoop.PROMPT);
                io.out().flush();
                String line = in.readLine();
                if (line == null) break; // Ctrl-D
                if (dropped.getAndSet(false)) assembler[0] = new InputAssembler(shell::isComplete);
                runner.beginInputs();
                try {
                    boolean insideBlock = line.isBlank() && assembler[0].hasPending() && blockGoesOnInPaste(in);
                    for (InputAssembler.Chunk chunk : insideBlock ? assembler[0].feedBlankInsideBlock(line) : assembler[0].feed(line)) {
                        if (history != null) {
                            history.add(chunk.text().stripTrailing());
                            ReplLoop.reportOnce(history, io); // the entry could not be appended
                        }
                        if (runner.runOnWorker(chunk, null).quit()) return shell.exitStatus();
                        if (runner.wasInterrupted()) break;
                    }
                } finally {
                    runner.endInputs();
                }
            }
            io.out().println();
            for (InputAssembler.Chunk chunk : assembler[0].finish()) {
                if (runner.runOnWorker(chunk, null).quit()) return shell.exitStatus();
            }
        } catch (IOException e) {
            // the terminal has gone: end as at Ctrl-D
        } finally {
            Signals.unregister("INT", previous);
            io.flush();
        }
        return 0;
    }

    /** How far ahead a paste is read to find its next line of code (blank and comment lines are skipped). */
    private static final int PEEK = 1 << 16;

    /**
     * Whether the next line of code has already arrived after this blank line and goes on with the
     * block (indented, or else:/except:...): lines typed by hand come one at a time, so this is a
     * paste, and the blank line is inside a block, as in the file it came from (see
     * {@link BlankLinesInBlocks}). Reads only what is already there, and puts it back.
     */
    private static boolean blockGoesOnInPaste(BufferedReader in) {
        try {
            if (!in.ready()) return false;
            in.mark(PEEK);
            try {
                StringBuilder line = new StringBuilder();
                for (int n = 0; n < PEEK - 1 && in.ready(); n++) {
                    int c = in.read();
                    if (c < 0) break;
                    if (c != '\n') {
                        line.append((char) c);
                        continue;
                    }
                    if (!BlankLinesInBlocks.isLayoutFree(line.toString())) return BlankLinesInBlocks.goesOnWithABlock(line.toString());
                    line.setLength(0);
                }
                return BlankLinesInBlocks.goesOnWithABlock(line.toString()); // a line still arriving: as far as it goes
            } finally {
                in.reset();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** The prompt's history, written to its file as at the prompt (no line editing reads it here); null if it cannot be. */
    private static PromptHistory history(Shell shell, Path file, Outputs io) {
        try {
            Terminal none = ReplLoop.withEncoding(TerminalBuilder.builder().system(false).dumb(true)
                    .streams(InputStream.nullInputStream(), OutputStream.nullOutputStream())).build();
            LineReader reader = ReplLoop.newReader(none, shell, false, file);
            PromptHistory history = (PromptHistory) reader.getHistory();
            history.attach(reader);
            ReplLoop.reportOnce(history, io);
            return history;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
