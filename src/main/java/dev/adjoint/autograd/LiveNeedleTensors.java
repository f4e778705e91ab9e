package dev.adjoint.autograd;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * needle's {@code autograd.TENSOR_COUNTER}: how many needle tensors are alive. needle counts one
 * up as a Value is made and down in its {@code __del__}, which CPython runs as the last reference
 * goes; the JVM frees a tensor only at a collection, so {@link #count} first asks for one (the
 * launcher's serial collector runs it at once) and counts the tensors it did not free. The number
 * is adjoint's graph's, not needle's: the two make different nodes for the same code.
 */
public final class LiveNeedleTensors {
    private LiveNeedleTensors() {}

    private static final List<WeakReference<Tensor>> MADE = new ArrayList<>();
    /** The list's size at which the freed ones are dropped (twice what survived the last time: amortised constant work per tensor). */
    private static int pruneAt = 1024;

    static synchronized void born(Tensor t) {
        MADE.add(new WeakReference<>(t));
        if (MADE.size() >= pruneAt) prune();
    }

    /** The needle tensors alive now (after a collection). */
    public static synchronized long count() {
        System.gc();
        prune();
        return MADE.size();
    }

    private static void prune() {
        MADE.removeIf(r -> r.refersTo(null));
        pruneAt = Math.max(1024, 2 * MADE.size());
    }
}
