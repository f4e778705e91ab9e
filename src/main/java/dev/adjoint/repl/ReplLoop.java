package dev.adjoint.repl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The interactive prompt (stdin and stdout both a terminal): jline line editing with history in
 * ~/.adjoint_history (or $ADJOINT_HISTORY), a block as one history entry, ">>> " and "... "
 * prompts with auto-indent, Tab completion, syntax highlighting. Ctrl-C at the prompt drops the
 * line; Ctrl-C during an evaluation interrupts it; Ctrl-D on an empty line quits.
 */
final class ReplLoop {
    static final String PROMPT = ">>> ";
    static final String CONTINUATION = "... ";
    private static final String INDENT_OR_COMPLETE = "adjoint-indent-or-complete";

    private ReplLoop() {}

    static int run(Shell shell, boolean color, String version, OutputStream stderr) {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().name("adjoint").system(true).build();
        } catch (IOException | RuntimeException e) {
            // no usable terminal after all: read plainly
            Outputs io = Outputs.of(System.out, stderr);
            return PlainLoop.runPiped(new EvalRunner(shell, io.out(), io.err()), shell, System.in);
        }
        try (terminal) {
            return loop(terminal, shell, color, version, stderr);
        } catch (IOException e) {
            return 0; // closing the terminal failed: nothing left to do
        }
    }

    private static int loop(Terminal terminal, Shell shell, boolean color, String version, OutputStream stderr) {
        Outputs io = Outputs.of(terminal.writer(), stderr);
        EvalRunner runner = new EvalRunner(shell, io.out(), io.err());
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("adjoint")
                .parser(new AdjointParser(shell::isComplete))
                .completer(new AdjointCompleter(shell::completionCandidates))
                .highlighter(new AdjointHighlighter(color))
                .variable(LineReader.HISTORY_FILE, historyFile())
                .variable(LineReader.HISTORY_SIZE, 2000)
                .variable(LineReader.HISTORY_FILE_SIZE, 10000)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.INDENTATION, 4)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is an operator, not history
                .option(LineReader.Option.HISTORY_INCREMENTAL, true) // every entry is on disk at once
                .option(LineReader.Option.DISABLE_HIGHLIGHTER, !color)
                .build();
        bindIndentOrComplete(reader);
        terminal.handle(Terminal.Signal.INT, signal -> runner.interrupt());

        String prompt = color
                ? new AttributedString(PROMPT, AttributedStyle.BOLD.foreground(AttributedStyle.GREEN)).toAnsi(terminal)
                : PROMPT;
        io.out().println("adjoint " + version + " \u2014 :help for commands, Ctrl-D to quit");
        io.out().flush();
        while (true) {
            String text;
            try {
                text = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                continue; // Ctrl-C at the prompt: drop the line
            } catch (EndOfFileException e) {
                break; // Ctrl-D
            }
            for (InputAssembler.Chunk chunk : InputAssembler.split(text, shell::isComplete)) {
                Shell.Outcome outcome = runner.runOnWorker(chunk, "<stdin>");
                if (outcome.quit()) return 0;
                if (runner.wasInterrupted()) break; // Ctrl-C also drops the rest of a pasted block
            }
        }
        return 0;
    }

    /** Tab indents when only blanks stand before the cursor on a continuation line, else completes. */
    private static void bindIndentOrComplete(LineReader reader) {
        reader.getWidgets().put(INDENT_OR_COMPLETE, () -> {
            Buffer buffer = reader.getBuffer();
            String before = buffer.upToCursor();
            String linePrefix = before.substring(before.lastIndexOf('\n') + 1);
            if (before.indexOf('\n') >= 0 && linePrefix.isBlank()) {
                buffer.write("    ");
                return true;
            }
            return reader.getWidgets().get(LineReader.COMPLETE_WORD).apply();
        });
        Reference widget = new Reference(INDENT_OR_COMPLETE);
        for (String name : new String[] {LineReader.EMACS, LineReader.VIINS}) {
            KeyMap<Binding> keys = reader.getKeyMaps().get(name);
            if (keys != null) keys.bind(widget, "\t");
        }
    }

    static Path historyFile() {
        String override = System.getenv("ADJOINT_HISTORY");
        if (override != null && !override.isBlank()) return Paths.get(override);
        return Paths.get(System.getProperty("user.home"), ".adjoint_history");
    }
}
