package dev.adjoint.ndarray;

/**
 * A sum added up in the order NumPy 1.24 adds it: its reduction loop's pairwise_sum (8
 * interleaved accumulators up to 128 items, halves beyond) within each chunk of its iterator's
 * buffer, runs of the trailing reduced axes added onto a running total in order; a float32 array
 * accumulates in float32, every partial sum rounded. np.sum's home, and needle's summation on
 * its NumPy backend (a float32 LayerNorm1d's mean and variance, hw2's tests).
 */
public final class NumpySum {
    private NumpySum() {}

    /**
     * NumPy's reductions see at most this many items at a time (its iterator's buffer): a longer sum
     * is the running total of each chunk's pairwise sum (checked against NumPy 1.24 on MNIST's
     * 7,840,000 float32 pixels: 1038915.0, where one pairwise sum over all gives 1038914.5).
     */
    private static final int BUFFER = 8192;

    /** x summed over {@code axes} (each block of the reduced axes moved last, in the kept axes' order). */
    public static NDArray over(NDArray x, int[] axes, boolean keepdims, boolean f32) {
        Blocks b = reducedAxesLast(x, axes);
        int[] out = Shapes.reduced(x.shape(), axes, keepdims);
        int run = pairwiseRun(x.shape(), axes);
        double[] r = new double[Shapes.size(out)];
        for (int i = 0; i < r.length; i++) r[i] = sum(b.values, i * b.size, b.size, run, f32);
        return NDArray.of(r, out);
    }

    /** x's values with the reduced axes moved last, so each output's items are one block of {@code size}. */
    public record Blocks(double[] values, int size) {}

    public static Blocks reducedAxesLast(NDArray x, int[] axes) {
        int nd = x.ndim();
        boolean[] reduced = new boolean[nd];
        for (int k : axes) reduced[k] = true;
        int[] perm = new int[nd];
        int p = 0, block = 1;
        for (int i = 0; i < nd; i++) if (!reduced[i]) perm[p++] = i;
        for (int i = 0; i < nd; i++)
            if (reduced[i]) {
                perm[p++] = i;
                block *= x.shape()[i];
            }
        return new Blocks(x.permute(perm).compact().toArray(), block);
    }

    /**
     * How many items at a time NumPy's sum over {@code axes} adds pairwise, for a C-ordered array:
     * its iterator's inner loop runs over the last axis (axes of length 1 aside), so the trailing
     * reduced axes are summed pairwise as one run, and each further item or run is added to the
     * running total in order; a kept last axis makes the run 1 (rows added one after another, as
     * a loop {@code acc = acc + row} does).
     */
    public static int pairwiseRun(int[] shape, int[] axes) {
        boolean[] reduced = new boolean[shape.length];
        for (int k : axes) reduced[k] = true;
        int run = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 1) continue;
            if (!reduced[d]) break;
            run *= shape[d];
        }
        return run;
    }

    /** The sum of n items in runs of {@code run}: each run's pairwise sum added to the running total in order, as NumPy's reduction loop does. */
    public static double sum(double[] v, int from, int n, int run, boolean f32) {
        if (run >= n || run == 0) return sum(v, from, n, f32);
        double s = 0;
        for (int at = 0; at < n; at += run) s = round(s + sum(v, from + at, run, f32), f32);
        return s;
    }

    /** NumPy's sum of n items: pairwise within each chunk of its buffer (float32 rounded at every step when f32). */
    public static double sum(double[] v, int from, int n, boolean f32) {
        if (n <= BUFFER) return pairwise(v, from, n, f32);
        double s = 0;
        for (int at = 0; at < n; at += BUFFER) s = round(s + pairwise(v, from + at, Math.min(BUFFER, n - at), f32), f32);
        return s;
    }

    /** NumPy's pairwise_sum: under 8 items one by one, up to 128 in 8 interleaved accumulators, else the two halves. */
    private static double pairwise(double[] v, int from, int n, boolean f32) {
        if (n < 8) {
            double s = 0;
            for (int i = from; i < from + n; i++) s = round(s + v[i], f32);
            return s;
        }
        if (n <= 128) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) r[j] = v[from + j];
            int i;
            for (i = 8; i < n - (n % 8); i += 8)
                for (int j = 0; j < 8; j++) r[j] = round(r[j] + v[from + i + j], f32);
            double s = round(round(round(r[0] + r[1], f32) + round(r[2] + r[3], f32), f32)
                    + round(round(r[4] + r[5], f32) + round(r[6] + r[7], f32), f32), f32);
            for (; i < n; i++) s = round(s + v[from + i], f32);
            return s;
        }
        int half = n / 2;
        half -= half % 8;
        return round(pairwise(v, from, half, f32) + pairwise(v, from + half, n - half, f32), f32);
    }

    public static double round(double v, boolean f32) {
        return f32 ? (float) v : v;
    }
}
