package dev.adjoint.testing;

/** Runs a test body on a thread with a chosen stack size (the REPL evaluates on a 512 MB one), rethrowing what it throws. */
public final class BigStack {
    /** The stack of the REPL's evaluation threads. */
    public static final long REPL = 512L << 20;

    private BigStack() {}

    /** Runs {@code body} on a fresh thread with {@code bytes} of stack and waits; an AssertionError comes back as it is, anything else as the cause of one. */
    public static void run(long bytes, Runnable body) throws InterruptedException {
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "big-stack", bytes);
        t.start();
        t.join();
        if (failure[0] instanceof AssertionError a) throw a;
        if (failure[0] != null) throw new AssertionError("escaped: " + failure[0], failure[0]);
    }
}
