package dev.adjoint.random;

/**
 * {@code torch.multinomial(probs, n, replacement)}: PyTorch 1.13's two CPU algorithms, so that
 * makemore's sampling loop draws PyTorch's names. Without replacement it is the Gumbel trick: one exponential draw per entry of the whole tensor, then per row the index of
 * the largest {@code p / q} (the n largest, in descending order, for n samples). With
 * replacement it is one float64 uniform per sample, looked up by binary search in the row's
 * normalised cumulative sums (the last set to 1). A float32 request computes in float, as the
 * kernels do. The caller has checked the shape, n and the dtype.
 */
public final class TorchMultinomial {
    private TorchMultinomial() {}

    /** Thrown with PyTorch's text when the probabilities are not a distribution. */
    public static final class InvalidDistribution extends RuntimeException {
        InvalidDistribution(String message) {
            super(message, null, false, false);
        }
    }

    /** Samples n indices for each of the {@code rows} rows of {@code p} (row-major, {@code categories} a row). */
    public static long[] sample(TorchRandom random, double[] p, int rows, int categories, int n, boolean replacement, boolean dbl) {
        return !replacement ? largestOverExponential(random, p, rows, categories, n, dbl) : byCumulativeSums(random, p, rows, categories, n, dbl);
    }

    private static long[] largestOverExponential(TorchRandom random, double[] p, int rows, int categories, int n, boolean dbl) {
        for (double v : p)
            if (!(v < Double.POSITIVE_INFINITY) || !(v >= 0)) throw new InvalidDistribution("probability tensor contains either `inf`, `nan` or element < 0");
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < categories; c++) sum += p[r * categories + c];
            if (sum == 0) throw new InvalidDistribution("invalid multinomial distribution (sum of probabilities <= 0)");
        }
        double[] q = random.exponential(p.length, 1, dbl);
        for (int i = 0; i < q.length; i++) q[i] = dbl ? p[i] / q[i] : (float) p[i] / (float) q[i];
        long[] out = new long[rows * n];
        for (int r = 0; r < rows; r++) {
            int row = r * categories;
            Integer[] order = new Integer[categories];
            for (int c = 0; c < categories; c++) order[c] = c;
            java.util.Arrays.sort(order, (i, j) -> Double.compare(q[row + j], q[row + i])); // stable: the first of equals first, as argmax
            for (int k = 0; k < n; k++) out[r * n + k] = order[k];
        }
        return out;
    }

    private static long[] byCumulativeSums(TorchRandom random, double[] p, int rows, int categories, int n, boolean dbl) {
        long[] out = new long[rows * n];
        double[] cumulative = new double[categories];
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < categories; c++) {
                double v = p[r * categories + c];
                if (!(v >= 0)) throw new InvalidDistribution("invalid multinomial distribution (encountering probability entry < 0)");
                if (!Double.isFinite(v)) throw new InvalidDistribution("invalid multinomial distribution (encountering probability entry = infinity or NaN)");
                sum = dbl ? sum + v : (float) sum + (float) v;
                cumulative[c] = sum;
            }
            if (!(sum > 0)) throw new InvalidDistribution("invalid multinomial distribution (sum of probabilities <= 0)");
            for (int c = 0; c < categories; c++) cumulative[c] = dbl ? cumulative[c] / sum : (float) cumulative[c] / (float) sum;
            cumulative[categories - 1] = 1;
            for (int k = 0; k < n; k++) {
                double u = random.uniformDouble();
                int left = 0, right = categories;
                while (right - left > 0) {
                    int mid = left + (right - left) / 2;
                    if (cumulative[mid] < u) left = mid + 1;
                    else right = mid;
                }
                out[r * n + k] = left;
            }
        }
        return out;
    }
}
