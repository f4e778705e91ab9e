package dev.adjoint.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports as HTML for a notebook, made from their Markdown rendering (one home for each report's
 * words and numbers: HTML only changes the markup). Tables become {@code <table>} with numeric
 * columns right-aligned (the Markdown's {@code ---:}), the bold title a caption, bullet lines a
 * list, other lines preformatted text (arrays keep their layout). Colours are the terminal's,
 * as inline styles: a row that says MISMATCH is bold red, as {@code :check} prints it in colour.
 */
public final class Html {
    static final String BAD = "color:#c00;font-weight:bold";

    private Html() {}

    /** The HTML of a report rendered as Markdown by {@link ReportText} or the other renderers. */
    public static String fromMarkdown(String markdown) {
        StringBuilder html = new StringBuilder("<div class=\"adjoint-report\">\n");
        List<String> lines = List.of(markdown.split("\n", -1));
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("|")) {
                int end = i;
                while (end < lines.size() && lines.get(end).startsWith("|")) end++;
                table(lines.subList(i, end), html);
                i = end;
            } else if (line.startsWith("- ")) {
                html.append("<ul style=\"margin:0.2em 0\">\n");
                while (i < lines.size() && lines.get(i).startsWith("- ")) html.append("<li>").append(escape(lines.get(i++).substring(2))).append("</li>\n");
                html.append("</ul>\n");
            } else if (line.startsWith("**") && line.endsWith("**") && line.length() > 4) {
                html.append("<p style=\"margin:0.2em 0\"><b>").append(escape(line.substring(2, line.length() - 2))).append("</b></p>\n");
                i++;
            } else if (line.isBlank()) {
                i++;
            } else {
                int end = i;
                while (end < lines.size() && !lines.get(end).isBlank() && !lines.get(end).startsWith("|")
                        && !lines.get(end).startsWith("- ") && !lines.get(end).startsWith("**")) end++;
                html.append("<pre style=\"margin:0.2em 0\">").append(escape(String.join("\n", lines.subList(i, end)))).append("</pre>\n");
                i = end;
            }
        }
        return html.append("</div>\n").toString();
    }

    /** A message or any text the terminal shows as it is (a box drawing, help): preformatted. */
    public static String pre(String text) {
        return "<pre>" + escape(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text) + "</pre>\n";
    }

    /** Tables up to this many cells; a larger tensor is shown as text only. */
    static final int MAX_TENSOR_CELLS = 400;

    /**
     * A tensor of one or two dimensions as a small table of its numbers (formatted as the
     * terminal does), with its shape as caption; null for anything else (a scalar, a large or
     * higher-dimensional tensor, a Python value), which the text shows well enough.
     */
    public static String tensor(Object value, int precision) {
        if (!(value instanceof dev.adjoint.autograd.Tensor t)) return null;
        dev.adjoint.ndarray.NDArray a = t.value();
        if (a.ndim() < 1 || a.ndim() > 2 || a.size() > MAX_TENSOR_CELLS || a.size() == 0) return null;
        int rows = a.ndim() == 1 ? 1 : a.shape()[0], cols = a.shape()[a.ndim() - 1];
        double[] v = a.toArray();
        StringBuilder html = new StringBuilder("<table style=\"border-collapse:collapse;font-variant-numeric:tabular-nums\">\n");
        html.append("<caption style=\"text-align:left\">tensor, shape ").append(escape(dev.adjoint.ndarray.Shapes.str(a.shape())))
                .append(t.requiresGrad() ? ", requires grad" : "").append("</caption>\n<tbody>\n");
        for (int r = 0; r < rows; r++) {
            html.append("<tr>");
            for (int c = 0; c < cols; c++) html.append(cell("td", Numbers.format(v[r * cols + c], precision), true));
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static void table(List<String> rows, StringBuilder html) {
        List<String> head = cells(rows.get(0));
        boolean[] right = new boolean[head.size()];
        int body = 1;
        if (rows.size() > 1 && rows.get(1).matches("\\|(\\s*:?-+:?\\s*\\|)+\\s*")) {
            List<String> sep = cells(rows.get(1));
            for (int c = 0; c < right.length && c < sep.size(); c++) right[c] = sep.get(c).endsWith(":");
            body = 2;
        }
        html.append("<table style=\"border-collapse:collapse;font-variant-numeric:tabular-nums\">\n<thead><tr>");
        for (int c = 0; c < head.size(); c++) html.append(cell("th", head.get(c), right[c]));
        html.append("</tr></thead>\n<tbody>\n");
        for (String row : rows.subList(body, rows.size())) {
            List<String> cells = cells(row);
            html.append(row.contains("MISMATCH") ? "<tr style=\"" + BAD + "\">" : "<tr>");
            for (int c = 0; c < cells.size(); c++) html.append(cell("td", cells.get(c), c < right.length && right[c]));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String cell(String tag, String text, boolean right) {
        return "<" + tag + " style=\"text-align:" + (right ? "right" : "left") + ";padding:0.1em 0.8em;white-space:pre\">"
                + escape(text) + "</" + tag + ">";
    }

    /** The cells of a Markdown table row, with {@code \|} read back as a bar. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = null;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (ch == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
                if (cur != null) cur.append('|');
                i++;
            } else if (ch == '|') {
                if (cur != null) cells.add(cur.toString().strip());
                cur = new StringBuilder();
            } else if (cur != null) {
                cur.append(ch);
            }
        }
        return cells;
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
