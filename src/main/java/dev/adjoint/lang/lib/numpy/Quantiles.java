package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;
import java.util.Locale;

/**
 * np.median, np.percentile and np.quantile with NumPy 1.24's methods (default 'linear': the
 * sorted values at the virtual index (n - 1) * q), interpolated as NumPy's _lerp does (from the
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
     * them, method= one of {@link Method}. NumPy's type: the array's own where the method takes
     * items (lower, higher, nearest; linear with an integer q of quantile), else float64, even for
     * float32 values (the fraction is float64 and NumPy's _lerp multiplies by it), the difference of
     * neighbours rounded to the array's type first.
     */
    private static Object quantile(Args a, double scale) {
        a.expect(2, 7, "axis", "out", "overwrite_input", "method", "keepdims", "interpolation", "q");
        NpArray x = ArrayFunctions.self(a);
        NpArray q = Operand.required(a.option(1, "q", null), a.function());
        Method method = method(a);
        double[] qs = q.values().toArray();
        // float32 q stays float32 through percentile's q / 100 only as an array (a float32 scalar over an int is float64)
        boolean singleQ = q.type == NpType.FLOAT32 && (scale == 1 || q.ndim() > 0);
        for (int i = 0; i < qs.length; i++) {
            qs[i] = singleQ ? (float) (qs[i] / scale) : qs[i] / scale;
            if (!(qs[i] >= 0 && qs[i] <= 1))
                throw PyError.value(scale == 100 ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]");
        }
        boolean takes = method.takes || method == Method.LINEAR && scale == 1 && (q.type.isInteger() || q.type == NpType.BOOL);
        NpType type = takes ? x.type : NpType.FLOAT64;
        boolean single = x.type == NpType.FLOAT32;
        Object axis = a.option(2, "axis", null);
        if (q.ndim() == 0) {
            double p = qs[0];
            return reduce(a, x, axis, type, (v, from, n) -> method.at(v, from, n, p, singleQ, single));
        }
        // one result per q, stacked in front of the reduced shape
        NDArray[] parts = new NDArray[qs.length];
        for (int i = 0; i < qs.length; i++) {
            double p = qs[i];
            Object r = reduce(a, x, axis, type, (v, from, n) -> method.at(v, from, n, p, singleQ, single));
            NpArray part = r instanceof NpArray arr ? arr : Operand.required(r, a.function());
            parts[i] = part.values();
        }
        NDArray stacked = NDArray.stack(parts, 0);
        return NpArray.of(stacked.reshape(concat(q.shape(), parts[0].shape())), type);
    }

    /** method= (or the deprecated interpolation=, with NumPy's DeprecationWarning). */
    private static Method method(Args a) {
        Object method = a.option(5, "method", null), interpolation = a.keyword("interpolation");
        if (interpolation != null) {
            a.interpreter().warnAtCall("DeprecationWarning", "the `interpolation=` argument to " + a.function() + " was renamed to `method=`, which has "
                    + "additional options.\nUsers of the modes 'nearest', 'lower', 'higher', or 'midpoint' are encouraged to review the method they used. "
                    + "(Deprecated NumPy 1.22)", a.span());
            if (method != null && !"linear".equals(Values.plain(method)))
                throw PyError.type("You shall not pass both `method` and `interpolation`!\n(`interpolation` is Deprecated in favor of `method`)");
            method = interpolation;
        }
        Object name = Values.plain(method == null ? "linear" : method);
        for (Method m : Method.values()) if (m.name().toLowerCase(Locale.ROOT).equals(name)) return m;
        if (Arrays.asList("inverted_cdf", "averaged_inverted_cdf", "closest_observation").contains(name))
            throw new PyError("NotImplementedError", "adjoint's np." + a.function() + " has no method '" + name + "' (it has linear, lower, higher, "
                    + "nearest, midpoint, hazen, weibull, median_unbiased, normal_unbiased and interpolated_inverted_cdf)");
        throw PyError.value(Repr.repr(name) + " is not a valid method. Use one of: dict_keys(['inverted_cdf', 'averaged_inverted_cdf', "
                + "'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear', 'median_unbiased', 'normal_unbiased', "
                + "'lower', 'higher', 'midpoint', 'nearest'])");
    }

    /**
     * NumPy 1.24's quantile methods: where q falls among n sorted values (the virtual index), and
     * whether the method takes the item there or interpolates between its neighbours. The
     * Hyndman and Fan ones place it at n q + alpha + q (1 - alpha - beta) - 1.
     */
    enum Method {
        LINEAR(false), LOWER(true), HIGHER(true), NEAREST(true), MIDPOINT(false),
        HAZEN(0.5, 0.5), WEIBULL(0, 0), MEDIAN_UNBIASED(1 / 3.0, 1 / 3.0), NORMAL_UNBIASED(3 / 8.0, 3 / 8.0), INTERPOLATED_INVERTED_CDF(0, 1);

        final boolean takes;
        private final double alpha, beta;

        Method(boolean takes) {
            this.takes = takes;
            this.alpha = Double.NaN;
            this.beta = Double.NaN;
        }

        Method(double alpha, double beta) {
            this.takes = false;
            this.alpha = alpha;
            this.beta = beta;
        }

        /**
         * The q-th quantile of sorted values. singleQ: q is float32, and so NumPy's virtual index;
         * single: float32 values, whose difference NumPy rounds to float32.
         */
        double at(double[] sorted, int from, int n, double q, boolean singleQ, boolean single) {
            double scaled = round((n - 1) * q, singleQ);
            double virtual = switch (this) {
                case LINEAR -> scaled;
                case LOWER -> Math.floor(scaled);
                case HIGHER -> Math.ceil(scaled);
                case NEAREST -> Math.rint(scaled); // np.around: halves to even
                case MIDPOINT -> round(0.5 * (Math.floor(scaled) + Math.ceil(scaled)), singleQ);
                default -> round(round(round(n * q, singleQ) + round(alpha + round(q * (1 - alpha - beta), singleQ), singleQ), singleQ) - 1, singleQ);
            };
            if (takes) return sorted[from + (int) virtual];
            if (virtual >= n - 1) return sorted[from + n - 1];
            if (virtual < 0) return sorted[from];
            int below = (int) Math.floor(virtual);
            double lo = sorted[from + below], hi = sorted[from + below + 1];
            double gamma = this == MIDPOINT ? (virtual % 1 == 0 ? 0 : 0.5) : virtual - below, diff = single ? (float) (hi - lo) : hi - lo;
            return gamma >= 0.5 ? hi - diff * (1 - gamma) : lo + diff * gamma;
        }

        private static double round(double v, boolean single) {
            return single ? (float) v : v;
        }
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
}
