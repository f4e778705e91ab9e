package dev.adjoint.command;

/**
 * Single keys from the terminal for commands that walk through something (:step): the terminal
 * loop provides one (see TerminalKeys); where there is none (pipes, scripts, tests without one)
 * {@link CommandContext#keys} is null and such commands print every step instead.
 */
public interface KeyReader {
    enum Key { NEXT, BACK, QUIT }

    /** Blocks until the next key: Enter, space, n or → is NEXT; b, ← or Backspace is BACK; q, Esc, Ctrl-C, Ctrl-D or the end of input is QUIT. */
    Key read();

    /** Maps one character (or the last letter of an arrow-key sequence) to a key, null if it means nothing. */
    static Key of(int c) {
        return switch (c) {
            case '\r', '\n', ' ', 'n', 'j' -> Key.NEXT;
            case 'b', 'p', 'k', 127, 8 -> Key.BACK;
            case 'q', 'Q', 27, 3, 4, -1 -> Key.QUIT;
            default -> null;
        };
    }
}
