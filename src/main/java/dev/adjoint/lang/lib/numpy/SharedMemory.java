package dev.adjoint.lang.lib.numpy;

import dev.adjoint.autograd.Views;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyModule;
import java.util.BitSet;

/**
 * np.shares_memory(a, b) and np.may_share_memory(a, b): whether two arrays are views of the same
 * data and some element of one is an element of the other (shares_memory, exactly: a[::2] and
 * a[1::2] share none) or the spans they reach overlap (may_share_memory, NumPy's bounds check).
 * Anything that is not an array is copied into a new one by NumPy, so it shares nothing.
 */
final class SharedMemory {
    private SharedMemory() {}

    static void add(PyModule m) {
        m.add(Builtin.of("shares_memory", a -> overlap(a, true)));
        m.add(Builtin.of("may_share_memory", a -> overlap(a, false)));
    }

    private static boolean overlap(Args a, boolean exact) {
        a.expect(2, 3, "max_work");
        if (!(a.get(0) instanceof NpArray x) || !(a.get(1) instanceof NpArray y) || x.isScalar() || y.isScalar()) return false;
        if (x.owner() != y.owner() || x.size() == 0 || y.size() == 0) return false;
        long[] ex = elements(x), ey = elements(y);
        if (!exact) return min(ex) <= max(ey) && min(ey) <= max(ex);
        BitSet inX = new BitSet();
        for (long e : ex) inX.set((int) e);
        for (long e : ey) if (inX.get((int) e)) return true;
        return false;
    }

    /** The positions in the shared data of an array's elements. */
    private static long[] elements(NpArray x) {
        int[] shape = x.shape();
        long[] strides = Views.strides(x.data);
        long[] out = new long[x.size()];
        int[] idx = new int[shape.length];
        long start = Views.storageOffset(x.data);
        for (int n = 0; n < out.length; n++) {
            long at = start;
            for (int d = 0; d < shape.length; d++) at += idx[d] * strides[d];
            out[n] = at;
            for (int d = shape.length - 1; d >= 0 && ++idx[d] == shape[d]; d--) idx[d] = 0;
        }
        return out;
    }

    private static long min(long[] v) {
        return java.util.Arrays.stream(v).min().orElse(0);
    }

    private static long max(long[] v) {
        return java.util.Arrays.stream(v).max().orElse(0);
    }
}
