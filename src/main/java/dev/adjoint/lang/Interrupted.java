package dev.adjoint.lang;

/** Evaluation stopped by Thread.interrupt() (Ctrl-C); variables keep the values they had. */
public final class Interrupted extends LangError {
    public Interrupted(Span span) {
        super("interrupted", span);
    }
}
