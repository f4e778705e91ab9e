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
            NpType type = x.type == NpType.FLOAT32 ? NpType.FLOAT32 : NpType.FLOAT64; // NumPy's mean of the middle two
            return reduce(a, x, a.option(1, "axis", null), type, (v, from, n) -> median(v, from, n));
        }));
        m.add(Builtin.of("quantile", a -> quantile(a, 1)));
        m.add(Builtin.of("percentile", a -> quantile(a, 100)));
    }

    /**
     * np.quantile(a, q) (scale 1) and np.percentile(a, q) (scale 100): q a number or an array of
     * them. NumPy's type: the array's own for an integer q of quantile (it takes items, no
     * interpolation), else float64, even for float32 values (the fraction is float64 and NumPy's
     * _lerp multiplies by it), the difference of neighbours rounded to the array's type first.
     */
    private static Object quantile(Args a, double scale) {
        a.expect(2, 3, "axis", "keepdims", "q");
        NpArray x = ArrayFunctions.self(a);
        NpArray q = Operand.required(a.option(1, "q", null), a.function());
        double[] qs = q.values().toArray();
        // float32 q stays float32 through percentile's q / 100 only as an array (a float32 scalar over an int is float64)
        boolean singleQ = q.type == NpType.FLOAT32 && (scale == 1 || q.ndim() > 0);
        for (int i = 0; i < qs.length; i++) {
            qs[i] = singleQ ? (float) (qs[i] / scale) : qs[i] / scale;
            if (!(qs[i] >= 0 && qs[i] <= 1))
                throw PyError.value(scale == 100 ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]");
        }
        boolean takes = scale == 1 && (q.type.isInteger() || q.type == NpType.BOOL);
        NpType type = takes ? x.type : NpType.FLOAT64;
        boolean single = x.type == NpType.FLOAT32;
        Object axis = a.option(2, "axis", null);
        if (q.ndim() == 0) {
            double p = qs[0];
            return reduce(a, x, axis, type, (v, from, n) -> at(v, from, n, p, singleQ, single));
        }
        // one result per q, stacked in front of the reduced shape
        NDArray[] parts = new NDArray[qs.length];
        for (int i = 0; i < qs.length; i++) {
            double p = qs[i];
            Object r = reduce(a, x, axis, type, (v, from, n) -> at(v, from, n, p, singleQ, single));
            NpArray part = r instanceof NpArray arr ? arr : Operand.required(r, a.function());
            parts[i] = part.values();
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
    private static Object reduce(Args a, NpArray x, Object axis, NpType type, ArrayFunctions.Block f) {
        int[] ax = ArrayFunctions.axes(axis, x.ndim(), a);
        boolean keep = a.flag("keepdims", false);
        int[] all = ax;
        if (all == null) {
            all = new int[x.ndim()];
            for (int i = 0; i < all.length; i++) all[i] = i;
        }
        NDArray r = ArrayFunctions.blocks(x, all, keep, (v, from, n) -> {
            if (n == 0) return Double.NaN; // NumPy: nan, with a RuntimeWarning
            double[] sorted = Arrays.copyOfRange(v, from, from + n);
            Arrays.sort(sorted); // NaN sorts last, as NumPy's
            if (Double.isNaN(sorted[n - 1])) return Double.NaN;
            return f.apply(sorted, 0, n);
        });
        if (r.ndim() == 0 && !keep) return NpArray.scalar(r.item(), type); // every axis reduced: a NumPy scalar
        return NpArray.of(r, type);
    }

    /** The median of sorted values: the middle one, or the mean of the middle two. */
    private static double median(double[] sorted, int from, int n) {
        int h = n / 2;
        return n % 2 == 1 ? sorted[from + h] : (sorted[from + h - 1] + sorted[from + h]) / 2;
    }

    /**
     * NumPy's 'linear' quantile of sorted values. singleQ: q is float32, and so NumPy's virtual
     * index; single: float32 values, whose difference NumPy rounds to float32.
     */
    private static double at(double[] sorted, int from, int n, double q, boolean singleQ, boolean single) {
        double virtual = singleQ ? (float) ((n - 1) * q) : (n - 1) * q;
        int below = (int) Math.floor(virtual);
        if (virtual >= n - 1) return sorted[from + n - 1];
        double lo = sorted[from + below], hi = sorted[from + below + 1];
        double gamma = virtual - below, diff = single ? (float) (hi - lo) : hi - lo;
        return gamma >= 0.5 ? hi - diff * (1 - gamma) : lo + diff * gamma;
    }
}
