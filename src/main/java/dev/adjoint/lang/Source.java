package dev.adjoint.lang;

import java.util.List;

/**
 * One input as typed and as parsed: its statements' spans are offsets into its text. Its identity
 * tells inputs apart (a function keeps the Source it was defined in, so an error or an anomaly in
 * it can be placed and quoted from that input's own text, long after the input ran).
 */
public final class Source {
    private final String text;
    private final List<Stmt> statements;
    /** Where it was read, as warnings name it: a script's absolute path or "<stdin>", and its first line there (set when it runs). */
    private String origin = "<stdin>";
    private int firstLine = 1;
    /** The notebook cell it was run in (its execution count), or 0. */
    private int cell;

    private Source(String text, List<Stmt> statements) {
        this.text = text;
        this.statements = statements;
    }

    /** Parses {@code text}; a syntax error is thrown as the parser's LangError. */
    public static Source parse(String text) {
        return new Source(text, Parser.parse(text));
    }

    public String text() {
        return text;
    }

    public List<Stmt> statements() {
        return statements;
    }

    /** Records where this input was read, so that code defined in it names its own lines later. */
    void placeAt(String origin, int firstLine) {
        placeAt(origin, firstLine, 0);
    }

    /** {@link #placeAt(String, int)} for an input of notebook cell number {@code cell}. */
    void placeAt(String origin, int firstLine, int cell) {
        this.origin = origin;
        this.firstLine = firstLine;
        this.cell = cell;
    }

    int cell() {
        return cell;
    }

    String origin() {
        return origin;
    }

    int firstLine() {
        return firstLine;
    }

    /** The first line of {@code s} as it was typed. */
    public String firstLineOf(Stmt s) {
        int from = Math.min(text.length(), s.span().offset()), to = Math.min(text.length(), s.span().end());
        String written = text.substring(from, to);
        int nl = written.indexOf('\n');
        return (nl >= 0 ? written.substring(0, nl) : written).strip();
    }
}
