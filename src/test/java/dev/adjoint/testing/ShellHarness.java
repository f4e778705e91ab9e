package dev.adjoint.testing;

import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.PrintWriter;
import java.io.StringWriter;

/** A Shell without a terminal, as the tests of the REPL's behaviour type into it: inputs in, stdout and stderr collected. */
public abstract class ShellHarness {
    protected final Shell shell = new Shell(ShellOptions.defaults());
    protected final StringWriter out = new StringWriter(), err = new StringWriter();

    /** Runs one input as the prompt would (no file name, line 1). */
    protected Shell.Outcome run(String input) {
        return shell.run(input, null, 1, new PrintWriter(out), new PrintWriter(err));
    }

    /** Runs one input and returns what it printed to stdout; what it printed to stderr is in {@code err} until the next call. */
    protected String printed(String input) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        run(input);
        return out.toString();
    }

    /** Whether the input ran without an error. */
    protected boolean ok(String input) {
        return run(input).ok();
    }

    /** What was written to {@code w} since the last take, which empties it. */
    protected static String take(StringWriter w) {
        String s = w.toString();
        w.getBuffer().setLength(0);
        return s;
    }

    /**
     * Runs an input that would never end on a thread of its own, interrupts it after 200 ms (Ctrl-C)
     * and says whether it has stopped within {@code promptlyMs} more.
     */
    protected boolean stopsAtCtrlC(String input, long promptlyMs) throws InterruptedException {
        Thread worker = new Thread(() -> run(input));
        worker.start();
        Thread.sleep(200);
        worker.interrupt();
        worker.join(promptlyMs);
        return !worker.isAlive();
    }

    /** The lecture's three statements (SPEC section 1). */
    protected void lecture() {
        run("x1 = 2");
        run("x2 = 5");
        run("y = ln(x1) + x1*x2 - sin(x2)");
    }
}
