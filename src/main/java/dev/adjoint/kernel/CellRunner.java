package dev.adjoint.kernel;

import dev.adjoint.command.InputRunner;
import dev.adjoint.lang.Interrupted;
import java.util.List;

/**
 * Runs a cell's inputs one after another on a worker thread with a large stack (deep user
 * recursion meets the interpreter's limit before the JVM's), so that Jupyter's interrupt, which
 * arrives on the control thread or as SIGINT, stops it the way Ctrl-C does at the prompt, and
 * nothing the cell throws, not even an Error, reaches the protocol's threads.
 */
final class CellRunner {
    private static final long STACK_SIZE = 512L << 20;
    private static final long TICK_MS = 100;

    private final SessionAdapter session;
    /** Guards worker and interrupted, so that an interrupt can never fall between the cell's start and its publication. */
    private final Object lock = new Object();
    private Thread worker;
    private volatile boolean interrupted;

    CellRunner(SessionAdapter session) {
        this.session = session;
    }

    /**
     * Runs the cell and waits for it, calling {@code tick} every 100 ms meanwhile (to send held
     * output). Returns the failure that ended the cell, or null.
     */
    SessionAdapter.Failure run(String cell, SessionAdapter.Sink sink, Runnable tick) {
        SessionAdapter.Failure[] result = {null};
        Thread t = new Thread(null, () -> result[0] = runInputs(cell, sink), "adjoint-cell", STACK_SIZE);
        t.setDaemon(true);
        synchronized (lock) {
            interrupted = false;
            t.start(); // started before it is published: interrupting an unstarted thread does nothing
            worker = t;
        }
        boolean waitInterrupted = false;
        while (t.isAlive()) {
            try {
                t.join(TICK_MS);
            } catch (InterruptedException e) {
                waitInterrupted = true; // the waiting thread is not the one to stop
            }
            tick.run();
        }
        synchronized (lock) {
            worker = null;
        }
        if (waitInterrupted) Thread.currentThread().interrupt();
        return result[0];
    }

    private SessionAdapter.Failure runInputs(String cell, SessionAdapter.Sink sink) {
        try {
            java.util.Optional<CellMagic> magic = CellMagic.of(cell);
            return magic.isPresent() ? session.magics.cell(magic.get(), sink, this::runCode) : runCode(cell, 0, sink);
        } catch (Throwable t) { // the kernel must survive anything, StackOverflowError and OutOfMemoryError included
            return SessionAdapter.Failure.of(InputRunner.Failure.of(t)); // never a Java class name
        } finally {
            Thread.interrupted();
        }
    }

    /** Runs code as a cell, input by input; its first line is line {@code linesBefore + 1} of the cell (after a %%time line). */
    private SessionAdapter.Failure runCode(String code, int linesBefore, SessionAdapter.Sink sink) {
        List<InputRunner.Input> inputs = session.split(code);
        LastExpression.Shown showing = LastExpression.of(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            // an interrupt not yet noticed stops the cell here; one a statement caught (except KeyboardInterrupt) does not
            if (interrupted && Thread.currentThread().isInterrupted()) return KEYBOARD_INTERRUPT;
            InputRunner.Input input = inputs.get(i);
            SessionAdapter.Outcome o = session.run(new InputRunner.Input(input.text(), input.firstLine() + linesBefore), sink, showing.in(i));
            if (o.failure() != null) return !interrupted || o.failure().ename().equals(KEYBOARD_INTERRUPT.ename()) ? o.failure() : KEYBOARD_INTERRUPT;
            if (o.quit()) {
                sink.stderr().write(":quit (or exit()) ends the rest of this cell; the kernel goes on (shut it down from the front-end)\n");
                return null;
            }
        }
        return null;
    }

    /** A cell stopped between two inputs, as the terminal says Ctrl-C. */
    private static final SessionAdapter.Failure KEYBOARD_INTERRUPT = SessionAdapter.Failure.of(InputRunner.Failure.of(Interrupted.keyboard(null)));

    /** Interrupts the running cell, if any (Jupyter's interrupt_request, or SIGINT); between cells it does nothing. */
    void interrupt() {
        synchronized (lock) {
            if (worker != null) {
                interrupted = true;
                Interrupted.fromKeyboard(worker); // Python's KeyboardInterrupt, as ipykernel raises it
            }
        }
    }
}
