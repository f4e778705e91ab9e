package dev.adjoint.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows and columns rendered as aligned text (numbers lined up on the decimal point, like the
 * lecture's tables) or as a GitHub Markdown table.
 */
public final class Table {
    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** Columns whose header is listed in {@code numericColumns} are aligned on the decimal point. */
    public Table(List<String> header, List<String> numericColumns) {
        this.header = List.copyOf(header);
        this.numeric = new boolean[header.size()];
        for (int i = 0; i < header.size(); i++) numeric[i] = numericColumns.contains(header.get(i));
    }

    public Table row(List<String> cells) {
        if (cells.size() != header.size()) throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + header.size() + " columns");
        rows.add(List.copyOf(cells));
        return this;
    }

    public int columns() {
        return header.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String text(Symbols sym) {
        int n = header.size();
        int[] intPart = new int[n], fracPart = new int[n], width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = Text.width(header.get(c));
            for (List<String> r : rows) {
                String s = r.get(c);
                if (numeric[c] && isNumber(s)) {
                    int dot = pointAt(s);
                    intPart[c] = Math.max(intPart[c], Text.width(s.substring(0, dot)));
                    fracPart[c] = Math.max(fracPart[c], Text.width(s.substring(dot)));
                }
            }
            for (List<String> r : rows) width[c] = Math.max(width[c], Text.width(aligned(r.get(c), c, intPart, fracPart)));
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width, null, null);
        List<String> rules = new ArrayList<>();
        for (int c = 0; c < n; c++) rules.add(sym.rule().repeat(width[c]));
        line(sb, rules, width, null, null);
        for (List<String> r : rows) line(sb, r, width, intPart, fracPart);
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] width, int[] intPart, int[] fracPart) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String s = intPart == null ? cells.get(c) : aligned(cells.get(c), c, intPart, fracPart);
            if (c > 0) l.append("  ");
            l.append(c == cells.size() - 1 ? s : Text.padRight(s, width[c]));
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    /** Pads a number so its decimal point stands in the column's point position. */
    private String aligned(String s, int c, int[] intPart, int[] fracPart) {
        if (!numeric[c] || !isNumber(s)) return s;
        int dot = pointAt(s);
        return Text.padLeft(s.substring(0, dot), intPart[c]) + Text.padRight(s.substring(dot), fracPart[c]);
    }

    private static int pointAt(String s) {
        int dot = s.indexOf('.');
        if (dot >= 0) return dot;
        int e = s.indexOf('e');
        return e >= 0 ? e : s.length();
    }

    private static boolean isNumber(String s) {
        return s.matches("-?(\\d+(\\.\\d+)?(e[-+]\\d+)?|inf|nan)");
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append(mdRow(header));
        List<String> sep = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) sep.add(numeric[c] ? "---:" : "---");
        sb.append(mdRow(sep));
        for (List<String> r : rows) sb.append(mdRow(r));
        return sb.toString();
    }

    private static String mdRow(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) sb.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
        return sb.append('\n').toString();
    }
}
