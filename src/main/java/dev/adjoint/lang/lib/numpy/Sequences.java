package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * NumPy functions over sequences of values: differences and integrals (diff, ediff1d, trapz),
 * np.trace, np.take, interpolation and polynomials (interp, polyval, convolve), np.cross, and the
 * spaced ranges logspace and geomspace. Each follows NumPy 1.24's own definition step by step.
 */
final class Sequences {
    private Sequences() {}

    static void add(PyModule m) {
        m.add(Builtin.of("diff", Sequences::diff));
        m.add(Builtin.of("ediff1d", a -> {
            NpArray x = ArrayFunctions.flat(ArrayFunctions.self(a.expect(1, 1)));
            return difference(x, 0);
        }));
        m.add(Builtin.of("trapz", Sequences::trapz));
        m.add(Builtin.of("trace", Sequences::trace));
        m.add(Builtin.of("take", Sequences::take));
        m.add(Builtin.of("compress", a -> compress(a, false)));
        m.add(Builtin.of("around", ArrayFunctions::roundFunction));
        m.add(Builtin.of("round_", ArrayFunctions::roundFunction));
        m.add(Builtin.of("interp", Sequences::interp));
        m.add(Builtin.of("polyval", a -> {
            a.expect(2, 2);
            return NpArray.box(polyval(Operand.required(a.get(0), "polyval"), Operand.required(a.get(1), "polyval")));
        }));
        m.add(Builtin.of("polyfit", Sequences::polyfit));
        m.add("poly1d", Poly1d.CLASS);
        m.add(Builtin.of("roots", a -> Poly1d.roots(Operand.required(a.expect(1, 1).get(0), "roots"))));
        m.add("RankWarning", dev.adjoint.lang.Exceptions.library("numpy.RankWarning"));
        m.add(Builtin.of("convolve", a -> convolve(a, false)));
        m.add(Builtin.of("correlate", a -> convolve(a, true)));
        m.add(Builtin.of("cross", Sequences::cross));
        m.add(Builtin.of("logspace", a -> {
            a.expect(2, 5, "num", "endpoint", "base", "dtype");
            NpArray exponents = linspace(a);
            double base = a.number(4, "base", 10.0);
            return castInside(a, exponents.values().map(e -> Math.pow(base, e)), Numpy.dtype(a, 5, NpType.FLOAT64), 285); // power in float64, then astype(dtype)
        }));
        m.add(Builtin.of("geomspace", a -> {
            a.expect(2, 4, "num", "endpoint", "dtype");
            double start = Values.toDouble(Values.plain(a.get(0))), stop = Values.toDouble(Values.plain(a.get(1)));
            if (start == 0 || stop == 0) throw PyError.value("Geometric sequence cannot include zero");
            double sign = start < 0 && stop < 0 ? -1 : 1;
            double lo = Math.log10(Math.abs(start)), hi = Math.log10(Math.abs(stop));
            NpArray exponents = linspace(lo, hi, a);
            double[] r = exponents.values().map(e -> sign * Math.pow(10, e)).toArray();
            if (r.length > 0) r[0] = start;
            if (r.length > 1 && a.flag("endpoint", true)) r[r.length - 1] = stop;
            NpType dtype = Numpy.dtype(a, 4, NpType.FLOAT64);
            NpArray out = castInside(a, NDArray.of(r, r.length), dtype, 285); // inside logspace
            // NumPy casts logspace's values, then writes start and stop into the cast array: a cast each
            if (r.length > 0) castInside(a, NDArray.scalar(start), dtype, 439); // result[0] = start
            if (r.length > 1 && a.flag("endpoint", true)) castInside(a, NDArray.scalar(stop), dtype, 441); // result[-1] = stop
            return out;
        }));
    }

    /** Float64 values cast to the dtype asked for, as NumPy's own cast at line {@code line} of function_base.py (its warning placed there). */
    private static NpArray castInside(Args a, NDArray values, NpType dtype, long line) {
        if (!dtype.isExact()) return NpArray.of(values, dtype);
        FloatErrors.issueInLibrary(FloatErrors.ofCast(values, dtype), a.interpreter(), "numpy.core.function_base", line);
        return NpArray.of(dtype.fromFloats(values), dtype);
    }

    static NpArray linspace(Args a) {
        double lo = Values.toDouble(Values.plain(a.get(0))), hi = Values.toDouble(Values.plain(a.get(1)));
        return linspace(lo, hi, a);
    }

    /** np.linspace(lo, hi, num, endpoint) as NumPy computes it: start + i * step, the last value stop. */
    private static NpArray linspace(double lo, double hi, Args a) {
        int n = a.integer(2, "num", 50);
        if (n < 0) throw PyError.value("Number of samples, " + n + ", must be non-negative.");
        boolean endpoint = a.flag("endpoint", true);
        int div = endpoint ? n - 1 : n;
        double step = div > 0 ? (hi - lo) / div : 0;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = lo + i * step;
        if (endpoint && n > 1) v[n - 1] = hi;
        return NpArray.of(NDArray.of(v, n), NpType.FLOAT64);
    }

    /** np.diff(a, n=1, axis=-1, prepend, append): a[1:] - a[:-1] along axis, n times (not_equal for bool). */
    private static Object diff(Args a) {
        a.expect(1, 3, "n", "axis", "prepend", "append");
        NpArray x = ArrayFunctions.self(a);
        int n = a.integer(1, "n", 1);
        if (n == 0) return x;
        if (n < 0) throw PyError.value("order must be non-negative but got " + n);
        if (x.ndim() == 0) throw PyError.value("diff requires input that is at least one dimensional");
        int axis = ArrayFunctions.axis(a.option(2, "axis", -1L), x.ndim(), a);
        x = withEnd(x, a.keyword("prepend"), axis, true);
        x = withEnd(x, a.keyword("append"), axis, false);
        for (int i = 0; i < n; i++) x = difference(x, axis);
        return x;
    }

    private static NpArray withEnd(NpArray x, Object end, int axis, boolean front) {
        if (end == null) return x;
        NpArray e = Operand.required(end, "diff");
        if (e.ndim() == 0) {
            int[] s = x.shape().clone();
            s[axis] = 1;
            e = NpArray.of(NDArray.full(e.values().item(), s), e.type);
        }
        NDArray[] parts = front ? new NDArray[] {e.values(), x.values()} : new NDArray[] {x.values(), e.values()};
        return NpArray.of(NDArray.concatenate(parts, axis), NpType.promote(x.type, e.type));
    }

    /** One difference along axis: x[1:] - x[:-1] with NumPy's subtract (wrapping for integers), != for bool. */
    private static NpArray difference(NpArray x, int axis) {
        int len = x.shape()[axis];
        NpArray hi = NpArray.of(x.values().slice(axis, Math.min(1, len), len, 1), x.type), lo = NpArray.of(x.values().slice(axis, 0, Math.max(len - 1, 0), 1), x.type);
        if (x.type == NpType.BOOL) return Elementwise.compare(TokenType.BANG_EQUAL, hi, lo);
        return Elementwise.binary(TokenType.MINUS, hi, lo);
    }

    /** np.trapz(y, x=None, dx=1.0, axis=-1): sum of d * (y[1:] + y[:-1]) / 2.0. */
    private static Object trapz(Args a) {
        a.expect(1, 4, "x", "dx", "axis");
        NpArray y = ArrayFunctions.self(a);
        int axis = ArrayFunctions.axis(a.option(3, "axis", -1L), y.ndim(), a);
        Object xs = a.option(1, "x", null);
        NpArray d = xs == null ? NpArray.scalar(a.number(2, "dx", 1.0), NpType.FLOAT64) : difference(Operand.required(xs, "trapz"), Operand.required(xs, "trapz").ndim() == 1 ? 0 : axis);
        if (xs != null && d.ndim() == 1 && y.ndim() > 1) {
            int[] s = new int[y.ndim()];
            Arrays.fill(s, 1);
            s[axis] = d.size();
            d = NpArray.of(d.values().reshape(s), d.type);
        }
        int len = y.shape()[axis];
        NpArray hi = NpArray.of(y.values().slice(axis, Math.min(1, len), len, 1), y.type), lo = NpArray.of(y.values().slice(axis, 0, Math.max(len - 1, 0), 1), y.type);
        NpArray terms = Elementwise.binary(TokenType.SLASH, Elementwise.binary(TokenType.STAR, d, Elementwise.binary(TokenType.PLUS, hi, lo)), NpArray.scalar(2.0, NpType.FLOAT64));
        java.util.Map<String, Object> kw = new java.util.LinkedHashMap<>();
        return NpArray.box(Operand.required(ArrayFunctions.METHODS.get("sum").apply(new Args("sum", Arrays.asList(terms, (long) axis), kw, a.span(), a.interpreter())), "trapz"));
    }

    /** np.trace(a, offset=0, axis1=0, axis2=1): the sum of a diagonal (in the type sum gives). */
    static Object trace(Args a) {
        a.expect(1, 4, "offset", "axis1", "axis2", "dtype");
        NpArray x = ArrayFunctions.self(a);
        if (x.ndim() < 2) throw PyError.value("diag requires an array of at least two dimensions");
        int offset = a.integer(1, "offset", 0);
        int i1 = ArrayFunctions.axis(a.option(2, "axis1", 0L), x.ndim(), a), i2 = ArrayFunctions.axis(a.option(3, "axis2", 1L), x.ndim(), a);
        if (i1 == i2) throw PyError.value("axis1 and axis2 cannot be the same");
        int[] perm = new int[x.ndim()];
        int p = 0;
        for (int d = 0; d < x.ndim(); d++) if (d != i1 && d != i2) perm[p++] = d;
        perm[p++] = i1;
        perm[p] = i2;
        NDArray moved = x.values().permute(perm).compact();
        int rows = x.shape()[i1], cols = x.shape()[i2], outer = x.size() / Math.max(1, rows * cols);
        int[] outShape = Arrays.copyOf(moved.shape(), x.ndim() - 2);
        int count = Math.max(0, Math.min(offset >= 0 ? rows : rows + offset, offset >= 0 ? cols - offset : cols));
        double[] v = moved.toArray(), diag = new double[outer * count];
        for (int o = 0; o < outer; o++)
            for (int k = 0; k < count; k++) {
                int r = offset >= 0 ? k : k - offset, c = offset >= 0 ? k + offset : k;
                diag[o * count + k] = v[o * rows * cols + r * cols + c];
            }
        int[] diagShape = Arrays.copyOf(outShape, outShape.length + 1);
        diagShape[outShape.length] = count;
        NpArray d = NpArray.of(NDArray.of(diag, diagShape), x.type);
        java.util.Map<String, Object> kw = new java.util.LinkedHashMap<>();
        if (a.keyword("dtype") != null) kw.put("dtype", a.keyword("dtype"));
        return NpArray.box(Operand.required(ArrayFunctions.METHODS.get("sum").apply(new Args("sum", Arrays.asList(d, -1L), kw, a.span(), a.interpreter())), "trace"));
    }

    /** np.take(a, indices, axis=None): items of the flattened array (or along axis) at the indices, negative ones from the end. */
    /**
     * np.compress(condition, a, axis=None) (and a.compress(condition, axis=None)): np.take of the
     * places where the 1-d condition is true, of the flattened array or along axis.
     */
    static Object compress(Args a, boolean method) {
        a.expect(2, 3, "axis");
        NpArray condition = Operand.required(a.get(method ? 1 : 0), "compress"), x = Operand.required(a.get(method ? 0 : 1), "compress");
        if (condition.ndim() != 1) throw PyError.value("condition must be a 1-d array");
        double[] c = condition.values().toArray();
        int n = 0;
        double[] places = new double[c.length];
        for (int i = 0; i < c.length; i++) if (c[i] != 0) places[n++] = i;
        NpArray indices = NpArray.of(NDArray.of(Arrays.copyOf(places, n), n), NpType.INT64);
        return take(new Args("compress", new java.util.ArrayList<>(Arrays.asList(x, indices, a.option(2, "axis", null))), new java.util.HashMap<>(), a.span(),
                a.interpreter()));
    }

    static Object take(Args a) {
        a.expect(2, 3, "axis", "mode");
        NpArray x = ArrayFunctions.self(a), idx = Operand.required(a.get(1), "take");
        if (!idx.type.isExact()) throw PyError.type("Cannot cast array data from dtype('" + idx.type.name + "') to dtype('int64') according to the rule 'safe'");
        Object axisArg = a.option(2, "axis", null);
        NpArray src = axisArg == null ? ArrayFunctions.flat(x) : x;
        int axis = axisArg == null ? 0 : ArrayFunctions.axis(axisArg, x.ndim(), a);
        int len = src.shape()[axis];
        double[] iv = idx.values().toArray();
        NDArray[] parts = new NDArray[iv.length];
        for (int i = 0; i < iv.length; i++) {
            long k = (long) iv[i];
            if (k < -len || k >= len) throw PyError.index("index " + k + " is out of bounds for axis " + axis + " with size " + len);
            parts[i] = src.values().index(axis, (int) (k < 0 ? k + len : k));
        }
        int[] s = src.shape();
        int[] shape = new int[s.length - 1 + idx.ndim()];
        System.arraycopy(s, 0, shape, 0, axis);
        System.arraycopy(idx.shape(), 0, shape, axis, idx.ndim());
        System.arraycopy(s, axis + 1, shape, axis + idx.ndim(), s.length - axis - 1);
        NDArray r = iv.length == 0 ? NDArray.zeros(shape) : NDArray.stack(parts, axis).reshape(shape);
        return NpArray.box(NpArray.of(r, x.type));
    }

    /**
     * np.interp(x, xp, fp, left, right): NumPy's C loop: fp[0] left of xp[0], fp[-1] right of
     * xp[-1] (and at it), else slope * (x - xp[j]) + fp[j] on the interval holding x, retried
     * from the right end when that is NaN.
     */
    private static Object interp(Args a) {
        a.expect(3, 6, "left", "right", "period");
        NpArray x = Operand.required(a.get(0), "interp");
        double[] xp = Operand.required(a.get(1), "interp").values().toArray(), fp = Operand.required(a.get(2), "interp").values().toArray();
        if (a.option(5, "period", null) != null) throw PyError.value("adjoint's np.interp has no period=");
        if (xp.length == 0) throw PyError.value("array of sample points is empty");
        if (xp.length != fp.length) throw PyError.value("fp and xp are not of the same length.");
        Object l = a.option(3, "left", null), r = a.option(4, "right", null);
        double left = l == null ? fp[0] : Values.toDouble(Values.plain(l)), right = r == null ? fp[fp.length - 1] : Values.toDouble(Values.plain(r));
        NDArray out = x.values().map(v -> {
            if (Double.isNaN(v)) return v;
            if (v < xp[0]) return left;
            if (v > xp[xp.length - 1]) return right;
            if (v == xp[xp.length - 1]) return fp[fp.length - 1];
            int j = Arrays.binarySearch(xp, v);
            j = j >= 0 ? j : -j - 2;
            while (j + 1 < xp.length && xp[j + 1] <= v) j++;
            if (j == xp.length - 1) return fp[j];
            if (xp[j] == v) return fp[j];
            double slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
            double y = slope * (v - xp[j]) + fp[j];
            if (Double.isNaN(y)) {
                y = slope * (v - xp[j + 1]) + fp[j + 1];
                if (Double.isNaN(y) && fp[j] == fp[j + 1]) y = fp[j];
            }
            return y;
        });
        return NpArray.box(NpArray.of(out, NpType.FLOAT64));
    }

    /**
     * np.polyfit(x, y, deg, rcond=None, w=None): the least-squares polynomial's coefficients,
     * highest power first, as NumPy finds them: the Vandermonde matrix (powers by repeated
     * multiplication), its columns scaled to unit norm, lstsq (the minimum-norm answer over the
     * singular values above rcond), the scale divided out; RankWarning when the rank falls short.
     */
    private static Object polyfit(Args a) {
        a.expect(3, 7, "rcond", "full", "w", "cov");
        if (a.bool(4, "full", false) || a.option(6, "cov", null) != null && Values.truthy(a.option(6, "cov", null)))
            throw PyError.value("adjoint's np.polyfit gives the coefficients only (no full=True or cov=True)");
        NpArray xa = Operand.required(a.get(0), "polyfit"), ya = Operand.required(a.get(1), "polyfit");
        if (xa.type == NpType.FLOAT32 || ya.type == NpType.FLOAT32)
            throw PyError.type("adjoint's np.polyfit computes in float64 only (NumPy fits float32 in float32): convert first, e.g. x.astype(np.float64)");
        Object deg = a.option(2, "deg", null);
        Object degree = Values.plain(deg);
        if (degree instanceof NpArray s && s.isScalar()) degree = s.pythonNumber(); // np.float64(1.7) counts as 1, as int() makes it
        if (degree instanceof String) throw PyError.type("'<' not supported between instances of 'str' and 'int'"); // NumPy's int("1") works, then deg < 0 fails
        int order = (int) (degree instanceof Double d ? (double) d : a.intValue(degree, "deg")) + 1; // NumPy: int(deg) + 1
        if (order < 1) throw PyError.value("expected deg >= 0");
        if (xa.ndim() != 1) throw PyError.type("expected 1D vector for x");
        if (xa.size() == 0) throw PyError.type("expected non-empty vector for x");
        if (ya.ndim() < 1 || ya.ndim() > 2) throw PyError.type("expected 1D or 2D array for y");
        if (xa.shape()[0] != ya.shape()[0]) throw PyError.type("expected x and y to have same length");
        int n = xa.size(), columns = ya.ndim() == 1 ? 1 : ya.shape()[1];
        Object rc = a.option(3, "rcond", null);
        double rcond = rc == null ? n * Math.ulp(1.0) : Values.toDouble(Values.plain(rc));
        double[] x = xa.values().toArray(), y = ya.values().compact().toArray(), lhs = new double[n * order];
        for (int i = 0; i < n; i++) {
            double p = 1;
            for (int j = order - 1; j >= 0; j--) {
                lhs[i * order + j] = p;
                p = j == order - 1 ? x[i] : p * x[i];
            }
        }
        Object wArg = a.option(5, "w", null);
        if (wArg != null) {
            NpArray wa = Operand.required(wArg, "polyfit");
            if (wa.ndim() != 1) throw PyError.type("expected a 1-d array for weights");
            if (wa.shape()[0] != n) throw PyError.type("expected w and y to have the same length");
            double[] w = wa.values().toArray();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < order; j++) lhs[i * order + j] *= w[i];
                for (int c = 0; c < columns; c++) y[i * columns + c] *= w[i];
            }
        }
        double[] scale = new double[order];
        for (int i = 0; i < n; i++) for (int j = 0; j < order; j++) scale[j] += lhs[i * order + j] * lhs[i * order + j];
        for (int j = 0; j < order; j++) scale[j] = Math.sqrt(scale[j]);
        for (int i = 0; i < n; i++) for (int j = 0; j < order; j++) lhs[i * order + j] /= scale[j];
        Decompositions.LeastSquares fit = Decompositions.leastSquares(new Decompositions.Matrix(lhs, n, order), y, columns, rcond);
        double[] c = fit.x();
        for (int j = 0; j < order; j++) for (int k = 0; k < columns; k++) c[j * columns + k] /= scale[j];
        if (fit.rank() != order) a.interpreter().warnAtCall("numpy.RankWarning", "Polyfit may be poorly conditioned", a.span());
        return NpArray.of(columns == 1 && ya.ndim() == 1 ? NDArray.of(c, order) : NDArray.of(c, order, columns), NpType.FLOAT64);
    }

    /** np.polyval(p, x): y = 0, then y = y * x + c for each coefficient (NumPy's loop, with its types). */
    static NpArray polyval(NpArray p, NpArray x) {
        NpArray y = NpArray.of(NDArray.full(0, x.shape()), x.type);
        for (double c : p.values().toArray())
            y = Elementwise.binary(TokenType.PLUS, Elementwise.binary(TokenType.STAR, y, x), NpArray.scalar(c, p.type));
        return y;
    }

    /** np.convolve(p, q) of two 1-d arrays, mode 'full' (np.polymul's product of coefficients). */
    static NpArray convolveFull(NpArray p, NpArray q) {
        return (NpArray) convolve(new Args("convolve", new java.util.ArrayList<>(java.util.List.of(p, q)), new java.util.HashMap<>(), null, null), false);
    }

    /**
     * np.convolve(a, v, mode='full'): sums of products of a with v reversed, the longer first;
     * 'same' and 'valid' cut the middle. np.correlate(a, v, mode='valid') is the convolution with v
     * reversed.
     */
    private static Object convolve(Args a, boolean correlate) {
        a.expect(2, 3, "mode");
        String name = correlate ? "correlate" : "convolve";
        NpArray p = Operand.required(a.get(0), name), q = Operand.required(a.get(1), name);
        Object modeArg = a.option(2, "mode", correlate ? "valid" : "full");
        String mode = String.valueOf(Values.plain(modeArg));
        for (NpArray operand : new NpArray[] {p, q}) {
            if (operand.ndim() > 1) throw PyError.value("object too deep for desired array");
            if (correlate && operand.ndim() == 0) throw PyError.value("object of too small depth for desired array"); // convolve takes numbers as 1-d
        }
        double[] x = p.values().toArray(), y = q.values().toArray();
        if (correlate) { // NumPy's correlate checks before it swaps, convolve after
            if (x.length == 0) throw PyError.value("first array argument cannot be empty");
            if (y.length == 0) throw PyError.value("second array argument cannot be empty");
            y = y.clone();
            for (int i = 0, j = y.length - 1; i < j; i++, j--) {
                double t = y[i];
                y[i] = y[j];
                y[j] = t;
            }
        }
        boolean swapped = y.length > x.length;
        if (swapped) { // NumPy swaps first, then checks
            double[] t = x;
            x = y;
            y = t;
        }
        if (x.length == 0) throw PyError.value("a cannot be empty");
        if (y.length == 0) throw PyError.value("v cannot be empty");
        int n = x.length, k = y.length, full = n + k - 1;
        double[] r = new double[full];
        for (int i = 0; i < full; i++) {
            double s = 0;
            for (int j = Math.max(0, i - n + 1); j <= Math.min(i, k - 1); j++) s += x[i - j] * y[j];
            r[i] = s;
        }
        int from, len;
        switch (mode) {
            case "full" -> { from = 0; len = full; }
            case "same" -> { from = correlate && swapped ? full - n - (k - 1) / 2 : (k - 1) / 2; len = n; } // correlate of a shorter a: the other end
            case "valid" -> { from = k - 1; len = n - k + 1; }
            default -> throw PyError.value("mode must be one of 'valid', 'same', or 'full' (got '" + mode + "')");
        }
        NpType t = NpType.promote(p.type, q.type);
        return NpArray.of(NDArray.of(Arrays.copyOfRange(r, from, from + len), len), t == NpType.BOOL ? NpType.BOOL : t);
    }

    /** np.cross of two vectors of 3 (a vector) or 2 (the z component, a scalar). */
    private static Object cross(Args a) {
        a.expect(2, 2);
        NpArray p = Operand.required(a.get(0), "cross"), q = Operand.required(a.get(1), "cross");
        if (p.ndim() != 1 || q.ndim() != 1) throw PyError.value("adjoint's np.cross takes two vectors (1-d arrays of 2 or 3)");
        if ((p.size() != 2 && p.size() != 3) || (q.size() != 2 && q.size() != 3))
            throw PyError.value("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
        double[] u = Arrays.copyOf(p.values().toArray(), 3), v = Arrays.copyOf(q.values().toArray(), 3);
        NpType t = NpType.promote(p.type, q.type);
        if (p.size() == 2 && q.size() == 2) return NpArray.box(NpArray.scalar(u[0] * v[1] - u[1] * v[0], t));
        double[] r = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
        return NpArray.of(NDArray.of(r, 3), t);
    }
}
