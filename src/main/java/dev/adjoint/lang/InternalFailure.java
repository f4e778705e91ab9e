package dev.adjoint.lang;

import java.util.regex.Pattern;

/**
 * What a user reads when adjoint fails by a bug of its own (a NullPointerException, a
 * ClassCastException, ...): one fixed sentence that says so and where to report it. The Java
 * exception's message is not shown: it names Java classes ("Cannot invoke
 * \"dev.adjoint...\" because ..."), which mean nothing to a user.
 */
public final class InternalFailure {
    /** Starts with "internal error" (the fuzzers look for it); README's "Reporting a bug" says what to send. */
    public static final String MESSAGE = "internal error: adjoint failed by a bug of its own, not of your input;"
            + " please report it with the input that caused it (README: Reporting a bug)";

    /** A qualified Java name in a message: java.lang.Long, dev.adjoint.autograd.Tensor. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|jdk|sun|dev\\.adjoint)\\.[a-z]");

    private InternalFailure() {}

    /** The error a user reads (a RuntimeError to try/except, as before). */
    public static LangError error(Span span) {
        return LangError.plain("RuntimeError", MESSAGE, span);
    }

    /** The exception's own message if a user may read it: present and naming no Java class; else null. */
    public static String readableMessage(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() || JAVA_NAME.matcher(m).find() ? null : m;
    }
}
