package dev.adjoint.testing;

import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of shapes and arrays for property-style tests in plain JUnit: a failing case
 * is reproduced by its seed, which every assertion message should carry.
 */
public final class Gen {
    private final SplittableRandom rnd;
    private final long seed;

    public Gen(long seed) {
        this.seed = seed;
        this.rnd = new SplittableRandom(seed);
    }

    public long seed() {
        return seed;
    }

    public int intIn(int lo, int hi) {
        return rnd.nextInt(lo, hi + 1);
    }

    public double uniform(double lo, double hi) {
        return rnd.nextDouble(lo, hi);
    }

    public boolean coin() {
        return rnd.nextBoolean();
    }

    /** A shape of rank minRank..maxRank with every dimension in 1..maxDim. */
    public int[] shape(int minRank, int maxRank, int maxDim) {
        int[] s = new int[intIn(minRank, maxRank)];
        for (int i = 0; i < s.length; i++) s[i] = intIn(1, maxDim);
        return s;
    }

    /**
     * A shape that broadcasts against {@code s} to exactly {@code s}: some leading axes dropped and
     * some of the others set to 1 (so both the "added axis" and the "stretched axis" cases occur).
     */
    public int[] broadcastPartner(int[] s) {
        int drop = intIn(0, s.length);
        int[] p = new int[s.length - drop];
        for (int i = 0; i < p.length; i++) p[i] = rnd.nextInt(3) == 0 ? 1 : s[i + drop];
        return p;
    }

    /** A pair of shapes that broadcast together, each stretching the other somewhere when possible. */
    public int[][] broadcastPair(int maxRank, int maxDim) {
        int[] out = shape(0, maxRank, maxDim);
        int[] a = broadcastPartner(out), b = broadcastPartner(out);
        return new int[][] {a, b};
    }

    /** Uniform values in [lo, hi). */
    public NDArray arrayIn(double lo, double hi, int... shape) {
        int n = 1;
        for (int d : shape) n *= d;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = uniform(lo, hi);
        return NDArray.of(v, shape);
    }

    /** Standard-ish values in [-1, 1). */
    public NDArray array(int... shape) {
        return arrayIn(-1, 1, shape);
    }

    /** Values whose absolute value lies in [lo, hi), with random signs: keeps kinks (relu, abs) at a distance. */
    public NDArray awayFromZero(double lo, double hi, int... shape) {
        NDArray a = arrayIn(lo, hi, shape);
        return a.map(v -> coin() ? v : -v);
    }

    /** Pairwise distinct values (spaced by at least {@code gap}) in random order: max has a unique argmax. */
    public NDArray distinct(double gap, int... shape) {
        int n = 1;
        for (int d : shape) n *= d;
        List<Double> vals = new ArrayList<>();
        for (int i = 0; i < n; i++) vals.add((i - n / 2.0) * gap + uniform(0, gap / 4));
        double[] v = new double[n];
        for (int i = n - 1; i >= 0; i--) v[i] = vals.remove(rnd.nextInt(i + 1));
        return NDArray.of(v, shape);
    }

    /** Random distinct axes of a rank-n array (possibly none), each written negative half of the time. */
    public int[] axes(int ndim) {
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < ndim; i++) if (coin()) picked.add(i);
        int[] a = new int[picked.size()];
        for (int i = 0; i < a.length; i++) a[i] = coin() ? picked.get(i) - ndim : picked.get(i);
        return a;
    }

    /** A random permutation of 0..n-1. */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
