package dev.adjoint.testing;

import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.PrintWriter;
import java.io.StringWriter;

/** A Shell fed one input at a time, as a user types them, keeping what the last input printed to out and to err. */
public final class ShellTranscript {
    private final Shell shell = new Shell(ShellOptions.defaults());
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    public Shell shell() {
        return shell;
    }

    /** Runs one input (a statement, a block or a :command); returns what it printed to out. */
    public String run(String input) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        shell.run(input, null, 1, new PrintWriter(out), new PrintWriter(err));
        return out.toString();
    }

    /** What the last input printed to err. */
    public String err() {
        return err.toString();
    }
}
