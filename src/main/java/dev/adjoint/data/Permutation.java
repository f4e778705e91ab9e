package dev.adjoint.data;

import dev.adjoint.random.NumpyRandom;

/**
 * {@code np.random.permutation(n)} of NumPy's legacy RandomState, bit for bit: the identity
 * shuffled by Fisher–Yates from the end, each swap index drawn by {@code random_interval}
 * (mask the next 32 random bits to the smallest all-ones mask covering i, reject values above i).
 */
public final class Permutation {
    private Permutation() {}

    public static int[] of(NumpyRandom rng, int n) {
        if (n < 0) throw new IllegalArgumentException("permutation needs a non-negative length, got " + n);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i >= 1; i--) {
            int j = interval(rng, i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** A uniform integer in [0, max] (max below 2^31): NumPy's random_interval. */
    public static int interval(NumpyRandom rng, int max) {
        int mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        int v;
        do v = rng.nextInt() & mask; while (v > max);
        return v;
    }
}
