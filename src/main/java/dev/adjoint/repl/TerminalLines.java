package dev.adjoint.repl;

import dev.adjoint.lang.PyError;
import dev.adjoint.lang.StdinText;
import java.io.PrintWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * input() at the prompt: the terminal is the REPL's, so a plain line editor of its own (no
 * completion, no history, no Python parsing: what is typed is the answer) shows the prompt and
 * reads the line. Ctrl-D is the end of the input (EOFError), Ctrl-C a KeyboardInterrupt, as at
 * Python's prompt. sys.stdin reads the same way, without a prompt.
 */
final class TerminalLines implements Shell.LineInput {
    private final Terminal terminal;
    private LineReader reader; // made at the first input()
    private StdinText stdin; // made at the first sys.stdin read

    TerminalLines(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public String readLine(String prompt, PrintWriter out) {
        out.flush();
        return read(prompt);
    }

    @Override
    public StdinText stdin() {
        if (stdin == null) stdin = new StdinText(() -> {
            String line = read("");
            return line == null ? null : line + "\n";
        }, true);
        return stdin;
    }

    private String read(String prompt) {
        if (reader == null) {
            reader = LineReaderBuilder.builder().terminal(terminal).build();
            reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION); // a '!' is a character, not a history reference
        }
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new PyError("KeyboardInterrupt", "");
        } catch (EndOfFileException e) {
            return null;
        }
    }
}
