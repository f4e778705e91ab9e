package dev.adjoint.ndarray;

/**
 * A long computation (a matmul, a backward pass over a huge graph) stopped because its thread was
 * interrupted (Ctrl-C, a --timeout). Kernels poll {@link #poll()} cheaply, every block of work;
 * the interpreter turns this into its "interrupted" error.
 */
public final class ComputationInterrupted extends RuntimeException {
    public ComputationInterrupted() {
        super("interrupted", null, false, false);
    }

    /** Throws (and clears the flag) if the current thread was interrupted. */
    public static void poll() {
        if (Thread.interrupted()) throw new ComputationInterrupted();
        HeapPressure.check();
    }

    /** {@link #poll} on every 1,024th step {@code i} of a loop over nodes, rows or elements: a volatile read, no more. */
    public static void pollEvery(long i) {
        if ((i & 1023) == 0) poll();
    }
}
