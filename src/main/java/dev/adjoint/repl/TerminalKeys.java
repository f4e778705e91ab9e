package dev.adjoint.repl;

import dev.adjoint.command.KeyReader;
import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Single keys from a jline terminal for :step: the terminal goes into raw mode for each read (no
 * echo, no line buffering) and back afterwards. Arrow keys arrive as ESC [ C / D; Ctrl-C at the
 * terminal interrupts the evaluation thread, which ends the walk.
 */
final class TerminalKeys implements KeyReader {
    private static final long POLL_MS = 100;
    private final Terminal terminal;

    TerminalKeys(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Key read() {
        Attributes saved = terminal.enterRawMode();
        try {
            NonBlockingReader in = terminal.reader();
            while (true) {
                if (Thread.currentThread().isInterrupted()) return Key.QUIT; // Ctrl-C
                int c = in.read(POLL_MS);
                if (c == NonBlockingReader.READ_EXPIRED) continue;
                if (c == 27) { // ESC alone quits; ESC [ A..D are the arrows
                    int b = in.read(30);
                    if (b != '[' && b != 'O') return Key.QUIT;
                    int d = in.read(30);
                    if (d == 'C' || d == 'B') return Key.NEXT;
                    if (d == 'D' || d == 'A') return Key.BACK;
                    continue;
                }
                Key k = KeyReader.of(c);
                if (k != null) return k;
            }
        } catch (IOException e) {
            return Key.QUIT;
        } finally {
            terminal.setAttributes(saved);
        }
    }
}
