package dev.adjoint.lang;

import java.io.IOException;

/**
 * The text of stdin as sys.stdin and input() read it: read(n), readline(limit) and the lines of
 * {@code for line in sys.stdin}, from a source of lines that is asked only when the program reads
 * (a script that reads nothing never touches stdin). Both readers take from the same text in
 * order, as CPython's input() reads sys.stdin's buffer when stdin is not a terminal: input() after
 * sys.stdin.read(3) gets the rest of that line.
 */
public final class StdinText {
    /** Where the text comes from: the next line with its "\n" (the last one may have none), null at the end. */
    @FunctionalInterface
    public interface Lines {
        String next() throws IOException;
    }

    /** Nothing to read: every read gives '' at once (a pipe's stdin is the program, a notebook has none; see README). */
    public static final StdinText EMPTY = new StdinText(() -> null, false);

    private final Lines lines;
    private final boolean terminal;
    private final StringBuilder pending = new StringBuilder(); // taken from the source, not yet read by the program
    private boolean ended;

    /** {@code terminal}: the lines are typed at a terminal (sys.stdin.isatty()). */
    public StdinText(Lines lines, boolean terminal) {
        this.lines = lines;
        this.terminal = terminal;
    }

    public boolean terminal() {
        return terminal;
    }

    /** Whether nothing is left to read (waits for the next line when nothing is pending: a terminal's user types it). */
    public boolean atEnd() {
        while (pending.length() == 0 && more()) {
            // an empty line from the source: ask again
        }
        return pending.length() == 0;
    }

    /** One more line from the source into {@link #pending}; false at the end (a closed stdin is the end too). */
    private boolean more() {
        if (ended) return false;
        String line;
        try {
            line = lines.next();
        } catch (IOException e) {
            line = null;
        }
        if (line == null) {
            ended = true;
            return false;
        }
        pending.append(line);
        return true;
    }

    private String take(int chars) {
        String out = pending.substring(0, chars);
        pending.delete(0, chars);
        return out;
    }

    /** sys.stdin.readline(limit): the next line with its "\n", at most {@code limit} characters when limit >= 0; '' at the end. */
    public String readline(long limit) {
        int newline;
        while ((newline = pending.indexOf("\n")) < 0 && (limit < 0 || pending.length() < limit) && more()) {
            // read on until the line is whole, long enough, or the text ends
        }
        int end = newline < 0 ? pending.length() : newline + 1;
        return take(limit < 0 ? end : (int) Math.min(end, limit));
    }

    /** sys.stdin.read(n): n characters, or everything to the end for n < 0; fewer only at the end. */
    public String read(long n) {
        while ((n < 0 || pending.length() < n) && more()) {
            // read on
        }
        return take(n < 0 ? pending.length() : (int) Math.min(n, pending.length()));
    }

    /**
     * input()'s line when stdin is not a terminal: the next line without its "\n"; null at the end
     * (input()'s EOFError).
     */
    public String inputLine() {
        String line = readline(-1);
        if (line.isEmpty()) return null;
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}
