package dev.adjoint.undo;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One clock for when undo logs open and when values that number themselves are made (tensors take
 * their creation numbers from it): a value whose number is at or after a log's opening was made
 * during that log's input, so the log need not record it (see {@link Undoable#birth}).
 */
public final class Clock {
    private Clock() {}

    private static final AtomicLong NOW = new AtomicLong(1); // 0 is a birth before every log

    /** The next number; every call gets a larger one. */
    public static long tick() {
        return NOW.getAndIncrement();
    }

    /** The number the next {@link #tick} will give. */
    public static long next() {
        return NOW.get();
    }
}
