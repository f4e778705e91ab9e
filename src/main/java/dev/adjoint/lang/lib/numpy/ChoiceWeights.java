package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.PyError;
import dev.adjoint.lang.Values;

/**
 * choice(..., p=) as NumPy's generators (the legacy RandomState and Generator) read p: checked as
 * NumPy checks it (1-d, one per item, its Kahan sum within sqrt(eps) of 1, none negative or NaN),
 * then a uniform draw is placed in p's running sum, normalised by its last entry, by a search
 * from the right.
 */
final class ChoiceWeights {
    private ChoiceWeights() {}

    /** p as doubles, checked; a float32 array of p may miss 1 by sqrt of float32's eps, as NumPy allows. */
    static double[] checked(Object p, long popSize) {
        NpArray probs = Operand.required(p, "choice");
        double atol = Math.sqrt(Math.ulp(1.0));
        if (Values.plain(p) instanceof NpArray given && given.type == NpType.FLOAT32) atol = Math.max(atol, Math.sqrt(Math.ulp(1.0f)));
        if (probs.ndim() != 1) throw PyError.value("'p' must be 1-dimensional");
        if (probs.size() != popSize) throw PyError.value("'a' and 'p' must have same size");
        double[] v = probs.values().toArray();
        double sum = LegacyDistributions.kahanSum(v, v.length);
        if (Double.isNaN(sum)) throw PyError.value("probabilities contain NaN");
        for (double x : v) if (x < 0) throw PyError.value("probabilities are not non-negative");
        if (Math.abs(sum - 1) > atol) throw PyError.value("probabilities do not sum to 1");
        return v;
    }

    /** np.cumsum(p) / its last entry. */
    static double[] cdf(double[] p) {
        double[] cdf = new double[p.length];
        double acc = 0;
        for (int i = 0; i < p.length; i++) cdf[i] = acc += p[i];
        double last = cdf[p.length - 1];
        for (int i = 0; i < cdf.length; i++) cdf[i] /= last;
        return cdf;
    }

    /**
     * choice(size=count, replace=False, p=p) as both of NumPy's generators draw it: rounds of
     * uniforms, one per place still to fill, each placed in p with the places already taken
     * zeroed; a round keeps its new distinct places in the order drawn (np.unique's first
     * occurrences, sorted by position).
     */
    static int[] withoutReplacement(double[] p, int count, java.util.function.DoubleSupplier uniform) {
        int nonZero = 0;
        for (double q : p) if (q > 0) nonZero++;
        if (nonZero < count) throw PyError.value("Fewer non-zero entries in p than size");
        double[] left = p.clone();
        int[] picked = new int[count];
        int found = 0;
        while (found < count) {
            double[] x = new double[count - found];
            for (int i = 0; i < x.length; i++) x[i] = uniform.getAsDouble();
            for (int i = 0; i < found; i++) left[picked[i]] = 0;
            double[] cdf = cdf(left);
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (double u : x) {
                int k = searchRight(cdf, u);
                if (seen.add(k)) picked[found + seen.size() - 1] = k;
            }
            found += seen.size();
        }
        return picked;
    }

    /** searchsorted(cdf, u, side='right'): the first index whose value exceeds u. */
    static int searchRight(double[] cdf, double u) {
        int lo = 0, hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
