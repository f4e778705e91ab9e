package dev.adjoint.lang;

/**
 * The project's one error type for user input: a message and the span it is about. Every failure
 * of lexing, parsing or evaluation reaches the REPL as a LangError; the REPL formats line:col and a caret.
 * It also says which Python exception it is ({@link #type}, "RuntimeError" unless more is known),
 * so that {@code try/except} catches adjoint's own errors by Python's names, and carries the
 * exception object a {@code raise} statement raised.
 *
 * <p>This class is the one home of the text shown for a Python error: "Type: detail" (the last
 * line of CPython's traceback, see {@link #python}). Only adjoint's own sentences (a command's
 * complaint, "`async def` is not supported", an internal error) are shown without a type.
 */
public class LangError extends RuntimeException {
    private final Span span;
    private final String type;
    private final String detail;
    private Object exception;
    private java.util.List<Object> args;
    /** The error shown before this one when nobody catches it (its cause, or the one being handled), or null. */
    private LangError chained;
    /** Whether {@link #chained} is the cause ({@code raise ... from}) rather than the context. */
    private boolean direct;
    /** The input's line the message ends by naming, or 0. */
    private int mentionedLine;
    /** The functions the error came out of, innermost first, each with the place it passed in it (for logging.exception's traceback). */
    private java.util.List<Traceback.Entry> frames;
    /** The frame of the except clause that caught it, or null (see {@link #caughtIn}). */
    private Traceback.Entry handledIn;
    /** Its span where it was raised (in the innermost of {@link #frames}), kept when the error moves to a call. */
    private Span raisedAt;
    /** Where the error left the last of those: the call in the frame above, or null while it is still in the frame it was raised in. */
    private Span callSite;
    /** Whether it left a function that a builtin called (map's, sorted's key): its place in the frame it is in is the builtin's call, met on the way out. */
    private boolean callerUnplaced;
    /** CPython's position of the failing operation where it is more than {@link #span} (a binary operation's whole expression: the caret stands under its operator). */
    private Span position;

    /** adjoint's own sentence, shown as it is (a RuntimeError to {@code except}). */
    public LangError(String message, Span span) {
        this("RuntimeError", message, message, span);
    }

    /** An error of Python type {@code type} shown exactly as {@code message}; {@code detail} is what str() of the exception gives. */
    public LangError(String type, String message, String detail, Span span) { // prefer python() or plain(): they make the text
        super(message, null, false, false); // no stack trace: it is never shown, and deep inputs make it costly
        this.span = span;
        this.type = type;
        this.detail = detail;
    }

    /** A Python error shown as "Type: detail", as the last line of Python's traceback. */
    public static LangError python(String type, String detail, Span span) {
        return python(type, type, detail, "", span);
    }

    /**
     * A Python error of built-in type {@code type} whose class is called {@code shownName} (a user's
     * subclass, or the type itself), shown as "shownName: detail" + {@code hint}: the hint is what
     * CPython's traceback adds after str() of the exception (". Did you mean: 'sin'?").
     */
    public static LangError python(String type, String shownName, String detail, String hint, Span span) {
        LangError e = new LangError(type, shown(shownName, detail) + hint, detail, span);
        e.hint = hint;
        return e;
    }

    /** What CPython's interpreter adds after the message when it shows the error (". Did you mean: 'sin'?"), or "". */
    private String hint = "";

    /**
     * The message without the hint: the last line of CPython 3.11's traceback module
     * (traceback.format_exc, logging.exception), which computes no "Did you mean" (3.12's does).
     */
    public String messageWithoutHint() {
        return getMessage().substring(0, getMessage().length() - hint.length());
    }

    /** An error of Python type {@code type} shown as adjoint's own sentence, without the type. */
    public static LangError plain(String type, String sentence, Span span) {
        return new LangError(type, sentence, sentence, span);
    }

    /** "Type: detail", or "Type" alone when the detail is empty: CPython's last traceback line. */
    private static String shown(String name, String detail) {
        return detail.isEmpty() ? name : name + ": " + detail;
    }

    /**
     * The message as shown for an input whose first line is line {@code firstLine} of its file or
     * pipe: a message that ends by naming a line of the input ("... after 'for' statement on line
     * 1") names it as the location in front of it counts lines.
     */
    public String message(int firstLine) {
        if (mentionedLine == 0 || firstLine == 1) return getMessage();
        String m = getMessage();
        return m.substring(0, m.length() - Integer.toString(mentionedLine).length()) + (firstLine - 1 + mentionedLine);
    }

    /** An error whose message ends with {@code line}, a line number counted in its input (see {@link #message(int)}). */
    LangError mentioningLine(int line) {
        if (!getMessage().endsWith(Integer.toString(line))) throw new IllegalArgumentException("the message does not end with line " + line);
        mentionedLine = line;
        return this;
    }

    /** An earlier error shown before this one: its cause ({@code direct}) or the one being handled when it was raised. */
    LangError chainTo(LangError earlier, boolean direct) {
        this.chained = earlier;
        this.direct = direct;
        return this;
    }

    LangError chained() {
        return chained;
    }

    /** One earlier error of a chain and the sentence CPython prints between it and the next. */
    public record Chained(LangError error, String sentence) {}

    /** The errors shown before this one, oldest first, each with CPython's sentence after it (a chain is walked in a loop, at most 100 long). */
    public java.util.List<Chained> chain() {
        java.util.ArrayDeque<Chained> out = new java.util.ArrayDeque<>();
        java.util.Set<LangError> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (LangError e = this; e.chained != null && out.size() < 100 && seen.add(e); e = e.chained)
            out.addFirst(new Chained(e.chained, e.direct ? "The above exception was the direct cause of the following exception:"
                    : "During handling of the above exception, another exception occurred:"));
        return new java.util.ArrayList<>(out);
    }

    /** Gives an error placed at {@code placedAt} (and nowhere else yet) the expression CPython's traceback underlines. */
    LangError withPosition(Span placedAt, Span expression) {
        if (position == null && span == placedAt) position = expression;
        return this;
    }

    /** The input its span lies in, once the first function it left said so; null before. */
    private Source spanSource;

    /** The first function the error leaves is the one its span lies in (an inner one's error was moved to the call in it). */
    void placeSpanIn(Source source) {
        if (spanSource == null) spanSource = source;
    }

    /** The input its span lies in, or null while it has left no function. */
    Source spanSource() {
        return spanSource;
    }

    /** Notes that the error leaves function {@code f}, called at {@code call} in the frame above. */
    void leftFrame(UserFunction f, Span call, Environment scope) {
        addFrame(new Traceback.Entry(f.name(), f.source(), placeInCurrentFrame(), f, scope));
        callSite = call;
        callerUnplaced = call == null;
    }

    /**
     * Notes that the error leaves comprehension {@code name} ("<listcomp>", "<genexpr>") of
     * {@code source}, inside function {@code enclosing} (null at the top level); {@code whole} is
     * the comprehension, its place in the frame above, or null for a generator expression, whose
     * place is the call that consumed it.
     */
    void leftComprehension(String name, Source source, UserFunction enclosing, Span whole, Environment scope) {
        addFrame(new Traceback.Entry(name, source, placeInCurrentFrame(), enclosing, scope));
        callSite = whole;
        callerUnplaced = whole == null;
    }

    /** The error passes the call at {@code call} on its way out: if it came from a function a builtin called, that call is its place here, as CPython's frame shows it. */
    void passedCall(Span call) {
        if (!callerUnplaced || call == null) return;
        callSite = call;
        callerUnplaced = false;
    }

    /** Notes that the error leaves the top level of {@code program} (or of a module being imported): the traceback's outermost frame so far. */
    void leftTopLevel(Source program, Environment globals) {
        addFrame(new Traceback.Entry("<module>", program, placeInCurrentFrame(), null, globals));
        callSite = null;
        callerUnplaced = false;
    }

    /**
     * Notes that an except clause in {@code frame} caught it: the last frame of its traceback while
     * it is shown as the cause or context of a later error (CPython's traceback of a caught
     * exception ends in the frame that caught it). Raised again, it leaves that frame anew.
     */
    void caughtIn(Traceback.Entry frame, int depth) {
        handledIn = frame;
        caughtDepth = depth;
    }

    /** How many calls deep the frame that caught it runs (see {@link #caughtIn}), or -1 while it is not caught. */
    private int caughtDepth = -1;

    int caughtDepth() {
        return caughtDepth;
    }

    /** Raised again (raise e): its traceback goes on from the frames the exception had (outermost first), the frame raising it now added above them. */
    LangError goingOnFrom(java.util.List<Traceback.Entry> outermostFirst) {
        frames = new java.util.ArrayList<>(outermostFirst);
        java.util.Collections.reverse(frames);
        handledIn = null;
        caughtDepth = -1;
        return this;
    }

    private void addFrame(Traceback.Entry entry) {
        handledIn = null;
        caughtDepth = -1;
        if (frames == null) {
            frames = new java.util.ArrayList<>();
            raisedAt = span;
        }
        if (frames.size() < Traceback.MAX_FRAMES) frames.add(entry);
    }

    /** The frames it came out of, innermost first (none when it was raised where it is handled). */
    java.util.List<Traceback.Entry> frames() {
        return frames == null ? java.util.List.of() : frames;
    }

    /** Where it was raised, in the source of the innermost frame of {@link #traceback()} (null when unknown). */
    public Span raisedAt() {
        return raisedAt;
    }

    /**
     * The frames of an error that reached the top level, outermost first, as CPython's traceback
     * lists them: the input's ("<module>"), then each function it came out of, down to where it
     * was raised; a caught error's begin with the frame that caught it. Empty for an error that did not come from running code (a syntax error, a command's).
     */
    public java.util.List<Traceback.Entry> traceback() {
        java.util.List<Traceback.Entry> out = new java.util.ArrayList<>(frames());
        if (handledIn != null) out.add(handledIn);
        java.util.Collections.reverse(out);
        return out;
    }

    /** Its place in the frame it is in now: the call it came out of, or where it was raised. */
    Span placeInCurrentFrame() {
        return callSite != null ? callSite : position != null ? position : span;
    }

    /** The span in the source the message is about (may be null for whole-input problems). */
    public Span span() {
        return span;
    }

    /** The Python exception class name: "ValueError", "RuntimeError", ... */
    public String type() {
        return type;
    }

    /** The name of the exception's class, type(e).__name__: a user's subclass by its own name, a library's without its module. */
    public String className() {
        if (exception instanceof PyInstance i) return i.pyClass().name();
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** What str() of the exception gives (the message without the type). */
    public String detail() {
        return detail;
    }

    /** The Python exception object raised (a PyInstance), or null until an except clause asks for one. */
    public Object exception() {
        return exception;
    }

    /**
     * The notes a handler added with add_note (PEP 678), each as CPython's traceback prints it
     * after the message: a str as it is, anything else by repr.
     */
    public java.util.List<String> notes() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (exception instanceof PyInstance i && i.own("__notes__") instanceof java.util.List<?> notes)
            for (Object note : notes) out.add(note instanceof String s ? s : Repr.repr(note));
        return out;
    }

    /** The exception's args when they are not just the detail (KeyError's key); null otherwise. */
    java.util.List<Object> args() {
        return args;
    }

    LangError withArgs(java.util.List<Object> args) {
        this.args = args;
        return this;
    }

    /** NameError.name, or AttributeError.name and .obj, of an error the interpreter raised: what its "Did you mean" was computed from; null when not given. */
    private Object[] nameAndObject;

    /** Sets NameError's name (obj null) or AttributeError's name and obj, unless already set (the innermost place knows them). */
    LangError withNameAndObject(String name, Object obj) {
        if (nameAndObject == null) nameAndObject = new Object[] {name, obj};
        return this;
    }

    /** {name, obj} as {@link #withNameAndObject} set them, or null. */
    Object[] nameAndObject() {
        return nameAndObject;
    }

    /** The same error at another place (keeps its type, args and exception object). */
    public LangError at(Span where) {
        LangError e = new LangError(type, getMessage(), detail, where);
        e.withException(exception); // the exception goes on as this error
        e.args = args;
        e.mentionedLine = mentionedLine;
        e.hint = hint;
        e.chained = chained;
        e.direct = direct;
        if (frames != null) e.frames = new java.util.ArrayList<>(frames);
        e.raisedAt = raisedAt;
        e.nameAndObject = nameAndObject;
        return e;
    }

    /**
     * The same error (place, frames, chain) standing for another exception object, shown as
     * {@code shownName: detail}: the part of an exception group that an except* handled nothing of,
     * raised again where the group was (CPython keeps the group's traceback on it).
     */
    LangError standingFor(Object ex, String type, String shownName, String detail) {
        LangError e = new LangError(type, shown(shownName, detail), detail, span);
        e.withException(ex);
        e.chained = chained;
        e.direct = direct;
        if (frames != null) e.frames = new java.util.ArrayList<>(frames);
        e.raisedAt = raisedAt;
        e.callSite = callSite;
        e.position = position;
        return e;
    }

    LangError withException(Object ex) {
        exception = ex;
        if (ex instanceof PyInstance i) i.raisedAs(this); // its traceback, when it is shown in an exception group
        return this;
    }
}
