package dev.adjoint.autograd;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When a tensor's data last changed in a way its graph nodes do not record ({@code x.data = ...},
 * an in-place change, a failed input put back), on the clock of creation numbers. A node made
 * after that moment was computed from its inputs as they are now, so a question such as "which
 * recorded values are from before a change" needs to look only at nodes made before it: in the
 * usual case (nothing changed since the graph was built) none.
 */
public final class DataChanges {
    private static final AtomicLong LAST = new AtomicLong(-1);

    private DataChanges() {}

    /** Some tensor's data changes now. */
    static void happen() {
        LAST.accumulateAndGet(Tensor.nextSeq(), Math::max);
    }

    /** Whether some tensor's data may have changed after the node with creation number {@code seq} was made. */
    public static boolean after(long seq) {
        return LAST.get() > seq;
    }
}
