package dev.adjoint.testing;

import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process session fed input by input, as a pipe would, keeping each input's output and errors apart. */
public final class ShellDriver {
    public final Shell shell;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    public ShellDriver() {
        this(new Shell(ShellOptions.defaults()));
    }

    public ShellDriver(Shell shell) {
        this.shell = shell;
    }

    /** Runs one input; true if it succeeded. {@link #out()} and {@link #err()} then hold what it printed. */
    public boolean run(String input) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return shell.run(input, null, 1, new PrintWriter(out), new PrintWriter(err)).ok();
    }

    /** Runs one input that must succeed; its output. */
    public String ok(String input) {
        if (!run(input)) throw new AssertionError(input + ": " + err);
        return out.toString();
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
