package dev.adjoint.repl;

/**
 * {@code --timeout SECONDS} for scripts, -e statements and pipes: when the time is up, the
 * evaluating thread is interrupted exactly as Ctrl-C interrupts it at the prompt (the interpreter,
 * matmul and backward all poll for it), and again every 50 ms, so that whatever input comes next
 * stops too. If the run has still not ended a second later (say, a pipe that keeps waiting for
 * input), {@code stuck} runs: Main ends the process there.
 */
final class Timeout implements AutoCloseable {
    private static final long REPEAT_MILLIS = 50, GRACE_MILLIS = 1000;

    private final Thread timer;
    private volatile boolean expired;

    private Timeout(double seconds, Thread target, Runnable stuck) {
        if (seconds <= 0) {
            timer = null;
            return;
        }
        long millis = (long) Math.ceil(seconds * 1000);
        timer = new Thread(() -> {
            try {
                Thread.sleep(millis);
                expired = true;
                for (long waited = 0; ; waited += REPEAT_MILLIS) {
                    target.interrupt();
                    if (waited >= GRACE_MILLIS && stuck != null) {
                        stuck.run();
                        return;
                    }
                    Thread.sleep(REPEAT_MILLIS);
                }
            } catch (InterruptedException e) {
                // closed: the run has ended
            }
        }, "adjoint-timeout");
        timer.setDaemon(true);
        timer.start();
    }

    /** Starts the clock for {@code target}; zero or less means no limit; {@code stuck} may be null. */
    static Timeout start(double seconds, Thread target, Runnable stuck) {
        return new Timeout(seconds, target, stuck);
    }

    /** Whether the time ran out. */
    boolean expired() {
        return expired;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.interrupt();
            try {
                timer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
