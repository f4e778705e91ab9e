package dev.adjoint.render;

/**
 * Terminal colours that survive a projector: bold, bright and reverse video, never dim or grey.
 * Applied to whole lines after layout, so that escape codes never upset column widths; callers
 * use them only when colour is on (Settings.color, off with --no-color, NO_COLOR or in a pipe).
 */
public final class Ansi {
    public static final String BOLD = "\u001b[1m";
    /** The current row of a step-through: bold reverse video. */
    public static final String CURRENT = "\u001b[1;7m";
    /** Values a step reads, gradient nodes of a drawing: bold magenta, readable on dark and light backgrounds. */
    public static final String ACCENT = "\u001b[1;35m";
    public static final String GOOD = "\u001b[1;32m";
    public static final String BAD = "\u001b[1;31m";
    public static final String RESET = "\u001b[0m";

    private Ansi() {}

    public static String wrap(String s, String code) {
        return s.isEmpty() ? s : code + s + RESET;
    }

    /** Colours every line that contains {@code marker}. */
    public static String lines(String text, String marker, String code) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(line.contains(marker) ? wrap(line, code) : line);
        }
        return sb.toString();
    }

    /** Removes colour codes (for width computations and tests). */
    public static String strip(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
