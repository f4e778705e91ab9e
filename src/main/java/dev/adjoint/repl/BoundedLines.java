package dev.adjoint.repl;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of piped input, none longer than a limit: a longer line (say {@code adjoint < /dev/zero},
 * which never ends one) is read to its end without being kept, and reported as too long, so memory
 * stays bounded whatever comes down the pipe; it is said as soon as the limit is passed (an endless
 * line never ends, so a report at its end would never come). Lines end at "\n", "\r" or "\r\n", as with
 * {@link java.io.BufferedReader#readLine}.
 */
final class BoundedLines {
    /** Far longer than any line typed or pasted, far shorter than the heap. */
    static final int MAX_CHARS = 1_000_000;

    /** One line: its text, or null (with {@code tooLong}) when it was over the limit. */
    record Line(String text, boolean tooLong) {}

    private final Reader in;
    private final int max;
    private final Runnable onTooLong;
    private final char[] buf = new char[1 << 14];
    private int pos, end;
    private boolean skipLf; // a "\r" ended the last line: a "\n" right after it belongs to it

    BoundedLines(Reader in, int max) {
        this(in, max, () -> {});
    }

    /** {@code onTooLong} runs once per line over the limit, when the limit is passed, before the rest of the line is read. */
    BoundedLines(Reader in, int max, Runnable onTooLong) {
        this.in = in;
        this.max = max;
        this.onTooLong = onTooLong;
    }

    /** Whether more input has already arrived (read, or waiting in the pipe): next() will not wait for a writer. */
    boolean arrived() throws IOException {
        return pos < end || in.ready();
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false, any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? line(sb, tooLong) : null;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') pos++;
            if (!tooLong) {
                if (sb.length() + (pos - start) > max) {
                    tooLong = true;
                    sb = null; // let it go: the rest of the line is only counted past
                    onTooLong.run();
                } else {
                    sb.append(buf, start, pos - start);
                }
            }
            if (pos < end) {
                skipLf = buf[pos] == '\r';
                pos++;
                return line(sb, tooLong);
            }
        }
    }

    private static Line line(StringBuilder sb, boolean tooLong) {
        return tooLong ? new Line(null, true) : new Line(sb.toString(), false);
    }
}
