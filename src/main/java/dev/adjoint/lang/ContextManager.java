package dev.adjoint.lang;

/**
 * A library object a with statement can use (warnings.catch_warnings(), a file from open()):
 * enter gives the value bound by {@code as}; exit runs however the block ends and lets errors through.
 */
public interface ContextManager {
    Object enter(Interpreter interpreter);

    void exit();
}
