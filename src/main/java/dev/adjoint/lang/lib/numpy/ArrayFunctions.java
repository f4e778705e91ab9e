package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.NumpySum;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The functions that are also methods of an array ({@code np.sum(a, axis=0)} is
 * {@code a.sum(axis=0)}): reductions with axis= and keepdims=, shape changes, conversions. A
 * reduction over every axis gives a Python number, as NumPy's scalars print.
 */
final class ArrayFunctions {
    static final Map<String, Builtin.Fn> METHODS;

    static {
        Map<String, Builtin.Fn> m = new LinkedHashMap<>();
        m.put("sum", a -> reduce(a, "sum"));
        m.put("mean", a -> reduce(a, "mean"));
        m.put("max", a -> reduce(a, "max"));
        m.put("min", a -> reduce(a, "min"));
        m.put("ptp", a -> reduce(a, "ptp"));
        m.put("prod", a -> reduce(a, "prod"));
        m.put("std", a -> reduce(a, "std"));
        m.put("var", a -> reduce(a, "var"));
        m.put("all", a -> reduce(a, "all"));
        m.put("any", a -> reduce(a, "any"));
        m.put("argmax", a -> argExtreme(a, true));
        m.put("argmin", a -> argExtreme(a, false));
        m.put("cumsum", a -> cumulative(a, false));
        m.put("cumprod", a -> cumulative(a, true));
        m.put("reshape", ArrayFunctions::reshape);
        m.put("transpose", a -> {
            NpArray x = self(a);
            if (a.size() <= 1 && !a.has("axes")) return transpose(x, null);
            Object axes = a.size() == 2 ? a.get(1) : a.size() > 2 ? Values.tuple(a.positional().subList(1, a.size())) : a.keyword("axes");
            return transpose(x, a.ints(axes, "axes"));
        });
        m.put("flatten", ArrayFunctions::inOrder);
        m.put("ravel", a -> { // a view when the elements are already in order in memory, as NumPy's (a write through it changes a)
            NpArray x = self(a);
            Object order = a.option(1, "order", "C");
            boolean c = order == null || "C".equals(order) || "c".equals(order);
            return c && a.size() <= 2 && dev.adjoint.autograd.Views.isContiguous(x.data) && x.ndim() > 0 ? reshape(x, new int[] {x.size()}) : inOrder(a);
        });
        m.put("copy", a -> NpArray.of(self(a.expect(1, 1)).values().compact(), self(a).type)); // C order, which decides a product's BLAS kernel
        m.put("view", a -> { // a new array object over the same data (the quickstart's "shallow copy"); no reinterpreting of the bytes
            NpArray x = self(a.expect(1, 3, "dtype", "type"));
            Object dtype = a.option(1, "dtype", null);
            if (dtype != null && NpDtype.parse(dtype) != x.type)
                throw PyError.type("adjoint's a.view() shares the data as it is: a.view(dtype) would read its bytes as another type, which adjoint does not");
            return reshape(x, x.shape());
        });
        m.put("squeeze", ArrayFunctions::squeeze);
        m.put("astype", a -> {
            a.expect(1, 6, "dtype", "order", "casting", "subok", "copy");
            if (a.size() < 2 && !a.has("dtype")) throw PyError.type("astype() missing required argument 'dtype' (pos 1)");
            Object dtype = a.option(1, "dtype", null);
            NpType t = dtype == null ? NpType.FLOAT64 : NpDtype.parse(dtype); // dtype None is NumPy's default, float64
            NpArray x = self(a);
            if (t == x.type && !a.bool(5, "copy", true)) return x; // copy=False: the array itself when no cast is needed
            if (!x.type.isFloating() || !t.isExact()) return NpArray.of(x.values(), t);
            FloatErrors.issue(FloatErrors.ofCast(x.values(), t), a.interpreter(), a.span());
            return NpArray.of(t.fromFloats(x.values()), t);
        });
        m.put("tolist", a -> tolist(self(a.expect(1, 1))));
        m.put("setflags", a -> { // setflags(write=None, align=None, uic=None): only write is kept
            a.expect(1, 4, "write", "align", "uic");
            Object write = a.option(1, "write", null);
            if (write != null) self(a).setWriteable(Values.truthy(write));
            return null;
        });
        m.put("tofile", a -> {
            throw NpFiles.refused("a.tofile");
        });
        m.put("item", a -> {
            NpArray x = self(a.expect(1, 2));
            double[] v = x.values().toArray();
            if (a.size() == 2) {
                int i = a.integer(1);
                if (i < -v.length || i >= v.length) throw PyError.index("index " + i + " is out of bounds for size " + v.length);
                return NpArray.python(v[i < 0 ? i + v.length : i], x.type);
            }
            if (v.length != 1) throw PyError.value("can only convert an array of size 1 to a Python scalar");
            return NpArray.python(v[0], x.type);
        });
        m.put("nonzero", a -> {
            NpArray x = self(a.expect(1, 1));
            if (x.ndim() == 0) a.interpreter().warnAtCall("DeprecationWarning", "Calling nonzero on 0d arrays is deprecated, as it behaves surprisingly. "
                    + "Use `atleast_1d(arr).nonzero()` if the old behavior was intended.", a.span());
            return nonzero(atLeast1d(x));
        });
        m.put("dot", a -> dot(self(a.expect(2, 2)), Operand.required(a.get(1), "dot")));
        m.put("clip", a -> {
            a.expect(1, 3, "a_min", "a_max", "min", "max");
            NpArray x = self(a);
            Object lo = a.option(1, a.has("min") ? "min" : "a_min", null), hi = a.option(2, a.has("max") ? "max" : "a_max", null);
            if (lo == null && hi == null) throw PyError.value("One of max or min must be given");
            NpArray r = x;
            if (lo != null) r = extreme(r, Operand.required(lo, "clip"), true);
            if (hi != null) r = extreme(r, Operand.required(hi, "clip"), false);
            return NpArray.box(r);
        });
        m.put("round", a -> {
            NpArray r = rounded(a);
            r.issuePending(a.interpreter(), a.span());
            return NpArray.box(r);
        });
        m.put("fill", a -> {
            NpArray x = self(a.expect(2, 2));
            x.write(NDArray.full(Operand.required(a.get(1), "fill").values().item(), x.shape()));
            return null;
        });
        m.put("argsort", Rearranging::argsort);
        m.put("repeat", Rearranging::repeat);
        m.put("searchsorted", Searching::searchsorted);
        m.put("swapaxes", Axes::swapaxes);
        m.put("diagonal", Axes::diagonal);
        m.put("put", IndexArrays::put);
        m.put("resize", Resizing::inPlace);
        m.put("sort", Rearranging::sortInPlace);
        m.put("partition", Rearranging::partitionInPlace);
        m.put("tobytes", a -> FromBuffer.tobytes(a, "tobytes"));
        m.put("tostring", a -> FromBuffer.tobytes(a, "tostring"));
        m.put("argpartition", Rearranging::argpartition);
        m.put("take", Sequences::take);
        m.put("trace", Sequences::trace);
        m.put("choose", IndexArrays::choose);
        m.put("compress", a -> Sequences.compress(a, true));
        m.put("conj", a -> NpArray.of(self(a.expect(1, 1)).values(), self(a).type)); // real arrays: their own conjugate, a copy
        m.put("conjugate", a -> NpArray.of(self(a.expect(1, 1)).values(), self(a).type));
        METHODS = Collections.unmodifiableMap(m);
    }

    private ArrayFunctions() {}

    /** The same call with the array first: {@code a.sum(0)} is {@code np.sum(a, 0)}. */
    static Args withSelf(Args a, NpArray self) {
        List<Object> all = new ArrayList<>(a.size() + 1);
        all.add(self);
        all.addAll(a.positional());
        return new Args(a.function(), all, a.keywords(), a.span(), a.interpreter());
    }

    /**
     * np.dot: a product when either is a scalar (a number, not an array), else matmul's; a 0-d
     * result (two vectors) is a NumPy scalar, as NumPy's dot gives.
     */
    static Object dot(NpArray x, NpArray y) {
        if (x.ndim() > 0 && y.ndim() > 0) {
            int[] xs = x.shape(), ys = y.shape();
            int yAxis = Math.max(ys.length - 2, 0);
            if (xs[xs.length - 1] != ys[yAxis])
                throw PyError.value("shapes " + Elementwise.shapeText(xs) + " and " + Elementwise.shapeText(ys) + " not aligned: " + xs[xs.length - 1] + " (dim "
                        + (xs.length - 1) + ") != " + ys[yAxis] + " (dim " + yAxis + ")");
            if (xs.length > 2 || ys.length > 2) { // N-d: every row of x with every column of y, not matmul's broadcast
                List<Object> axes = Values.tuple(new PyList(List.of(-1L)), new PyList(List.of((long) yAxis)));
                return NpArray.box((NpArray) Products.tensordot(new Args("dot", new ArrayList<>(List.of(x, y, axes)), new java.util.HashMap<>(), null, null)));
            }
            return NpArray.box(Elementwise.matmul(x, y));
        }
        NpArray r = Elementwise.binary(dev.adjoint.lang.TokenType.STAR, x, y);
        if (r.type.isFloating() && r.ndim() > 0) r = NpArray.of(r.values().map(v -> v + 0.0), r.type); // BLAS's axpy onto zeros: 0 + 3 * -0. is 0.
        return NpArray.box(r);
    }

    /**
     * NumPy's _methods._mean of nothing: "Mean of empty slice." (from fromnumeric.py, where np.mean
     * calls it; a.mean() shows it there too here), then the 0/0 of its division, an array's or a scalar's.
     */
    private static void emptyMean(Args a, boolean arrayResult) {
        dev.adjoint.lang.Interpreter in = a.interpreter();
        if (in == null) return;
        in.warnInLibrary("RuntimeWarning", "Mean of empty slice.", "numpy.core.fromnumeric", 3464);
        FloatErrors.issueInLibrary(new FloatErrors.Raised(arrayResult ? "divide" : "scalar divide", FloatErrors.INVALID), in, "numpy.core._methods",
                arrayResult ? 184 : 192);
    }

    private static NpArray rounded(Args a) {
        a.expect(1, 2, "decimals");
        return round(self(a), index(a.option(1, "decimals", 0L), "decimals"));
    }

    /**
     * np.round(a, d) and np.around, the functions: a.round's numbers, its floating-point warnings
     * from NumPy's fromnumeric.py line 57 (where the function calls the method), so the default
     * filter shows each once a session, as NumPy's.
     */
    static Object roundFunction(Args a) {
        NpArray r = rounded(a);
        FloatErrors.Raised raised = r.raised;
        r.raised = null;
        FloatErrors.issueInLibrary(raised, a.interpreter(), "numpy.core.fromnumeric", 57);
        return NpArray.box(r);
    }

    /**
     * np.round as NumPy's PyArray_Round: half to even after scaling by a power of ten (multiplied
     * for decimals >= 0, divided for fewer), each step in the array's float type (float32 stays
     * float32); integers are kept for decimals >= 0, else scaled in float64 and cast back.
     */
    static NpArray round(NpArray x, int decimals) {
        if (x.type == NpType.BOOL) {
            if (decimals == 0) Elementwise.floatingType(x.type, "round"); // rint of bool: float16
            throw new PyError("numpy.core._exceptions._UFuncOutputCastingError", "Cannot cast ufunc '" + (decimals > 0 ? "multiply" : "divide")
                    + "' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'");
        }
        if (x.type.isExact() && decimals >= 0) return NpArray.of(x.values(), x.type);
        NpType t = x.type.isExact() ? NpType.FLOAT64 : x.type;
        double scale = t.cast(powerOfTen(Math.abs(decimals)));
        DoubleUnaryOperator f = decimals >= 0 ? v -> t.cast(Math.rint(t.cast(v * scale)) / scale) : v -> t.cast(Math.rint(t.cast(v / scale)) * scale);
        NpArray r = NpArray.of(x.values().map(f), t);
        int flags = FloatErrors.ofFunction(false, r, x); // overflow only multiplies; inf / inf (decimals > 0) is the divide's invalid value
        if (flags != 0) r.raised = new FloatErrors.Raised(flags == FloatErrors.INVALID && decimals >= 0 ? "divide" : "multiply", flags);
        return x.type == t ? r : NpArray.of(r.values(), x.type);
    }

    /** NumPy's power_of_ten: exact up to 10^8, then multiplied by 10 one step at a time. */
    private static double powerOfTen(int n) {
        if (n < 9) return new double[] {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}[n];
        double r = 1e9;
        while (n-- > 9) r *= 10.;
        return r;
    }

    /** np.nonzero(c), a.nonzero(), np.where(c): a tuple of index arrays, one per axis. */
    static List<Object> nonzero(NpArray c) {
        double[] v = c.values().toArray();
        int[] s = c.shape(), strides = Shapes.rowMajorStrides(s);
        List<List<Double>> idx = new ArrayList<>();
        for (int d = 0; d < s.length; d++) idx.add(new ArrayList<>());
        for (int i = 0; i < v.length; i++) {
            if (v[i] == 0) continue;
            int rest = i;
            for (int d = 0; d < s.length; d++) {
                idx.get(d).add((double) (rest / strides[d]));
                rest %= strides[d];
            }
        }
        List<Object> out = new ArrayList<>();
        for (List<Double> l : idx) out.add(NpArray.of(NDArray.of(l.stream().mapToDouble(Double::doubleValue).toArray(), l.size()), NpType.INT64));
        return Values.tuple(out);
    }

    /**
     * a.flatten(order=), a.ravel(order=), np.ravel(a, order=): 'C' reads the last index fastest,
     * 'F' the first. 'A' and 'K' follow the memory layout, which adjoint's arrays do not keep.
     */
    private static NpArray inOrder(Args a) {
        NpArray x = self(a.expect(1, 2, "order"));
        Object order = a.option(1, "order", "C");
        String o = order == null ? "C" : order instanceof String s ? s.toUpperCase(java.util.Locale.ROOT) : "";
        if (o.equals("A") || o.equals("K"))
            throw new PyError("NotImplementedError", "order='" + order + "' reads the array in its memory layout, which adjoint's arrays do not keep; use order='C' or order='F'");
        if (!o.equals("C") && !o.equals("F"))
            throw PyError.value("order must be one of 'C', 'F', 'A', or 'K' (got " + dev.adjoint.lang.Repr.repr(order) + ")");
        return flat(o.equals("F") ? transpose(x, null) : x);
    }

    /** The array's entries in order as a new 1-d array (what axis=None works on). */
    static NpArray flat(NpArray x) {
        return NpArray.of(x.values().compact().reshape(x.size()), x.type);
    }

    static NpArray self(Args a) {
        if (a.size() == 0) throw a.error("missing required argument 'a' (pos 1)");
        return Operand.required(a.get(0), a.function());
    }

    // ---- axes ----

    /** The axes of axis= (an int, a tuple, or None: all), checked and made non-negative, as NumPy's AxisError says. */
    static int[] axes(Object v, int ndim, Args a) {
        if (v == null) return null;
        int[] ax = a.ints(v, "axis");
        boolean[] seen = new boolean[Math.max(ndim, 1)];
        for (int i = 0; i < ax.length; i++) {
            int k = ax[i];
            if (k < -ndim || k >= ndim) throw axisError(k, ndim);
            ax[i] = k < 0 ? k + ndim : k;
            if (seen[ax[i]]) throw PyError.value("duplicate value in 'axis'");
            seen[ax[i]] = true;
        }
        return ax;
    }

    /** One axis (a function that takes no tuple of them): an int, as NumPy's operator.index takes it. */
    static int axis(Object v, int ndim, Args a) {
        requireIndex(v);
        return axes(v, ndim, a)[0];
    }

    /** An int argument NumPy takes through operator.index (np.round's decimals): a float is refused, not truncated. */
    static int index(Object v, String what) {
        requireIndex(v);
        return Values.toInt(v, what);
    }

    /** operator.index's TypeError for anything but an int, a bool or a NumPy integer scalar. */
    private static void requireIndex(Object v) {
        if (!PyNumbers.isInt(Values.plain(v)) && !(Values.plain(v) instanceof NpArray n && n.ndim() == 0 && n.type.isInteger()))
            throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
    }

    /**
     * NumPy's PyArray_CheckAxis, which argsort, argmax/argmin and cumsum/cumprod take their array
     * through: a 0-d array is seen as a 1-d array of its one item (so axis 0 and -1 are allowed and
     * the result has that axis).
     */
    static NpArray atLeast1d(NpArray x) {
        return x.ndim() == 0 ? NpArray.of(x.values().reshape(1), x.type) : x;
    }

    /** ufunc.reduce's exception for 0-d arrays (sum, prod, max, min, all, any): an int axis 0 or -1 reduces nothing. */
    private static boolean reducesNothing(NpArray x, Object axis) {
        if (x.ndim() != 0 || axis == null || !PyNumbers.isInt(Values.plain(axis))) return false;
        long k = Values.toLong(axis, "axis");
        return k == 0 || k == -1;
    }

    static PyError axisError(int axis, int ndim) {
        return new PyError("numpy.AxisError", "axis " + axis + " is out of bounds for array of dimension " + ndim);
    }

    // ---- reductions ----

    private static Object reduce(Args a, String kind) {
        a.expect(1, 2, "axis", "keepdims", "ddof", "dtype");
        NpArray x = self(a);
        boolean ufunc = !List.of("mean", "std", "var").contains(kind);
        int[] ax = ufunc && reducesNothing(x, a.option(1, "axis", null)) ? new int[0] : axes(a.option(1, "axis", null), x.ndim(), a);
        boolean keep = a.flag("keepdims", false);
        int[] all = ax != null ? ax : range(x.ndim());
        int count = 1;
        for (int k : all) count *= x.shape()[k];
        NpType t = switch (kind) {
            case "sum", "prod" -> x.type.accumulator();
            case "mean", "std", "var" -> x.type.isFloating() ? x.type : NpType.FLOAT64;
            case "all", "any" -> NpType.BOOL;
            default -> x.type;
        };
        if ((kind.equals("max") || kind.equals("min") || kind.equals("ptp")) && count == 0)
            throw PyError.value("zero-size array to reduction operation " + (kind.equals("min") ? "minimum" : "maximum") + " which has no identity");
        if (kind.equals("ptp") && x.type == NpType.BOOL)
            throw PyError.type("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
        NpType wanted = NpDtype.parse(a.keyword("dtype"));
        if (wanted != null) t = wanted;
        if (kind.equals("mean") && count == 0) emptyMean(a, ax != null && ax.length < x.ndim() || keep);
        boolean f32 = t == NpType.FLOAT32; // NumPy accumulates in the result's type
        boolean wraps = t.isInteger(); // and integers in 64-bit two's complement, wrapping around
        int run = pairwiseRun(x.shape(), all);
        NDArray r = switch (kind) {
            case "sum" -> blocks(x, all, keep, (v, from, n) -> wraps ? Int64Arithmetic.sum(v, from, n) : sum(v, from, n, run, f32));
            case "mean" -> blocks(x, all, keep, (v, from, n) -> round(sum(v, from, n, run, f32) / n, f32));
            case "prod" -> blocks(x, all, keep, (v, from, n) -> {
                if (wraps) return Int64Arithmetic.product(v, from, n);
                double p = 1;
                for (int i = from; i < from + n; i++) p = round(p * v[i], f32);
                return p;
            });
            case "max" -> blocks(x, all, keep, (v, from, n) -> extreme(v, from, n, true));
            case "min" -> blocks(x, all, keep, (v, from, n) -> extreme(v, from, n, false));
            case "ptp" -> blocks(x, all, keep, (v, from, n) -> x.type.cast(extreme(v, from, n, true) - extreme(v, from, n, false))); // NumPy: max - min in the array's type
            case "all" -> blocks(x, all, keep, (v, from, n) -> {
                for (int i = from; i < from + n; i++) if (v[i] == 0) return 0;
                return 1;
            });
            case "any" -> blocks(x, all, keep, (v, from, n) -> {
                for (int i = from; i < from + n; i++) if (v[i] != 0) return 1;
                return 0;
            });
            default -> {
                int ddof = a.integer(-1, "ddof", 0);
                yield blocks(x, all, keep, (v, from, n) -> {
                    double mean = round(sum(v, from, n, run, f32) / n, f32);
                    double[] sq = new double[n];
                    for (int i = 0; i < n; i++) sq[i] = round(round(v[from + i] - mean, f32) * round(v[from + i] - mean, f32), f32);
                    double var = round(sum(sq, 0, n, run, f32) / Math.max(n - ddof, 0), f32);
                    return kind.equals("std") ? round(Math.sqrt(var), f32) : var;
                });
            }
        };
        if (r.ndim() == 0) return NpArray.scalar(t.cast(r.item()), t); // axis=None or every axis (or a 0-d array's, kept): a NumPy scalar, as ufunc.reduce gives
        return NpArray.of(r, t);
    }

    /** The largest (or smallest) of n items; NaN if any is. */
    private static double extreme(double[] v, int from, int n, boolean max) {
        double best = v[from];
        for (int i = from + 1; i < from + n; i++) {
            if (Double.isNaN(v[i]) || Double.isNaN(best)) return Double.NaN;
            best = max ? larger(best, v[i]) : smaller(best, v[i]); // -0. and 0.: the later one, as NumPy's reduction keeps
        }
        return best;
    }

    /** See {@link NumpySum#pairwiseRun}. */
    static int pairwiseRun(int[] shape, int[] axes) {
        return NumpySum.pairwiseRun(shape, axes);
    }

    private static double sum(double[] v, int from, int n, int run, boolean f32) {
        return NumpySum.sum(v, from, n, run, f32);
    }

    /** NumPy's pairwise sum (8 accumulators, halves past 128 items), in float64. */
    static double sum(double[] v, int from, int n) {
        return NumpySum.sum(v, from, n, false);
    }

    /** NumPy's sum of n items, float32 rounded at every step when f32 (see {@link NumpySum}). */
    static double sum(double[] v, int from, int n, boolean f32) {
        return NumpySum.sum(v, from, n, f32);
    }

    private static double round(double v, boolean f32) {
        return NumpySum.round(v, f32);
    }

    @FunctionalInterface
    interface Block {
        double apply(double[] values, int from, int n);
    }

    /** f over each block of the reduced axes (moved last), in the kept axes' order. */
    static NDArray blocks(NpArray x, int[] axes, boolean keep, Block f) {
        NumpySum.Blocks b = NumpySum.reducedAxesLast(x.values(), axes);
        double[] v = b.values();
        int block = b.size();
        int[] out = Shapes.reduced(x.shape(), axes, keep);
        int n = Shapes.size(out);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = f.apply(v, i * block, block);
        return NDArray.of(r, out);
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }

    private static Object argExtreme(Args a, boolean max) {
        a.expect(1, 2, "axis", "keepdims");
        NpArray x = atLeast1d(self(a));
        Object axis = a.option(1, "axis", null);
        if (x.size() == 0) throw PyError.value("attempt to get " + (max ? "argmax" : "argmin") + " of an empty sequence");
        NpArray src = max ? x : NpArray.of(x.values().map(v -> -v), NpType.FLOAT64); // argmin as argmax of -x (a uint8 -x would wrap)
        if (axis == null) {
            double[] v = src.values().toArray();
            int best = 0;
            for (int i = 1; i < v.length; i++) if (v[i] > v[best] || Double.isNaN(v[i]) && !Double.isNaN(v[best])) best = i;
            return NpArray.scalar(best, NpType.INT64);
        }
        int k = axis(axis, x.ndim(), a);
        NDArray r = src.values().argmax(k);
        if (a.flag("keepdims", false)) r = r.reshape(Shapes.reduced(x.shape(), new int[] {k}, true));
        return NpArray.box(NpArray.of(r, NpType.INT64)); // a 1-d array's: a scalar
    }

    /**
     * np.cumsum and np.cumprod: running totals along an axis (of the flattened array without one),
     * each step in the accumulator's type, as NumPy's: float32 rounded, integers wrapping.
     */
    private static Object cumulative(Args a, boolean product) {
        a.expect(1, 3, "axis", "dtype");
        NpArray x = atLeast1d(self(a));
        Object dtype = a.option(2, "dtype", null);
        if (dtype != null) x = NpArray.of(x.values(), NpDtype.parse(dtype)); // dtype=: the values cast, then accumulated in that type
        Object axis = a.option(1, "axis", null);
        NpArray src = axis == null ? NpArray.of(x.values().compact().reshape(x.size()), x.type) : x;
        int k = axis == null ? 0 : axis(axis, x.ndim(), a);
        int[] s = src.shape();
        double[] v = src.values().toArray();
        int inner = 1;
        for (int d = k + 1; d < s.length; d++) inner *= s[d];
        int len = s.length == 0 ? 1 : s[k];
        NpType t = dtype != null ? src.type : src.type.accumulator();
        boolean f32 = t == NpType.FLOAT32;
        java.util.function.DoubleBinaryOperator step = t.isInteger() ? (product ? Int64Arithmetic.MULTIPLY : Int64Arithmetic.ADD)
                : product ? (p, q) -> round(p * q, f32) : (p, q) -> round(p + q, f32);
        for (int o = 0; o < v.length; o += len * inner)
            for (int j = 0; j < inner; j++)
                for (int i = 1; i < len; i++) v[o + i * inner + j] = step.applyAsDouble(v[o + (i - 1) * inner + j], v[o + i * inner + j]);
        return NpArray.of(NDArray.of(v, s), t);
    }

    // ---- shapes ----

    private static Object reshape(Args a) {
        a.expect(1, Integer.MAX_VALUE, "newshape", "order");
        NpArray x = self(a);
        Object order = a.keyword("order");
        if (a.size() == 3 && a.get(2) instanceof String given) { // np.reshape(a, newshape, 'F')
            if (order != null) throw a.error("got multiple values for argument 'order'");
            order = given;
            a = new dev.adjoint.lang.Args(a.function(), a.positional().subList(0, 2), a.keywords(), a.span(), a.interpreter());
        }
        int[] shape;
        if (a.size() == 1) shape = a.ints(a.keyword("newshape"), "newshape");
        else if (a.size() == 2) shape = a.ints(a.get(1), "newshape");
        else shape = a.shape(1);
        return columnMajor(order) ? reshapeColumnMajor(x, shape) : reshape(x, shape);
    }

    /** reshape's order=: 'F' reads and writes with the first index fastest; 'C' (and None) the last. */
    private static boolean columnMajor(Object order) {
        String o = order == null ? "C" : order instanceof String s ? s.toUpperCase(java.util.Locale.ROOT) : "";
        if (o.equals("K")) throw PyError.value("order 'K' is not permitted for reshaping");
        if (o.equals("A")) throw new PyError("NotImplementedError", "order='A' reads the array in its memory layout, which adjoint's arrays do not keep; use order='C' or order='F'");
        if (!o.equals("C") && !o.equals("F"))
            throw PyError.value("order must be one of 'C', 'F', 'A', or 'K' (got " + dev.adjoint.lang.Repr.repr(order) + ")");
        return o.equals("F");
    }

    /** order='F': the transposed array's C-order entries fill the reversed shape, transposed back (x.reshape(s, order='F') = x.T.reshape(s[::-1]).T). */
    private static NpArray reshapeColumnMajor(NpArray x, int[] shape) {
        int[] reversed = new int[shape.length];
        for (int i = 0; i < shape.length; i++) reversed[i] = shape[shape.length - 1 - i];
        return transpose(reshape(transpose(x, null), reversed), null);
    }

    static NpArray reshape(NpArray x, int[] shape) {
        int known = 1, unknown = -1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (unknown >= 0) throw PyError.value("can only specify one unknown dimension");
                unknown = i;
            } else known *= shape[i];
        }
        int[] target = shape.clone();
        if (unknown >= 0 && known != 0 && x.size() % known == 0) target[unknown] = x.size() / known;
        if (Shapes.size(target) != x.size() || unknown >= 0 && known == 0)
            throw PyError.value("cannot reshape array of size " + x.size() + " into shape " + shapeWithUnknown(shape));
        return NpArray.view(dev.adjoint.autograd.Views.of(x.data, t -> dev.adjoint.autograd.op.Ops.reshape(t, target)), x);
    }

    private static String shapeWithUnknown(int[] shape) {
        // NumPy's convert_shape_to_string: leading unknowns dropped, later ones "newaxis"
        int i = 0;
        while (i < shape.length && shape[i] < 0) i++;
        if (i == shape.length) return "()";
        StringBuilder sb = new StringBuilder("(").append(shape[i++]);
        for (; i < shape.length; i++) sb.append(shape[i] < 0 ? ",newaxis" : "," + shape[i]);
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** a.T and np.transpose: a view with the axes reversed (or permuted as given). */
    static NpArray transpose(NpArray x, int[] order) {
        int nd = x.ndim();
        int[] perm = new int[nd];
        if (order == null) for (int i = 0; i < nd; i++) perm[i] = nd - 1 - i;
        else {
            if (order.length != nd) throw PyError.value("axes don't match array");
            for (int i = 0; i < nd; i++) {
                if (order[i] < -nd || order[i] >= nd) throw axisError(order[i], nd);
                perm[i] = order[i] < 0 ? order[i] + nd : order[i];
            }
        }
        if (nd < 2) return NpArray.view(x.data, x);
        return NpArray.view(dev.adjoint.autograd.Views.of(x.data, t -> dev.adjoint.autograd.op.Ops.permute(t, perm)), x);
    }

    private static Object squeeze(Args a) {
        a.expect(1, 2, "axis");
        NpArray x = self(a);
        Object axis = a.option(1, "axis", null);
        List<Integer> keep = new ArrayList<>();
        int[] s = x.shape();
        int[] ax = axes(axis, x.ndim(), a);
        for (int i = 0; i < s.length; i++) {
            int axis0 = i;
            boolean named = ax == null ? s[i] == 1 : Arrays.stream(ax).anyMatch(k -> k == axis0);
            if (named && s[i] != 1) throw PyError.value("cannot select an axis to squeeze out which has size not equal to one");
            if (!named) keep.add(s[i]);
        }
        return reshape(x, keep.stream().mapToInt(Integer::intValue).toArray());
    }

    static Object tolist(NpArray x) {
        if (x.ndim() == 0) return NpArray.python(x.values().item(), x.type);
        double[] v = x.values().toArray();
        return nest(v, x.shape(), 0, 0, x.type);
    }

    private static PyList nest(double[] v, int[] shape, int axis, int offset, NpType type) {
        PyList out = new PyList();
        int stride = 1;
        for (int d = axis + 1; d < shape.length; d++) stride *= shape[d];
        for (int i = 0; i < shape[axis]; i++)
            out.add(axis == shape.length - 1 ? NpArray.python(v[offset + i], type) : nest(v, shape, axis + 1, offset + i * stride, type));
        return out;
    }

    /** np.maximum/np.minimum (NaN wins, as NumPy's). */
    static NpArray extreme(NpArray a, NpArray b, boolean max) {
        NpType t = Elementwise.resultType(a, b);
        Elementwise.broadcast(a, b);
        return Elementwise.zip(a, b, t, (x, y) -> Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : max ? larger(x, y) : smaller(x, y));
    }

    /** NumPy's maximum of two floats as x86's maxpd gives it: the second when neither is larger (so of -0. and 0. the second). */
    private static double larger(double x, double y) {
        return x > y ? x : y;
    }

    private static double smaller(double x, double y) {
        return x < y ? x : y;
    }

}
