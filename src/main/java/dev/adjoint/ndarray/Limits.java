package dev.adjoint.ndarray;

import dev.adjoint.scope.Scope;
import java.util.Locale;

/**
 * How many elements one array may have, checked before its buffer is allocated, so that
 * {@code zeros(100000, 100000)} is a clear message instead of an OutOfMemoryError (or a machine
 * swapping). Per thread and scoped, like grad mode: a session sets its limit around each
 * evaluation; no setting is shared between sessions.
 */
public final class Limits {
    /** 100 million doubles: 800 MB, about a third of a typical default heap. */
    public static final long DEFAULT_MAX_ELEMENTS = 100_000_000L;
    /** The largest array a JVM can allocate. */
    public static final long HARD_MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private static final ThreadLocal<long[]> MAX = ThreadLocal.withInitial(() -> new long[] {DEFAULT_MAX_ELEMENTS});

    static {
        dev.adjoint.scope.Carried.register(() -> { // a thread the program starts has its session's limit
            long n = maxElements();
            return () -> maxElements(n);
        });
    }

    private Limits() {}

    /** The element limit of arrays made on this thread. */
    public static long maxElements() {
        return MAX.get()[0];
    }

    /** Sets the element limit until the returned scope is closed, then restores the previous one. */
    public static Scope maxElements(long n) {
        if (n < 1) throw new IllegalArgumentException("the element limit must be at least 1, got " + n);
        long[] cell = MAX.get();
        long previous = cell[0];
        cell[0] = Math.min(n, HARD_MAX_ELEMENTS);
        return () -> cell[0] = previous;
    }

    /** The number of elements of a shape, saturating at Long.MAX_VALUE instead of overflowing. */
    public static long elements(int... shape) {
        long n = 1;
        for (int d : shape) {
            if (d == 0) return 0;
            if (n > Long.MAX_VALUE / Math.max(1, d)) n = Long.MAX_VALUE;
            else n *= d;
        }
        return n;
    }

    /** Refuses an array of {@code shape} over the limit (or with a negative dimension), before anything is allocated. */
    public static void checkShape(int... shape) {
        for (int d : shape) if (d < 0) throw new ShapeException("negative dimension in shape " + Shapes.str(shape));
        check(elements(shape), shape);
    }

    /** Refuses {@code n} elements (the array's shape, for the message) over the limit. */
    public static void check(long n, int[] shape) {
        check(n, Shapes.str(shape));
    }

    /** The same, with the shape already written out (one that does not fit in ints, say "(1000000000000,)"). */
    public static void check(long n, String shape) {
        long max = maxElements();
        if (n <= max) return;
        throw new LimitException("a tensor", "of shape " + shape + " would need " + count(n) + " elements (" + bytes(n)
                + "); the limit is " + count(max) + " elements (" + bytes(max) + "), set by --max-elements");
    }

    static String count(long n) {
        return n == Long.MAX_VALUE ? "more than 9.2e18" : String.format(Locale.ROOT, "%,d", n);
    }

    /** Decimal units, as disks and memory sizes are usually quoted: 10^10 doubles are "80 GB". */
    static String bytes(long elements) {
        double b = elements >= Long.MAX_VALUE / 8 ? Long.MAX_VALUE : elements * 8.0;
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};
        int u = 0;
        while (b >= 1000 && u < units.length - 1) {
            b /= 1000;
            u++;
        }
        return (b == Math.rint(b) ? String.format(Locale.ROOT, "%d", (long) b) : String.format(Locale.ROOT, "%.1f", b)) + " " + units[u];
    }

    /**
     * An array over the element limit; an IllegalArgumentException, so it reaches the user as a plain
     * message. The language names the array as its library does: a tensor (PyTorch's
     * RuntimeError) or an array (NumPy's MemoryError), with {@link #naming}.
     */
    public static final class LimitException extends IllegalArgumentException {
        /** What follows the array's name in the message ("of shape (2, 3) would need ..."); null for a message of its own. */
        private final String rest;

        public LimitException(String message) {
            super(message);
            rest = null;
        }

        LimitException(String noun, String rest) {
            super(noun + " " + rest);
            this.rest = rest;
        }

        /** The message with the array called {@code noun} ("an array"). */
        public String naming(String noun) {
            return rest == null ? getMessage() : noun + " " + rest;
        }
    }
}
