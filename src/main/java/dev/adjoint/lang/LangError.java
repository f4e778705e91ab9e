package dev.adjoint.lang;

/**
 * The project's one error type for user input: a message and the span it is about. Every failure
 * of lexing, parsing or evaluation reaches the REPL as a LangError; the REPL formats line:col and a caret.
 */
public class LangError extends RuntimeException {
    private final Span span;

    public LangError(String message, Span span) {
        super(message, null, false, false); // no stack trace: it is never shown, and deep inputs make it costly
        this.span = span;
    }

    /** The span in the source the message is about (may be null for whole-input problems). */
    public Span span() {
        return span;
    }
}
