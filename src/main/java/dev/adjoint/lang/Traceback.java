package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's traceback text of a handled error, as logging.exception and exc_info=True print
 * it: "Traceback (most recent call last):", one "File ..., line N, in f" entry a frame from the
 * frame handling it down to where it was raised, each with its source line and CPython's carets
 * (~~^~~ under an operator, ^^^^ under a call that is not the whole line), then "Type: message".
 * The frames are those the error passed through (see {@link LangError#leftFrame}), after the
 * tracebacks of the errors chained before it (its cause or context). An uncaught error's frames ({@link LangError#traceback})
 * are data for the front-ends: the terminal prints them in this text, the notebook as IPython.
 */
public final class Traceback {
    private Traceback() {}

    /** One more than the deepest call, so that the top level's frame is kept too. */
    static final int MAX_FRAMES = Interpreter.MAX_CALL_DEPTH + 2;
    /** CPython's traceback prints this many identical frames in a row, then "[Previous line repeated N more times]". */
    private static final int REPEATS_SHOWN = 3;

    /**
     * A frame an error passed: its function's name (CPython's co_name; "<module>" for the top level),
     * the source it was defined in, the place in it, and the function (null for the top level; for a
     * comprehension the function it is in), and its scope (its variables) when known (a traceback's tb_frame.f_locals;
     * CPython's traceback keeps the frame alive too).
     */
    public record Entry(String function, Source source, Span where, UserFunction code, Environment variables) {
        Entry(String function, Source source, Span where) {
            this(function, source, where, null, null);
        }

        Entry(String function, Source source, Span where, UserFunction code) {
            this(function, source, where, code, null);
        }

        /** The file it is in as CPython names it: a script's or module's absolute path, or "<stdin>" (the prompt, a pipe, a cell). */
        public String file() {
            return source.origin();
        }

        /** Whether its code was compiled from a string (exec, eval): no file holds its lines, so an error is placed in a frame outside it. */
        public boolean inString() {
            return source.fromString();
        }

        /** The notebook cell its source was run in (its execution count), or 0 outside a notebook. */
        public int cell() {
            return source.cell();
        }

        /** Its line in its file (or cell), 1-based. */
        public int line() {
            return source.firstLine() + lineInSource() - 1;
        }

        /** Its line in {@link #sourceLines()}, 1-based. */
        public int lineInSource() {
            return where == null ? 1 : where.line();
        }

        /** The place in its line as a span of {@link #sourceLines()} (column, length), or null when unknown. */
        public Span place() {
            return where;
        }

        /** The lines of the input (or file) its code was written in. */
        public String[] sourceLines() {
            return source.text().split("\n", -1);
        }

        /** The lines of {@link #sourceLines()} that hold its code (1-based, inclusive): a function's def, or the whole input. */
        public int[] scope() {
            String[] lines = sourceLines();
            if (code == null) return new int[] {1, lines.length};
            Span start = code.span();
            int last = start.line();
            String text = source.text();
            int end = code.def() != null && !code.body().isEmpty() ? code.body().get(code.body().size() - 1).span().end() : start.end();
            for (int i = start.offset(); i < Math.min(end, text.length()); i++) if (text.charAt(i) == '\n') last++;
            if (end > 0 && end <= text.length() && text.charAt(end - 1) == '\n') last--;
            return new int[] {start.line(), Math.max(start.line(), last)};
        }

        /** IPython's name of the frame: "C.m(self, y)", the qualified name and the parameters' names; null for the top level. */
        public String ipythonName() {
            if (isComprehension()) return function + "(.0)"; // its one argument, the first iterable's iterator
            if (code == null) return null;
            List<String> names = new ArrayList<>(), rest = new ArrayList<>();
            for (Stmt.Param p : code.params()) {
                switch (p.kind()) {
                    case VAR_POSITIONAL -> rest.add(0, "*" + p.name());
                    case VAR_KEYWORD -> rest.add("**" + p.name());
                    default -> names.add(p.name());
                }
            }
            names.addAll(rest); // as CPython's co_varnames orders them: named ones, keyword-only ones, then *args, **kwargs
            return code.qualifiedName() + "(" + String.join(", ", names) + ")";
        }

        /** A comprehension's frame ("<listcomp>", "<genexpr>"), whose {@link #code} is the function it is in. */
        private boolean isComprehension() {
            return function.endsWith("comp>") || function.equals("<genexpr>");
        }

        /** CPython's "  File ..., line N, in f" with the line and its carets (also from {@code <stdin>}, whose lines adjoint keeps). */
        public String cpython() {
            return frame(this, true, true);
        }
    }

    /** CPython's text of frames (outermost first): identical ones in a row shown three times, then "[Previous line repeated N more times]". */
    public static String cpythonFrames(List<Entry> outermostFirst) {
        List<String> texts = new ArrayList<>();
        List<Object> places = new ArrayList<>();
        for (Entry e : outermostFirst) {
            texts.add(e.cpython());
            places.add(List.of(e.file(), e.line(), e.function()));
        }
        return String.join("", repeatsFolded(texts, places));
    }

    /**
     * CPython's StackSummary.format: the frames' texts, but of frames in a row at the same place
     * (file, line, function: {@code places}) only the first three, then "  [Previous line repeated N more times]".
     */
    static List<String> repeatsFolded(List<String> texts, List<Object> places) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size();) {
            int run = 1;
            while (i + run < texts.size() && places.get(i + run).equals(places.get(i))) run++;
            for (int k = 0; k < Math.min(run, REPEATS_SHOWN); k++) out.add(texts.get(i + k));
            if (run > REPEATS_SHOWN) {
                int more = run - REPEATS_SHOWN;
                out.add("  [Previous line repeated " + more + " more time" + (more == 1 ? "" : "s") + "]\n");
            }
            i += run;
        }
        return out;
    }

    /**
     * The traceback of {@code e} that no frame caught (a thread's, which its run() let out), from
     * the outermost frame it passed; no newline at its end. CPython's shows threading.py's own two
     * frames above them (_bootstrap_inner, run); this shows the program's.
     */
    static String uncaught(LangError e) {
        StringBuilder sb = new StringBuilder(chainedBefore(e)).append("Traceback (most recent call last):\n");
        List<Entry> entries = e.frames(); // innermost first
        for (int i = entries.size() - 1; i >= 0; i--) sb.append(frame(entries.get(i), true, false));
        return sb.append(withNotes(e)).toString();
    }

    /** The traceback of {@code e}, handled in the frame running now; no newline at its end. */
    static String of(LangError e, Interpreter in) {
        StringBuilder sb = new StringBuilder(chainedBefore(e));
        List<Entry> entries = new ArrayList<>(e.frames()); // innermost first
        entries.add(new Entry(in.runningFunctionName(), in.runningSource(), e.placeInCurrentFrame()));
        sb.append("Traceback (most recent call last):\n");
        for (int i = entries.size() - 1; i >= 0; i--) sb.append(frame(entries.get(i), true, false));
        return sb.append(withNotes(e)).toString();
    }

    /** The tracebacks of the errors chained before {@code e} (its cause or context, and theirs), each followed by CPython's sentence and a blank line. */
    static String chainedBefore(LangError e) {
        StringBuilder sb = new StringBuilder();
        for (LangError.Chained c : e.chain()) { // the errors before it: each caught, so its frames end where it was caught
            sb.append(caughtFrames(c.error(), "Traceback"));
            sb.append(withNotes(c.error())).append("\n\n").append(c.sentence()).append("\n\n");
        }
        return sb.toString();
    }

    /** "{@code title} (most recent call last):" and the frames of a caught error, from the frame that caught it to where it was raised; "" when it has none. */
    static String caughtFrames(LangError e, String title) {
        List<Entry> frames = e.traceback();
        if (frames.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(title).append(" (most recent call last):\n");
        for (Entry frame : frames) sb.append(frame(frame, true, false));
        return sb.toString();
    }

    /** The last line, then the notes add_note gave the error, a line each. */
    static String withNotes(LangError e) {
        StringBuilder sb = new StringBuilder(lastLine(e));
        for (String note : e.notes()) sb.append('\n').append(note);
        return sb.toString();
    }

    /** "Type: message" as the traceback's last line shows it. */
    static String lastLine(LangError e) {
        return e.getMessage().equals(e.detail()) ? e.type() + ": " + e.detail() : e.messageWithoutHint();
    }

    /** One entry: the File line, and (when the source can be read back) the line's text and carets. */
    static String frame(Entry e, boolean carets, boolean stdinLines) {
        Source source = e.source();
        Span where = e.where();
        if (where == null || source.fromString() || !stdinLines && source.origin().equals("<stdin>")) // CPython 3.11 cannot read back <stdin>'s lines
            return frameText(source.origin(), e.line(), e.function(), null, -1, -1);
        int lineStart = lineStart(source.text(), where.offset());
        return frameText(source.origin(), e.line(), e.function(), lineAt(source.text(), where.offset()), carets ? where.offset() - lineStart : -1, where.end() - lineStart);
    }

    /** Where the line holding {@code offset} starts in {@code text}. */
    static int lineStart(String text, int offset) {
        return offset == 0 ? 0 : text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    /** The line of {@code text} holding {@code offset}, without its newline. */
    static String lineAt(String text, int offset) {
        int lineEnd = text.indexOf('\n', offset);
        return text.substring(lineStart(text, offset), lineEnd < 0 ? text.length() : lineEnd);
    }

    /**
     * CPython's format_frame_summary: "  File ..., line N, in f", then the line stripped (when there
     * is one) and carets under columns {@code start} to {@code end} of it (none when start is -1; an
     * end past the line is a place that goes on to later lines).
     */
    static String frameText(String file, long line, String function, String original, int start, int end) {
        StringBuilder sb = new StringBuilder("  File \"").append(file).append("\", line ").append(line).append(", in ").append(function).append('\n');
        if (original == null) return sb.toString();
        String stripped = original.strip();
        if (stripped.isEmpty()) return sb.toString();
        sb.append("    ").append(stripped).append('\n');
        if (start >= 0) sb.append(carets(original, stripped, start, end));
        return sb.toString();
    }

    /** CPython's format_frame_summary: carets when the place is not the whole line, anchored at an operator or a subscript. */
    private static String carets(String original, String stripped, int start, int end) {
        boolean oneLine = end <= original.length();
        if (!oneLine) end = original.stripTrailing().length();
        int[] anchors = oneLine ? anchors(original.substring(start, end)) : null;
        if (end - start >= stripped.length() && (anchors == null || anchors[1] - anchors[0] <= 0)) return "";
        int strippedCharacters = original.length() - original.stripLeading().length();
        // columns as a terminal shows them, as CPython 3.11.7 places its carets: an emoji or a CJK character takes two
        StringBuilder sb = new StringBuilder("    ").append(" ".repeat(DisplayWidth.of(original, 0, start) - strippedCharacters));
        if (anchors == null) return sb.append("^".repeat(DisplayWidth.of(original, start, end))).append('\n').toString();
        String segment = original.substring(start, end);
        return sb.append("~".repeat(DisplayWidth.of(segment, 0, anchors[0]))).append("^".repeat(DisplayWidth.of(segment, anchors[0], anchors[1])))
                .append("~".repeat(DisplayWidth.of(segment, anchors[1], segment.length()))).append('\n').toString();
    }

    /** CPython's _extract_caret_anchors_from_line_segment: where the operator of a binary operation, or a subscript's brackets, lie in the segment. */
    private static int[] anchors(String segment) {
        List<Stmt> statements;
        try {
            statements = Parser.parse(segment);
        } catch (RuntimeException notAnExpression) {
            return null;
        }
        if (statements.size() != 1 || !(statements.get(0) instanceof Stmt.Expression s)) return null;
        if (s.expr() instanceof Expr.Binary b) {
            int operatorStart = b.left().span().end(), operatorEnd = b.right().span().offset();
            String operator = segment.substring(operatorStart, operatorEnd);
            int operatorOffset = operator.length() - operator.stripLeading().length();
            int left = operatorStart + operatorOffset, right = left + 1;
            if (operatorOffset + 1 < operator.length() && !Character.isWhitespace(operator.charAt(operatorOffset + 1))) right++;
            while (left < segment.length() && (Character.isWhitespace(segment.charAt(left)) || ")#".indexOf(segment.charAt(left)) >= 0)) {
                left++;
                right++;
            }
            return new int[] {left, right};
        }
        if (s.expr() instanceof Expr.Index x && !x.items().isEmpty()) {
            int left = x.object().span().end(), right = x.items().get(x.items().size() - 1).span().end() + 1;
            while (left < segment.length() && segment.charAt(left) != '[') left++;
            while (right < segment.length() && segment.charAt(right) != ']') right++;
            if (right < segment.length()) right++;
            return new int[] {left, right};
        }
        return null;
    }
}
