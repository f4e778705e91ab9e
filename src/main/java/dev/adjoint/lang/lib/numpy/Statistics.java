package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.MatmulOf;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * np.average, the NaN-ignoring reductions (nansum, nanmean, ...), np.histogram, np.cov and
 * np.corrcoef, written as NumPy 1.24 writes them in Python (nanfunctions.py, function_base.py,
 * histograms.py) on top of the reductions adjoint has, so the order of operations is NumPy's.
 */
final class Statistics {
    private Statistics() {}

    static void add(PyModule m) {
        m.add(Builtin.of("average", Statistics::average));
        // nansum/nanprod: NaN replaced by the identity, then the plain reduction (nanfunctions._replace_nan)
        m.add(Builtin.of("nansum", a -> reduction("sum", a, replaceNan(first(a), 0))));
        m.add(Builtin.of("nanprod", a -> reduction("prod", a, replaceNan(first(a), 1))));
        m.add(Builtin.of("nancumsum", a -> reduction("cumsum", a, replaceNan(first(a), 0))));
        m.add(Builtin.of("nancumprod", a -> reduction("cumprod", a, replaceNan(first(a), 1))));
        m.add(Builtin.of("nanmax", a -> nanExtreme(a, true)));
        m.add(Builtin.of("nanmin", a -> nanExtreme(a, false)));
        m.add(Builtin.of("nanargmax", a -> nanArgExtreme(a, true)));
        m.add(Builtin.of("nanargmin", a -> nanArgExtreme(a, false)));
        m.add(Builtin.of("nanmean", a -> nanMoment(a, "mean")));
        m.add(Builtin.of("nanvar", a -> nanMoment(a, "var")));
        m.add(Builtin.of("nanstd", a -> nanMoment(a, "std")));
        m.add(Builtin.of("histogram", Statistics::histogram));
        m.add(Builtin.of("cov", Statistics::cov));
        m.add(Builtin.of("corrcoef", Statistics::corrcoef));
    }

    private static NpArray first(Args a) {
        return ArrayFunctions.self(a);
    }

    /** The array's values with NaN replaced by v (integer arrays as they are). */
    static NpArray replaceNan(NpArray x, double v) {
        if (!x.type.isFloating()) return x;
        return NpArray.of(x.values().map(e -> Double.isNaN(e) ? v : e), x.type);
    }

    /** The method {@code name} of adjoint's arrays called with the same arguments, the first replaced by x. */
    static Object reduction(String name, Args a, NpArray x) {
        List<Object> args = new ArrayList<>(a.positional());
        if (args.isEmpty()) args.add(x);
        else args.set(0, x);
        return ArrayFunctions.METHODS.get(name).apply(new Args(a.function(), args, a.keywords(), a.span(), a.interpreter()));
    }

    private static Object nanExtreme(Args a, boolean max) {
        NpArray x = first(a);
        if (!x.type.isFloating()) return reduction(max ? "max" : "min", a, x);
        Object r = reduction(max ? "max" : "min", a, replaceNan(x, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY));
        NpArray allNan = Operand.required(reduction("all", a, NpArray.of(x.values().map(e -> Double.isNaN(e) ? 1 : 0), NpType.BOOL)), a.function());
        if (!allNan.values().equalTo(NDArray.full(0, allNan.shape()), false)) { // an all-NaN slice gives NaN (NumPy warns "All-NaN slice encountered")
            NpArray rr = Operand.required(r, a.function());
            NpArray out = NpArray.of(rr.values().zip(allNan.values(), (v, n) -> n != 0 ? Double.NaN : v), rr.type);
            return r instanceof NpArray ? out : NpArray.box(out);
        }
        return r;
    }

    private static Object nanArgExtreme(Args a, boolean max) {
        NpArray x = first(a);
        Object axis = a.option(1, "axis", null);
        NpArray isNan = NpArray.of(x.values().map(e -> Double.isNaN(e) ? 1 : 0), NpType.BOOL);
        NpArray allNan = Operand.required(reduction("all", new Args(a.function(), Arrays.asList(isNan, axis), new java.util.LinkedHashMap<>(), a.span(), a.interpreter()), isNan), "nanargmax");
        for (double v : allNan.values().toArray()) if (v != 0) throw PyError.value("All-NaN slice encountered");
        return reduction(max ? "argmax" : "argmin", a, replaceNan(x, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY));
    }

    /**
     * nanmean / nanvar / nanstd as nanfunctions.py computes them: the count of non-NaN items, the
     * sum with NaN as 0, their quotient; for the variance the deviations (0 where NaN) squared and
     * summed over count - ddof.
     */
    private static Object nanMoment(Args a, String kind) {
        a.expect(1, 3, "axis", "dtype", "keepdims", "ddof");
        NpArray x = first(a);
        if (!x.type.isFloating()) return reduction(kind, a, x);
        Object axis = a.option(1, "axis", null);
        boolean keep = a.flag("keepdims", false);
        int ddof = a.integer(-1, "ddof", 0);
        NpArray zeroed = replaceNan(x, 0), present = NpArray.of(x.values().map(e -> Double.isNaN(e) ? 0 : 1), NpType.INT64);
        if (kind.equals("mean")) {
            NpArray count = sum(a, present, axis, keep);
            if (count.values().anyMatch(c -> c <= 0)) a.interpreter().warnAtCall("RuntimeWarning", "Mean of empty slice", a.span());
            return NpArray.box(divideByCount(sum(a, zeroed, axis, keep), count, x.type));
        }
        NpArray mean = divideByCount(sum(a, zeroed, axis, true), sum(a, present, axis, true), x.type);
        NpArray dev = NpArray.of(Elementwise.binary(TokenType.MINUS, zeroed, mean).values().zip(present.values().broadcastTo(x.shape()), (d, p) -> p == 0 ? 0 : d), x.type);
        NpArray sq = Elementwise.binary(TokenType.STAR, dev, dev);
        NpArray dof = Elementwise.binary(TokenType.MINUS, sum(a, present, axis, keep), NpArray.scalar(ddof, NpType.INT64));
        NpArray var = divideByCount(sum(a, sq, axis, keep), dof, x.type);
        if (dof.values().anyMatch(d -> d <= 0)) { // NumPy: NaN where there are no degrees of freedom left
            a.interpreter().warnAtCall("RuntimeWarning", "Degrees of freedom <= 0 for slice.", a.span());
            var = NpArray.of(var.values().zip(dof.values(), (v, d) -> d <= 0 ? Double.NaN : v), x.type);
        }
        if (kind.equals("std")) var = Elementwise.floating(var, "sqrt", Math::sqrt);
        return NpArray.box(var);
    }

    /** nanfunctions' _divide_by_count: the quotient (a float64 loop for float32 over a count) written back in the sum's type. */
    private static NpArray divideByCount(NpArray sum, NpArray count, NpType type) {
        return NpArray.of(Elementwise.binary(TokenType.SLASH, sum, count).values(), type);
    }

    private static NpArray sum(Args a, NpArray x, Object axis, boolean keep) {
        java.util.Map<String, Object> kw = new java.util.LinkedHashMap<>();
        kw.put("keepdims", keep);
        Object r = ArrayFunctions.METHODS.get("sum").apply(new Args("sum", Arrays.asList(x, axis), kw, a.span(), a.interpreter()));
        return Operand.required(r, a.function());
    }

    /**
     * np.average(a, axis, weights, returned): the mean without weights; with them
     * {@code (a * w).sum(axis) / w.sum(axis)}, 1-d weights laid along axis.
     */
    private static Object average(Args a) {
        a.expect(1, 4, "axis", "weights", "returned", "keepdims");
        NpArray x = first(a);
        Object axis = a.option(1, "axis", null), weights = a.option(2, "weights", null);
        boolean returned = a.flag("returned", false), keep = a.flag("keepdims", false);
        if (weights == null) {
            NpArray mean = Operand.required(reduction("mean", new Args("mean", Arrays.asList(x, axis), keywords(keep), a.span(), a.interpreter()), x), "average");
            if (!returned) return NpArray.box(mean);
            int n = x.size() / Math.max(1, mean.size());
            return Values.tuple(NpArray.box(mean), NpArray.box(NpArray.scalar(n, NpType.FLOAT64)));
        }
        NpArray w = Operand.required(weights, "average");
        NpType resultType = NpType.promote(NpType.promote(x.type, w.type), NpType.FLOAT64);
        if (x.type == NpType.FLOAT32 && w.type == NpType.FLOAT32) resultType = NpType.FLOAT32;
        if (!Arrays.equals(x.shape(), w.shape())) {
            if (axis == null) throw PyError.type("Axis must be specified when shapes of a and weights differ.");
            if (w.ndim() != 1) throw PyError.type("1D weights expected when shapes of a and weights differ.");
            int k = ArrayFunctions.axis(axis, x.ndim(), a);
            if (w.size() != x.shape()[k]) throw PyError.value("Length of weights not compatible with specified axis.");
            int[] s = new int[x.ndim()];
            Arrays.fill(s, 1);
            s[k] = w.size();
            w = NpArray.of(w.values().reshape(s).broadcastTo(x.shape()), w.type);
        }
        NpArray scale = sum(a, NpArray.of(w.values(), resultType), axis, keep);
        for (double v : scale.values().toArray())
            if (v == 0) throw new PyError("ZeroDivisionError", "Weights sum to zero, can't be normalized");
        NpArray r = Elementwise.binary(TokenType.SLASH, sum(a, Elementwise.binary(TokenType.STAR, x, w), axis, keep), scale);
        if (returned) return Values.tuple(NpArray.box(r), NpArray.box(NpArray.of(scale.values().broadcastTo(r.shape()), scale.type)));
        return NpArray.box(r);
    }

    private static java.util.Map<String, Object> keywords(boolean keep) {
        java.util.Map<String, Object> kw = new java.util.LinkedHashMap<>();
        kw.put("keepdims", keep);
        return kw;
    }

    /**
     * np.histogram(a, bins=10, range=None, weights=None, density=None): (counts, edges). Equal
     * bins are found as NumPy finds them (the scaled offset, then corrected against the edges);
     * given edges by bisection, the last bin closed on the right.
     */
    private static Object histogram(Args a) {
        a.expect(1, 5, "bins", "range", "density", "weights");
        NpArray x = ArrayFunctions.flat(first(a));
        Object bins = a.option(1, "bins", 10L), range = a.option(2, "range", null), weightsArg = a.keyword("weights");
        if (Values.plain(bins) instanceof String s) throw PyError.value("adjoint's np.histogram takes a number of bins or their edges, not '" + s + "'");
        double[] v = x.values().toArray();
        double[] w = weightsArg == null ? null : ArrayFunctions.flat(Operand.required(weightsArg, "histogram")).values().toArray();
        if (w != null && w.length != v.length) throw PyError.value("weights should have the same shape as a.");
        NpArray binsArray = Operand.required(bins, "histogram");
        double[] edges;
        boolean uniform = binsArray.ndim() == 0;
        if (uniform) {
            if (!binsArray.type.isExact()) throw PyError.type("`bins` must be an integer, a string, or an array");
            int n = (int) binsArray.values().item();
            if (n < 1) throw PyError.value("`bins` must be positive, when an integer");
            double lo, hi;
            if (range != null) {
                double[] r = Operand.required(range, "histogram").values().toArray();
                lo = r[0];
                hi = r[1];
                if (lo > hi) throw PyError.value("max must be larger than min in range parameter.");
                if (!Double.isFinite(lo) || !Double.isFinite(hi)) throw PyError.value("supplied range of [" + Values.str(lo) + ", " + Values.str(hi) + "] is not finite");
            } else if (v.length == 0) {
                lo = 0;
                hi = 1;
            } else {
                lo = Arrays.stream(v).min().getAsDouble();
                hi = Arrays.stream(v).max().getAsDouble();
                if (!Double.isFinite(lo) || !Double.isFinite(hi)) throw PyError.value("autodetected range of [" + Values.str(lo) + ", " + Values.str(hi) + "] is not finite");
            }
            if (lo == hi) {
                lo -= 0.5;
                hi += 0.5;
            }
            edges = new double[n + 1];
            double step = (hi - lo) / n;
            for (int i = 0; i <= n; i++) edges[i] = lo + i * step; // np.linspace(lo, hi, n + 1)
            edges[n] = hi;
        } else {
            edges = binsArray.values().toArray();
            for (int i = 1; i < edges.length; i++)
                if (edges[i] < edges[i - 1]) throw PyError.value("`bins` must increase monotonically, when an array");
        }
        int n = edges.length - 1;
        double[] counts = new double[n];
        double lo = edges[0], hi = edges[n];
        for (int i = 0; i < v.length; i++) {
            double e = v[i];
            if (!(e >= lo && e <= hi)) continue;
            int k;
            if (uniform) {
                k = (int) ((e - lo) * (n / (hi - lo)));
                if (k == n) k--;
                if (e < edges[k]) k--;
                else if (k != n - 1 && e >= edges[k + 1]) k++;
            } else {
                k = Arrays.binarySearch(edges, e);
                if (k >= 0) {
                    while (k + 1 <= n && edges[k + 1] == e) k++; // searchsorted 'right'
                    if (k == n) k = n - 1; // the last edge closes the last bin
                } else {
                    k = -k - 2;
                }
            }
            counts[k] += w == null ? 1 : w[i];
        }
        NpType countType = w == null ? NpType.INT64 : Operand.required(weightsArg, "histogram").type.isFloating() ? NpType.FLOAT64 : NpType.INT64;
        NDArray hist = NDArray.of(counts, n);
        if (a.keyword("density") != null && Values.truthy(a.keyword("density"))) {
            double total = ArrayFunctions.sum(counts, 0, n);
            double[] dens = new double[n];
            for (int i = 0; i < n; i++) dens[i] = counts[i] / (edges[i + 1] - edges[i]) / total;
            return Values.tuple(NpArray.of(NDArray.of(dens, n), NpType.FLOAT64), NpArray.of(NDArray.of(edges, n + 1), NpType.FLOAT64));
        }
        NpType edgeType = uniform ? (x.type == NpType.FLOAT32 ? NpType.FLOAT32 : NpType.FLOAT64) : binsArray.type;
        return Values.tuple(NpArray.of(hist, countType), NpArray.of(NDArray.of(edges, n + 1), edgeType));
    }

    /** np.cov(m, y=None, rowvar=True, bias=False, ddof=None): rows are variables; (X - mean) · (X - mean)ᵀ / (n - ddof). */
    private static Object cov(Args a) {
        a.expect(1, 5, "y", "rowvar", "bias", "ddof");
        return covariance(a); // a 0-d array for one variable, as NumPy's (not a scalar)
    }

    private static NpArray covariance(Args a) {
        NpArray x = first(a);
        if (x.ndim() > 2) throw PyError.value("m has more than 2 dimensions");
        boolean rowvar = a.flag("rowvar", true);
        NpArray rows = x.ndim() < 2 ? ArrayFunctions.reshape(NpArray.of(x.values(), x.type), new int[] {1, x.size()}) : x;
        if (!rowvar && rows.shape()[0] != 1) rows = ArrayFunctions.transpose(rows, null);
        Object y = a.option(1, "y", null);
        if (y != null) {
            NpArray yy = Operand.required(y, "cov");
            NpArray yr = yy.ndim() < 2 ? ArrayFunctions.reshape(NpArray.of(yy.values(), yy.type), new int[] {1, yy.size()}) : yy;
            if (!rowvar && yr.shape()[0] != 1) yr = ArrayFunctions.transpose(yr, null);
            rows = NpArray.of(NDArray.concatenate(new NDArray[] {rows.values(), yr.values()}, 0), NpType.promote(rows.type, yr.type));
        }
        NpType t = NpType.FLOAT64; // NumPy computes in result_type(m, float64): float64 for float32 input too
        rows = NpArray.of(rows.values(), t);
        int vars = rows.shape()[0], n = rows.shape()[1];
        Object ddofArg = a.keyword("ddof");
        int ddof = ddofArg != null ? a.intValue(ddofArg, "ddof") : a.flag("bias", false) ? 0 : 1;
        double[] v = rows.values().compact().toArray();
        double[] centred = new double[v.length];
        for (int r = 0; r < vars; r++) {
            double mean = ArrayFunctions.sum(v, r * n, n) / n;
            for (int j = 0; j < n; j++) centred[r * n + j] = v[r * n + j] - mean;
        }
        NDArray xs = NDArray.of(centred, vars, n);
        NDArray prod = xs.matmul(xs.permute(1, 0), MatmulOf.NUMPY);
        double fact = n - ddof;
        NDArray scaled = prod.map(e -> e * (1 / fact));
        NpArray r = NpArray.of(scaled, t);
        return vars == 1 ? NpArray.of(scaled.reshape(), t) : r;
    }

    /** np.corrcoef: the covariance over the outer product of the standard deviations, clipped to [-1, 1]. */
    private static Object corrcoef(Args a) {
        a.expect(1, 3, "y", "rowvar");
        NpArray c = covariance(a);
        if (c.ndim() == 0) return NpArray.box(NpArray.of(c.values().map(e -> e / e), c.type));
        int n = c.shape()[0];
        double[] v = c.values().compact().toArray(), sd = new double[n];
        for (int i = 0; i < n; i++) sd[i] = Math.sqrt(v[i * n + i]);
        double[] r = new double[v.length];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) r[i * n + j] = Math.max(-1, Math.min(1, v[i * n + j] / sd[i] / sd[j]));
        return NpArray.of(NDArray.of(r, n, n), c.type);
    }
}
