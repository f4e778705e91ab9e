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
    /** The SyntaxWarnings its compilation gives, issued when it runs (see Interpreter.issueCompileWarnings). */
    private final List<Warning> warnings;
    /** Where it was read, as warnings name it: a script's absolute path or "<stdin>", and its first line there (set when it runs). */
    private String origin = "<stdin>";
    private int firstLine = 1;
    /** The notebook cell it was run in (its execution count), or 0. */
    private int cell;
    /** Whether it was compiled from a string (exec, eval, compile): like CPython, a traceback cannot read its lines back. */
    private boolean fromString;

    private Source(String text, List<Stmt> statements, List<Warning> warnings) {
        this.text = text;
        this.statements = statements;
        this.warnings = warnings;
    }

    /** Parses {@code text}; a syntax error is thrown as the parser's LangError. */
    public static Source parse(String text) {
        Parser.Unit unit = Parser.parseUnit(text);
        return new Source(text, unit.statements(), unit.warnings());
    }

    /** A SyntaxWarning of CPython's compiler ({@code x is 1}, {@code None()}), at the line of {@code span}. */
    record Warning(String message, Span span) {}

    List<Warning> warnings() {
        return warnings;
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

    /** Marks code compiled from a string (see {@link #fromString}), named {@code fileName} ("<string>"). */
    void placeAsString(String fileName) {
        placeAt(fileName, 1);
        fromString = true;
    }

    /**
     * Whether it is a Python program's code, which sees Python's builtins only: a .py file (a script,
     * a module, :load of one) or -c's and exec's "<string>"; not the prompt's, a pipe's, a cell's or a lecture script's.
     */
    boolean isPythonProgram() {
        return origin.endsWith(".py") || origin.equals("<string>");
    }

    /** Whether a traceback or a warning can show its lines: not those of <stdin>, nor of code compiled from a string. */
    boolean linesReadable() {
        return !fromString && !origin.equals("<stdin>");
    }

    boolean fromString() {
        return fromString;
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

    /** The line (1-based) the character at {@code offset} is on. */
    int lineOf(int offset) {
        int line = 1;
        for (int i = 0, end = Math.min(offset, text.length()); i < end; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** Lines {@code first} to {@code last} (1-based, inclusive), each ending in a newline. */
    List<String> lines(int first, int last) {
        String[] all = text.split("\n", -1);
        List<String> out = new java.util.ArrayList<>();
        for (int i = first; i <= Math.min(last, all.length); i++) out.add(all[i - 1] + "\n");
        return out;
    }

    /**
     * The last line of a def's or class's block whose header is at {@code header}: the lines after its header and
     * its last statement that are indented deeper than the header, blank lines between them included (as inspect's
     * BlockFinder ends a block at the dedent).
     */
    int blockEnd(Span header, List<Stmt> body) {
        String[] all = text.split("\n", -1);
        int indent = indentation(all[header.line() - 1]);
        int last = lineOf(header.end());
        if (!body.isEmpty()) last = Math.max(last, lineOf(body.get(body.size() - 1).span().end()));
        for (int i = last; i < all.length; i++) { // all[i] is line i + 1
            if (all[i].isBlank()) continue;
            if (indentation(all[i]) <= indent) break;
            last = i + 1;
        }
        return last;
    }

    private static int indentation(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) n++;
        return n;
    }

    /** The first line of {@code s} as it was typed. */
    public String firstLineOf(Stmt s) {
        int from = Math.min(text.length(), s.span().offset()), to = Math.min(text.length(), s.span().end());
        String written = text.substring(from, to);
        int nl = written.indexOf('\n');
        return (nl >= 0 ? written.substring(0, nl) : written).strip();
    }
}
