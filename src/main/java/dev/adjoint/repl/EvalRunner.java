package dev.adjoint.repl;

import dev.adjoint.lang.Interrupted;
import java.io.PrintWriter;

/**
 * Runs one input through the Shell so that nothing escapes: whatever the Shell lets through (a
 * RuntimeException, StackOverflowError, OutOfMemoryError) becomes one line "internal error: ..."
 * on err, never a stack trace, and the session goes on. Output and errors are flushed after
 * every input so that stdout and stderr interleave in order.
 *
 * <p>At the prompt each input runs on its own worker thread with a large stack (deep user
 * recursion meets the interpreter's own limit before the JVM's), and {@link #interrupt()}, called
 * on Ctrl-C, interrupts it; the interpreter polls the interrupt flag and reports "interrupted".
 */
final class EvalRunner {
    /** Stack size of the evaluation threads; only reserved address space until used. */
    static final long STACK_SIZE = 512L << 20;

    private final Shell shell;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Guards worker, inBatch and interrupted, so that a Ctrl-C can never fall between two of them. */
    private final Object lock = new Object();
    private Thread worker;
    /** The thread running an input on the caller's thread (a script, -e, a pipe) or a program of several ({@link #asOneProgram}), or null between inputs. */
    private volatile Thread evaluating;
    private boolean inBatch;
    private volatile boolean interrupted;
    private volatile java.util.function.BooleanSupplier stop = () -> false;

    EvalRunner(Shell shell, PrintWriter out, PrintWriter err) {
        this.shell = shell;
        this.out = out;
        this.err = err;
    }

    /** Once {@code stop} says true (a --timeout ran out), no further input runs: {@link #run} refuses it. */
    void stopWhen(java.util.function.BooleanSupplier stop) {
        this.stop = stop;
    }

    /** Whether inputs are refused from now on. */
    boolean stopped() {
        return stop.getAsBoolean();
    }

    /** An error that belongs to no input (a line refused by the reader), in order with the output. */
    void reportError(String line) {
        out.flush();
        err.println(line);
        err.flush();
    }

    /** Runs on the calling thread (which should itself have a large stack, see {@link Main}); nothing once stopped. */
    Shell.Outcome run(InputAssembler.Chunk chunk, String sourceName) {
        return safely(() -> shell.run(chunk.text(), sourceName, chunk.firstLine(), out, err));
    }

    /** A .py script as one input without echo, on the calling thread; nothing once stopped. */
    Shell.Outcome runPython(String text, String sourceName) {
        return safely(() -> shell.runPython(text, sourceName, out, err));
    }

    /** The program's end (see Shell.atExit); nothing once stopped. */
    void atExit() {
        safely(() -> {
            shell.atExit(out, err);
            return null;
        });
    }

    /**
     * Runs a program made of several inputs (-e statements, then -c or a script) on this thread as
     * one: a Ctrl-C that comes between two of them (while the next is read and parsed) is the next
     * one's KeyboardInterrupt, raised at its first statement, as in one CPython program, rather than
     * ending the run outside any input.
     */
    <T> T asOneProgram(java.util.function.Supplier<T> inputs) {
        Thread before = evaluating;
        evaluating = Thread.currentThread();
        try {
            return inputs.get();
        } finally {
            evaluating = before;
        }
    }

    private Shell.Outcome safely(java.util.function.Supplier<Shell.Outcome> input) {
        if (stopped()) return new Shell.Outcome(false, false);
        Shell.Outcome outcome;
        Thread before = evaluating;
        evaluating = Thread.currentThread();
        try {
            outcome = input.get();
            if (outcome == null) outcome = new Shell.Outcome(true, false);
        } catch (Throwable t) { // the loop must survive anything the Shell lets through
            outcome = new Shell.Outcome(false, false);
            out.flush();
            err.println(describe(t));
        } finally {
            evaluating = before;
            // a Ctrl-C the input noticed is done with; one that came as it ended is the next input's on this thread
            if (!Thread.currentThread().isInterrupted()) Interrupted.forgetKeyboard();
        }
        out.flush();
        err.flush();
        return outcome;
    }

    /**
     * Opens a batch: the inputs of one line read at the prompt. From now until {@link #endInputs()}
     * a Ctrl-C is never lost: one that comes while no worker runs yet (between the reader's return
     * and the next worker's start) interrupts the batch's next input as soon as it starts.
     */
    void beginInputs() {
        synchronized (lock) {
            inBatch = true;
            interrupted = false;
        }
    }

    /** Closes the batch: a Ctrl-C from now on belongs to the prompt (the line reader). */
    void endInputs() {
        synchronized (lock) {
            inBatch = false;
        }
    }

    /**
     * Runs on a fresh large-stack worker thread and waits for it; {@link #interrupt()} stops it.
     * Outside a batch, the input is a batch of its own.
     */
    Shell.Outcome runOnWorker(InputAssembler.Chunk chunk, String sourceName) {
        Shell.Outcome[] result = {new Shell.Outcome(false, false)};
        Thread thread = new Thread(null, () -> result[0] = run(chunk, sourceName), "adjoint-eval", STACK_SIZE);
        thread.setDaemon(true);
        synchronized (lock) {
            if (!inBatch) interrupted = false;
            thread.start(); // started before it is published: interrupting an unstarted thread does nothing
            worker = thread;
            if (interrupted) Interrupted.fromKeyboard(thread); // a Ctrl-C came before this input started
        }
        boolean waitInterrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                waitInterrupted = true; // the waiting thread itself is not the one to stop
            }
        }
        synchronized (lock) {
            worker = null;
        }
        if (waitInterrupted) Thread.currentThread().interrupt();
        return result[0];
    }

    /**
     * Ctrl-C (called from the SIGINT handler): a KeyboardInterrupt in the running evaluation, or,
     * inside a batch with none running yet, in the next one. True if it was taken; false if no
     * input runs (at the prompt it belongs to the line reader; a script ends).
     */
    boolean interrupt() {
        synchronized (lock) {
            Thread running = worker != null ? worker : evaluating;
            if (running == null && !inBatch) return false;
            interrupted = true;
            if (running != null) Interrupted.fromKeyboard(running);
            return true;
        }
    }

    /** Whether the last {@link #runOnWorker} was interrupted by Ctrl-C. */
    boolean wasInterrupted() {
        return interrupted;
    }

    /** The failure as a user reads it (never a Java class name). */
    static String describe(Throwable t) {
        return dev.adjoint.session.Failures.classify(t, null).getMessage();
    }
}
