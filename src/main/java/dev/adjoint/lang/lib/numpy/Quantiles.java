package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * np.median, np.percentile and np.quantile with NumPy 1.24's default method ('linear'): the
 * sorted values at the virtual index (n - 1) * q, interpolated as NumPy's _lerp does (from the
 * upper neighbour when the fraction is 0.5 or more), so the last digit is NumPy's.
 */
final class Quantiles {
    private Quantiles() {}

    static void add(PyModule m) {
        m.add(Builtin.of("median", a -> {
            a.expect(1, 2, "axis", "keepdims");
            NpArray x = ArrayFunctions.self(a);
            return reduce(a, x, a.option(1, "axis", null), (v, from, n) -> median(v, from, n));
        }));
        m.add(Builtin.of("quantile", a -> quantile(a, 1)));
        m.add(Builtin.of("percentile", a -> quantile(a, 100)));
    }

    /** np.quantile(a, q) (scale 1) and np.percentile(a, q) (scale 100): q a number or an array of them. */
    private static Object quantile(Args a, double scale) {
        a.expect(2, 3, "axis", "keepdims", "q");
        NpArray x = ArrayFunctions.self(a);
        NpArray q = Operand.required(a.option(1, "q", null), a.function());
        double[] qs = q.values().toArray();
        for (int i = 0; i < qs.length; i++) {
            qs[i] = qs[i] / scale;
            if (!(qs[i] >= 0 && qs[i] <= 1))
                throw PyError.value(scale == 100 ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]");
        }
        Object axis = a.option(2, "axis", null);
        if (q.ndim() == 0) {
            double p = qs[0];
            return reduce(a, x, axis, (v, from, n) -> at(v, from, n, p));
        }
        // one result per q, stacked in front of the reduced shape
        NDArray[] parts = new NDArray[qs.length];
        NpType type = x.type;
        for (int i = 0; i < qs.length; i++) {
            double p = qs[i];
            Object r = reduce(a, x, axis, (v, from, n) -> at(v, from, n, p));
            NpArray part = r instanceof NpArray arr ? arr : Operand.required(r, a.function());
            parts[i] = part.values();
            type = part.type == NpType.FLOAT32 ? NpType.FLOAT64 : part.type; // an array of q interpolates in float64, as NumPy
        }
        NDArray stacked = NDArray.stack(parts, 0);
        return NpArray.of(stacked.reshape(concat(q.shape(), parts[0].shape())), type);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** f over every block of the axes reduced (all when axis is None): a scalar, or an array of the kept axes. */
    private static Object reduce(Args a, NpArray x, Object axis, ArrayFunctions.Block f) {
        int[] ax = ArrayFunctions.axes(axis, x.ndim(), a);
        boolean keep = a.flag("keepdims", false);
        int[] all = ax;
        if (all == null) {
            all = new int[x.ndim()];
            for (int i = 0; i < all.length; i++) all[i] = i;
        }
        NpType type = x.type == NpType.FLOAT32 ? NpType.FLOAT32 : NpType.FLOAT64;
        NDArray r = ArrayFunctions.blocks(x, all, keep, (v, from, n) -> {
            if (n == 0) return Double.NaN; // NumPy: nan, with a RuntimeWarning
            double[] sorted = Arrays.copyOfRange(v, from, from + n);
            Arrays.sort(sorted); // NaN sorts last, as NumPy's
            if (Double.isNaN(sorted[n - 1])) return Double.NaN;
            return f.apply(sorted, 0, n);
        });
        if (ax == null && !keep) return NpArray.scalar(r.item(), type);
        return NpArray.of(r, type);
    }

    /** The median of sorted values: the middle one, or the mean of the middle two. */
    private static double median(double[] sorted, int from, int n) {
        int h = n / 2;
        return n % 2 == 1 ? sorted[from + h] : (sorted[from + h - 1] + sorted[from + h]) / 2;
    }

    /** NumPy's 'linear' quantile of sorted values. */
    private static double at(double[] sorted, int from, int n, double q) {
        double virtual = (n - 1) * q;
        int below = (int) Math.floor(virtual);
        if (virtual >= n - 1) return sorted[from + n - 1];
        double lo = sorted[from + below], hi = sorted[from + below + 1];
        double gamma = virtual - below, diff = hi - lo;
        return gamma >= 0.5 ? hi - diff * (1 - gamma) : lo + diff * gamma;
    }
}
