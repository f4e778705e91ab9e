package dev.adjoint.ndarray;

/**
 * Variance and mean added up as PyTorch 1.13 adds them on one CPU thread, so that var, std,
 * var_mean and std_mean print PyTorch's last digits (makemore's "std" lines, BatchNorm's batch
 * statistics). Two algorithms, chosen as PyTorch chooses (ReduceOps.cpp):
 *
 * <ul>
 *   <li>a var or std of a single value out ({@code std_var_all_cpu}): the mean as torch.mean
 *       computes it (the cascade sum over the count), then Σ(x − mean)² added one element at a
 *       time in TensorIterator's order;</li>
 *   <li>any other var or std, and var_mean and std_mean always ({@code WelfordOps}): Welford's
 *       update per output over its elements in that order, {@code m2 + δ·δ'} contracted into one
 *       multiply-add, as GCC compiles the AVX2 kernel.</li>
 * </ul>
 *
 * Both divide m2 by max(0, N − correction). Found by comparing candidates with torch 1.13's
 * results element by element (plain Welford matched three rows in four; the fused one all).
 */
public final class Moments {
    private Moments() {}

    /** torch.var over {@code axes} (null: all): {var}. */
    public static NDArray var(NDArray x, int[] axes, boolean keepdims, double correction) {
        int[] ax = Shapes.axes(axes, x.shape.length);
        int[] outShape = Shapes.reduced(x.shape, ax, keepdims);
        if (Shapes.size(outShape) == 1 && x.size() > 0) return NDArray.wrap(new double[] {twoPass(x, ax, correction)}, outShape);
        return welford(x, axes, keepdims, correction)[0];
    }

    /** torch.var_mean over {@code axes} (null: all): {var, mean}, both from Welford's update. */
    public static NDArray[] welford(NDArray x, int[] axes, boolean keepdims, double correction) {
        int[] ax = Shapes.axes(axes, x.shape.length);
        int[] outShape = Shapes.reduced(x.shape, ax, keepdims);
        int outputs = Shapes.size(outShape);
        double[] mean = new double[outputs], m2 = new double[outputs], count = new double[outputs];
        if (x.size() == 0) { // PyTorch fills an empty reduction with NaN
            java.util.Arrays.fill(mean, Double.NaN);
            java.util.Arrays.fill(m2, Double.NaN);
            return new NDArray[] {NDArray.wrap(m2, outShape), NDArray.wrap(mean, outShape)};
        }
        x = withoutNegativeStrides(x);
        double[] data = x.data;
        ReductionDims.Walk at = ReductionDims.of(x, ax).walk(x.offset);
        for (long k = x.size(); k > 0; k--, at.next()) {
            int op = at.out;
            double v = data[at.in], delta = v - mean[op];
            count[op] += 1;
            mean[op] += delta / count[op];
            m2[op] = Math.fma(delta, v - mean[op], m2[op]);
        }
        double divisor = Math.max(0, x.size() / outputs - correction);
        for (int i = 0; i < outputs; i++) m2[i] /= divisor;
        return new NDArray[] {NDArray.wrap(m2, outShape), NDArray.wrap(mean, outShape)};
    }

    private static double twoPass(NDArray x, int[] ax, double correction) {
        x = withoutNegativeStrides(x);
        long n = x.size();
        double mean = CascadeSum.all(x) / n, sum = 0;
        double[] data = x.data;
        ReductionDims.Walk at = ReductionDims.of(x, ax).walk(x.offset);
        for (long k = n; k > 0; k--, at.next()) {
            double dx = data[at.in] - mean;
            sum += dx * dx;
        }
        return sum / Math.max(0, n - correction);
    }

    /** PyTorch has no negative strides: a flipped view is read as its compact copy (as CascadeSum reads it). */
    private static NDArray withoutNegativeStrides(NDArray x) {
        for (int s : x.strides)
            if (s < 0) return x.compact();
        return x;
    }
}
