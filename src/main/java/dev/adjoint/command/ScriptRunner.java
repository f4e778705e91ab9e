package dev.adjoint.command;

/** Runs a script's text in the session input by input, as if typed; implemented by the Shell. */
public interface ScriptRunner {
    /** Returns false if an input failed (its error is already printed); the rest is not run. */
    boolean runScript(String text, String sourceName);

    /** The inputs accepted so far that rebuild the session's state when replayed, in order. */
    java.util.List<String> acceptedInputs();

    /** Forgets the accepted inputs (after :reset). */
    void clearAccepted();
}
