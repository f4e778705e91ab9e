package dev.adjoint.session;

import dev.adjoint.lang.Printer;

/**
 * Where a session's evaluation sends what it prints (print lines, expression values, warnings,
 * progress); the REPL renders it. The same contract as the interpreter's {@link Printer}.
 */
public interface Output extends Printer {}
