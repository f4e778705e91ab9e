package dev.adjoint.lang;

/**
 * A value an operator made that carries warnings to issue where the operator stands: NumPy's
 * RuntimeWarnings ("divide by zero encountered in divide") come from the ufunc, but name the line
 * of the {@code a / b} that ran it, as the warnings module does for code below Python.
 */
public interface PendingWarnings {
    /** Issues (and forgets) the warnings, placed at {@code at}; may raise, when the program asked for errors. */
    void issuePending(Interpreter in, Span at);
}
