package dev.adjoint.render;

import dev.adjoint.lang.DisplayWidth;
import dev.adjoint.lang.Span;

/**
 * The one place errors are formatted: "FILE:LINE:COL: error: message" (or "error: message" at the
 * prompt), then the source line with a caret under the span. Long lines are cut to a window
 * around the caret, long messages (one that echoes a 3-million-character name, say) to their
 * start and end with the count left out, and control characters in either (ESC, NUL: what a
 * pasted or loaded file may hold) are shown as escapes, never sent to the terminal.
 */
public final class ErrorFormat {
    private static final int WINDOW = 100;
    /** Longer messages keep their first {@link #HEAD} and last {@link #TAIL} characters. */
    static final int MAX_MESSAGE = 1000, HEAD = 600, TAIL = 200;

    private ErrorFormat() {}

    public static String format(String message, Span span, String source, String sourceName, int firstLine, boolean color) {
        String red = color ? "\u001b[1;31m" : "", reset = color ? "\u001b[0m" : "";
        StringBuilder sb = new StringBuilder();
        String[] lines = source == null ? null : source.split("\n", -1);
        if (sourceName != null && span != null)
            sb.append(sourceName).append(':').append(firstLine - 1 + span.line()).append(':').append(column(span, lines)).append(": ");
        else if (sourceName != null) sb.append(sourceName).append(": ");
        sb.append(red).append("error:").append(reset).append(' ').append(shownMessage(message)).append('\n');
        if (span == null || source == null) return sb.toString();
        if (span.line() < 1 || span.line() > lines.length) return sb.toString();
        Marked marked = mark(lines[span.line() - 1], span, color);
        sb.append("  ").append(marked.line()).append('\n');
        sb.append("  ").append(marked.caret()).append('\n');
        return sb.toString();
    }

    /** "FILE:LINE:COL: error: message" (or "error: message" when there is no file) without the source line: the line of an error shown after its traceback. */
    public static String placed(String message, String file, int line, int column, boolean color) {
        String red = color ? "\u001b[1;31m" : "", reset = color ? "\u001b[0m" : "";
        String place = file == null ? "" : file + ":" + line + ":" + column + ": ";
        return place + red + "error:" + reset + " " + shownMessage(message) + "\n";
    }

    /** The span's 1-based column counted in characters, as CPython counts it (the span counts UTF-16 units). */
    public static int column(Span span, String[] lines) {
        if (lines == null || span.line() < 1 || span.line() > lines.length) return span.column();
        String line = lines[span.line() - 1];
        return line.codePointCount(0, Math.min(line.length(), Math.max(0, span.column() - 1))) + 1;
    }

    /**
     * A source line as shown (cut to a window, control characters escaped) and the caret line under it,
     * without indent; and the same line with the span's text on a yellow background instead of a caret
     * line, as IPython 8 marks the failing expression of a traceback's frame.
     */
    public record Marked(String line, String caret, String highlighted) {}

    /** The line with a caret under the span's columns (the span's line is not checked: the caller picked the line). */
    public static Marked mark(String sourceLine, Span span, boolean color) {
        String red = color ? "\u001b[1;31m" : "", reset = color ? "\u001b[0m" : "";
        String line = sourceLine.replace('\t', ' ');
        int col = Math.min(Math.max(span.column() - 1, 0), line.length());
        int len = Math.max(1, Math.min(span.length(), line.length() - col));
        int from = 0, to = line.length();
        if (line.length() > WINDOW) {
            from = Math.max(0, Math.min(col - WINDOW / 2, line.length() - WINDOW));
            to = Math.min(line.length(), from + WINDOW);
        }
        len = Math.min(len, Math.max(1, to - col));
        String before = (from > 0 ? "..." : "") + visible(line.substring(from, col), false);
        String marked = visible(line.substring(col, Math.min(to, col + len)), false);
        String after = visible(line.substring(Math.min(to, col + len), to), false) + (to < line.length() ? "..." : "");
        String shown = before + marked + after;
        // columns as a terminal shows them (an emoji or a CJK character takes two), as CPython 3.11.7 places its carets
        int caretAt = DisplayWidth.of(before, 0, before.length());
        len = Math.max(1, DisplayWidth.of(marked, 0, marked.length()));
        return new Marked(shown, " ".repeat(caretAt) + red + "^".repeat(len) + reset, before + "\u001b[43m" + marked + "\u001b[49m" + after);
    }

    /** A message as shown: control characters escaped (newlines kept), a long one cut ({@link #bounded}). */
    public static String shownMessage(String message) {
        return bounded(visible(message, true));
    }

    /** A source line shown without a caret (a line of context): control characters escaped, cut after the window. */
    public static String shownLine(String sourceLine) {
        String line = sourceLine.replace('\t', ' ');
        return line.length() <= WINDOW ? visible(line, false) : visible(line.substring(0, WINDOW), false) + "...";
    }

    /** Control characters as escapes ("\\x1b", "\\x00"), so that text from a file cannot drive the terminal; newlines kept if asked. */
    static String visible(String s, boolean keepNewlines) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && !(keepNewlines && c == '\n')) || (c >= 0x7f && c < 0xa0);
            if (control && sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (sb == null) continue;
            if (control) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }

    /** The message itself, or its start and end with how much was left out between them. */
    static String bounded(String message) {
        if (message.length() <= MAX_MESSAGE) return message;
        int left = message.length() - HEAD - TAIL;
        return message.substring(0, HEAD) + " ... (" + String.format(java.util.Locale.ROOT, "%,d", left) + " characters left out) ... "
                + message.substring(message.length() - TAIL);
    }
}
