package dev.adjoint.render;

import java.util.Locale;

/**
 * What a progress bar of {@code progress(loader, "epoch 1")} says, in one place for the
 * terminal's bar (repl) and the notebook's display (kernel):
 * {@code epoch 1  59% │█████▍    │ 59/100 (0:00:05 / 0:00:03)}, the elapsed time and the time
 * still to go estimated from the pace so far.
 */
public record ProgressLine(String label, long done, long total, long elapsedMillis) {
    /** {@code done} steps of {@code total} (at least 1) after {@code elapsedMillis}; an empty label shows none, as tqdm without desc. */
    public ProgressLine {
        total = Math.max(1, total);
        done = Math.max(0, Math.min(done, total));
    }

    /** The line as text, at most {@code columns - 3} wide (room for a terminal's "^C" without wrapping); the bar drops out when it would be too narrow. */
    public String text(boolean ascii, int columns) {
        if (columns <= 0) columns = 80;
        String head = head() + " ";
        String count = count();
        int barWidth = columns - 3 - head.length() - count.length() - 2;
        if (barWidth < 5) return head.strip() + count;
        return head + (ascii ? '[' : '│') + bar((double) done / total, barWidth, ascii) + (ascii ? ']' : '│') + count;
    }

    /** The same line in HTML, the bar drawn by the browser's own progress element. */
    public String html() {
        return "<div style=\"font-family:monospace;white-space:pre\">" + Html.escape(head()) + " <progress value=\"" + done + "\" max=\"" + total
                + "\" style=\"width:20em;vertical-align:middle\"></progress>" + Html.escape(count()) + "</div>";
    }

    /** "epoch 1  59%", or " 59%" without a label */
    private String head() {
        String percent = String.format(Locale.ROOT, "%3d%%", done * 100 / total);
        return label.isEmpty() ? percent : label + " " + percent;
    }

    /** " 59/100 (0:00:05 / 0:00:03)": the count padded to the total's width, elapsed and estimated remaining time. */
    private String count() {
        String d = Long.toString(done);
        String padded = " ".repeat(Math.max(0, Long.toString(total).length() - d.length())) + d;
        String eta = done == 0 ? "?" : clock((long) (elapsedMillis * (double) (total - done) / done));
        return " " + padded + "/" + total + " (" + clock(elapsedMillis) + " / " + eta + ")";
    }

    private static String bar(double fraction, int width, boolean ascii) {
        double filled = fraction * width;
        int full = (int) Math.floor(filled);
        StringBuilder sb = new StringBuilder(width);
        if (ascii) {
            sb.append("=".repeat(full));
            if (full < width) sb.append(full == 0 && filled == 0 ? ' ' : '>');
        } else {
            sb.append("█".repeat(full));
            if (full < width) sb.append(" ▏▎▍▌▋▊▉".charAt((int) Math.floor((filled - full) * 8)));
        }
        while (sb.length() < width) sb.append(' ');
        return sb.toString();
    }

    private static String clock(long millis) {
        long s = millis / 1000;
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
