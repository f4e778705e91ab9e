package dev.adjoint.render;

/**
 * How reports are drawn: digits after the point, ASCII instead of Unicode symbols, ANSI colour
 * (text for a terminal only), Baydin's notation (its rows under the tables), and whether long
 * tables show every row.
 */
public record Style(int precision, boolean ascii, boolean color, boolean baydin, boolean allRows) {
    public static final Style DEFAULT = new Style(3, false, false, false, false);

    public Symbols symbols() {
        return new Symbols(ascii);
    }

    public Style withAllRows(boolean all) {
        return new Style(precision, ascii, color, baydin, all);
    }

    /** The same without colour: for files, JSON, Markdown and anything not shown on a terminal. */
    public Style plain() {
        return new Style(precision, ascii, false, baydin, allRows);
    }

    /** Text and Markdown tables of the passes. */
    ReportText text(Format f) {
        ReportText r = new ReportText(precision, symbols(), f == Format.MARKDOWN);
        return allRows ? r.allRows() : r;
    }

    Derivation derivation() {
        return new Derivation(false, symbols(), precision, baydin);
    }
}
