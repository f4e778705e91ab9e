package dev.adjoint.session;

import dev.adjoint.lang.Span;

/**
 * A word of a request (a variable name, an input to seed, a value written as an expression) and
 * where the user wrote it, so that an error about it can point there. The span may be null (a
 * default the user did not write, a request from a program).
 */
public record Arg(String text, Span span) {
    public static Arg of(String text) {
        return new Arg(text, null);
    }
}
