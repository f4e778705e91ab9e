package dev.adjoint.command;

/** A script run by :load stopped at an error that was already reported where it happened. */
public final class ScriptFailed extends RuntimeException {
    ScriptFailed() {
        super(null, null, false, false);
    }
}
