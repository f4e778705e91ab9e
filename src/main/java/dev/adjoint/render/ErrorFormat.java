package dev.adjoint.render;

import dev.adjoint.lang.Span;

/**
 * The one place errors are formatted: "FILE:LINE:COL: error: message" (or "error: message" at the
 * prompt), then the source line with a caret under the span. Long lines are cut to a window
 * around the caret.
 */
public final class ErrorFormat {
    private static final int WINDOW = 100;

    private ErrorFormat() {}

    public static String format(String message, Span span, String source, String sourceName, int firstLine, boolean color) {
        String red = color ? "\u001b[1;31m" : "", reset = color ? "\u001b[0m" : "";
        StringBuilder sb = new StringBuilder();
        if (sourceName != null && span != null)
            sb.append(sourceName).append(':').append(firstLine - 1 + span.line()).append(':').append(span.column()).append(": ");
        else if (sourceName != null) sb.append(sourceName).append(": ");
        sb.append(red).append("error:").append(reset).append(' ').append(message).append('\n');
        if (span == null || source == null) return sb.toString();
        String[] lines = source.split("\n", -1);
        if (span.line() < 1 || span.line() > lines.length) return sb.toString();
        String line = lines[span.line() - 1].replace('\t', ' ');
        int col = Math.min(Math.max(span.column() - 1, 0), line.length());
        int len = Math.max(1, Math.min(span.length(), line.length() - col));
        int from = 0, to = line.length();
        if (line.length() > WINDOW) {
            from = Math.max(0, Math.min(col - WINDOW / 2, line.length() - WINDOW));
            to = Math.min(line.length(), from + WINDOW);
        }
        String shown = (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
        int caretAt = col - from + (from > 0 ? 3 : 0);
        len = Math.min(len, Math.max(1, to - col));
        sb.append("  ").append(shown).append('\n');
        sb.append("  ").append(" ".repeat(caretAt)).append(red).append("^".repeat(len)).append(reset).append('\n');
        return sb.toString();
    }
}
