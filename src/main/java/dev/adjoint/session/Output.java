package dev.adjoint.session;

/** Where a session's evaluation sends what it prints; the REPL renders it. */
public interface Output {
    /** A line from print(...). */
    void print(String line);

    /** The value of an expression statement (never called with None). */
    void show(Object value);

    /** A warning, e.g. reading .grad of a non-leaf tensor. */
    void warn(String message);
}
