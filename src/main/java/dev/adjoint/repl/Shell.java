package dev.adjoint.repl;

import java.io.PrintWriter;
import java.util.List;

/**
 * One user session as the terminal loop sees it: runs a complete input (statements or a :command),
 * writes results to out and messages to err, and answers completion and continuation questions.
 * (Skeleton: the implementation lands with the commands.)
 */
public final class Shell {
    /** How an input ended: whether it failed, and whether the user asked to quit. */
    public record Outcome(boolean ok, boolean quit) {}

    public Shell(ShellOptions options) {}

    /** Runs one complete input; sourceName and firstLine place error messages (FILE:LINE:COL). */
    public Outcome run(String input, String sourceName, int firstLine, PrintWriter out, PrintWriter err) {
        throw new UnsupportedOperationException("not yet");
    }

    /** False while the input needs more lines (a block header, an open bracket). */
    public boolean isComplete(String input) {
        return true;
    }

    /** Commands, variables and functions, for tab completion. */
    public List<String> completionCandidates() {
        return List.of();
    }
}
