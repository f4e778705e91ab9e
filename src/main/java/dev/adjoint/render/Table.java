package dev.adjoint.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows and columns rendered as aligned text (numbers lined up on the decimal point, like the
 * lecture's tables) or as a GitHub Markdown table. A table keeps at most {@link #bounded} rows
 * (by default {@link #DEFAULT_MAX_ROWS}): its first half and its last half, with one row between
 * them saying how many were left out, so that no table floods the terminal or the memory
 * whatever it is given; {@code bounded(Integer.MAX_VALUE)} keeps every row (--all).
 */
public final class Table {
    /** The safety net for tables whose renderer does not choose (those that do use 200, see ReportText). */
    public static final int DEFAULT_MAX_ROWS = 1000;

    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();
    private int maxRows = DEFAULT_MAX_ROWS;
    private List<String>[] tail; // the last rows beyond the head, a ring
    private long added, tailStart;

    /** Columns whose header is listed in {@code numericColumns} are aligned on the decimal point. */
    public Table(List<String> header, List<String> numericColumns) {
        this.header = List.copyOf(header);
        this.numeric = new boolean[header.size()];
        for (int i = 0; i < header.size(); i++) numeric[i] = numericColumns.contains(header.get(i));
    }

    /** Keeps at most {@code maxRows} rows (the first and last halves); call before adding rows. */
    public Table bounded(int maxRows) {
        this.maxRows = Math.max(2, maxRows);
        return this;
    }

    @SuppressWarnings("unchecked")
    public Table row(List<String> cells) {
        if (cells.size() != header.size()) throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + header.size() + " columns");
        int head = maxRows - maxRows / 2;
        dev.adjoint.ndarray.ComputationInterrupted.pollEvery(added);
        if (added++ < head || maxRows == Integer.MAX_VALUE) {
            rows.add(List.copyOf(cells));
            return this;
        }
        if (tail == null) tail = new List[maxRows / 2];
        tail[(int) (tailStart++ % tail.length)] = List.copyOf(cells);
        return this;
    }

    /** Rows added but not shown. */
    public long leftOut() {
        return tail == null ? 0 : Math.max(0, added - rows.size() - tail.length);
    }

    /** The rows shown: the head, then (when rows were left out) a row saying how many, then the tail. */
    private List<List<String>> shown() {
        if (tail == null) return rows;
        List<List<String>> all = new ArrayList<>(rows);
        long left = leftOut();
        if (left > 0) {
            List<String> gap = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
            gap.set(0, "...");
            String more = String.format(java.util.Locale.ROOT, "(%,d more rows; --all shows them)", left);
            if (header.size() > 1) gap.set(1, more);
            else gap.set(0, "... " + more);
            all.add(gap);
        }
        int n = (int) Math.min(tail.length, tailStart);
        for (int k = 0; k < n; k++) all.add(tail[(int) ((tailStart - n + k) % tail.length)]);
        return all;
    }

    public int columns() {
        return header.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String text(Symbols sym) {
        List<List<String>> rows = shown();
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
        List<List<String>> rows = shown();
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
