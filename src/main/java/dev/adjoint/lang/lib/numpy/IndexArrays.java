package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's functions that count or pick by arrays of indices, as students compute class counts and
 * the true class's logit: np.bincount, np.choose(y, Z.T), np.take_along_axis(Z, y[:, None], 1).
 */
final class IndexArrays {
    private IndexArrays() {}

    static void add(PyModule m) {
        m.add(Builtin.of("bincount", IndexArrays::bincount));
        m.add(Builtin.of("choose", IndexArrays::choose));
        m.add(Builtin.of("take_along_axis", IndexArrays::takeAlongAxis));
        m.add(Builtin.of("unravel_index", IndexArrays::unravelIndex));
        m.add(Builtin.of("ravel_multi_index", IndexArrays::ravelMultiIndex));
        m.add(Builtin.of("select", IndexArrays::select));
        m.add(Builtin.of("place", a -> {
            a.expect(3, 3);
            NpArray x = target(a, "argument 1"), mask = Operand.required(a.get(1), "place"), vals = Operand.required(a.get(2), "place");
            if (mask.size() != x.size()) throw PyError.value("place: mask and data must be the same size");
            double[] v = x.values().toArray(), on = mask.values().toArray(), with = vals.values().toArray();
            int k = 0;
            for (int i = 0; i < v.length; i++)
                if (on[i] != 0) {
                    if (with.length == 0) throw PyError.value("Cannot insert from an empty array!");
                    v[i] = with[k++ % with.length]; // the k-th masked entry takes the k-th value
                }
            x.write(NDArray.of(v, x.shape()));
            return null;
        }));
        m.add(Builtin.of("putmask", a -> {
            a.expect(3, 3);
            NpArray x = target(a, "putmask() argument 1"), mask = Operand.required(a.get(1), "putmask"), vals = Operand.required(a.get(2), "putmask");
            if (mask.size() != x.size()) throw PyError.value("putmask: mask and data must be the same size");
            double[] v = x.values().toArray(), on = mask.values().toArray(), with = vals.values().toArray();
            if (with.length == 0) return null;
            for (int i = 0; i < v.length; i++) if (on[i] != 0) v[i] = with[i % with.length]; // the entry at flat position i takes value i
            x.write(NDArray.of(v, x.shape()));
            return null;
        }));
    }

    /**
     * np.unravel_index(indices, shape, order='C'): the coordinates of flat indices into an array of
     * the shape, one int64 array (or scalar) per axis, each of the indices' shape.
     */
    private static Object unravelIndex(Args a) {
        a.expect(2, 3, "order");
        NpArray flat = ArrayFunctions.self(a);
        int[] shape = a.ints(a.get(1), "shape");
        Object given = Values.plain(a.option(2, "order", "C"));
        if (given != null && !(given instanceof String)) throw PyError.type("order must be str, not " + Values.typeName(given));
        String order = given == null ? "C" : ((String) given).toUpperCase(java.util.Locale.ROOT); // None is C, as NumPy's order converter has it
        if (order.equals("A") || order.equals("K")) throw PyError.value("only 'C' or 'F' order is permitted");
        if (!order.equals("C") && !order.equals("F")) throw PyError.value("order must be one of 'C', 'F', 'A', or 'K' (got '" + given + "')");
        if (!flat.type.isExact()) throw PyError.type("only int indices permitted");
        long size = 1;
        for (int d : shape) size *= d;
        double[] v = flat.values().toArray();
        double[][] coordinates = new double[shape.length][v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] >= size) throw PyError.value("index " + (long) v[i] + " is out of bounds for array with size " + size);
            long rest = (long) v[i];
            for (int k = 0; k < shape.length; k++) {
                int axis = order.equals("C") ? shape.length - 1 - k : k; // the fastest-varying axis first
                coordinates[axis][i] = rest % shape[axis];
                rest /= shape[axis];
            }
        }
        List<Object> out = new ArrayList<>();
        for (double[] c : coordinates) out.add(NpArray.box(NpArray.of(NDArray.of(c, flat.shape()), NpType.INT64)));
        return Values.tuple(out);
    }

    /**
     * np.ravel_multi_index(multi_index, dims, mode='raise', order='C'): the flat index of each
     * coordinate tuple (the coordinate arrays broadcast together); out of range a ValueError
     * ('raise'), clipped ('clip') or taken modulo the axis ('wrap').
     */
    private static Object ravelMultiIndex(Args a) {
        a.expect(2, 4, "mode", "order");
        int[] dims = a.ints(a.get(1), "dims");
        List<NpArray> coordinates = new ArrayList<>();
        for (java.util.Iterator<Object> it = Values.iterate(a.get(0)); it.hasNext(); ) coordinates.add(Operand.required(it.next(), "ravel_multi_index"));
        if (coordinates.size() != dims.length) throw PyError.value("parameter multi_index must be a sequence of length " + dims.length);
        Object given = Values.plain(a.option(2, "mode", "raise"));
        char mode = given instanceof String text && !text.isEmpty() ? Character.toLowerCase(text.charAt(0)) : ' ';
        if (mode != 'r' && mode != 'c' && mode != 'w') throw PyError.value("clipmode must be one of 'clip', 'raise', or 'wrap' (got " + dev.adjoint.lang.Repr.repr(given) + ")");
        boolean c = !"F".equals(Values.plain(a.option(3, "order", "C")));
        int[] shape = new int[0];
        for (NpArray x : coordinates) {
            if (!x.type.isExact()) throw PyError.type("only int indices permitted");
            shape = broadcastShapes(shape, x.shape());
        }
        double[] flat = new double[Shapes.size(shape)];
        long step = 1;
        for (int k = dims.length - 1; k >= 0; k--) {
            int axis = c ? k : dims.length - 1 - k; // the fastest-varying axis first
            double[] v = coordinates.get(axis).values().broadcastTo(shape).toArray();
            for (int i = 0; i < flat.length; i++) {
                long at = (long) v[i];
                if (mode == 'c') at = Math.max(0, Math.min(dims[axis] - 1, at));
                else if (mode == 'w') at = Math.floorMod(at, (long) dims[axis]);
                else if (at < 0 || at >= dims[axis]) throw PyError.value("invalid entry in coordinates array");
                flat[i] += at * step;
            }
            step *= dims[axis];
        }
        return NpArray.box(NpArray.of(NDArray.of(flat, shape), NpType.INT64));
    }

    /**
     * np.select(condlist, choicelist, default=0): from the first condition that holds, that choice;
     * else default; all broadcast together, in the type NumPy's result_type gives them.
     */
    private static Object select(Args a) {
        a.expect(2, 3, "default");
        List<NpArray> conditions = new ArrayList<>(), choices = new ArrayList<>();
        for (java.util.Iterator<Object> it = Values.iterate(a.get(0)); it.hasNext(); ) conditions.add(Operand.required(it.next(), "select"));
        for (java.util.Iterator<Object> it = Values.iterate(a.get(1)); it.hasNext(); ) choices.add(Operand.required(it.next(), "select"));
        if (conditions.size() != choices.size()) throw PyError.value("list of cases must be same length as list of conditions");
        if (conditions.isEmpty()) throw PyError.value("select with an empty condition list is not possible");
        choices.add(Operand.required(a.option(2, "default", 0L), "select"));
        NpType type = resultType(choices);
        int[] shape = new int[0];
        for (NpArray x : conditions) shape = broadcastShapes(shape, x.shape());
        for (NpArray x : choices) shape = broadcastShapes(shape, x.shape());
        for (int i = 0; i < conditions.size(); i++)
            if (conditions.get(i).type != NpType.BOOL) throw PyError.type("invalid entry " + i + " in condlist: should be boolean ndarray");
        int n = Shapes.size(shape);
        double[] r = choices.get(choices.size() - 1).values().broadcastTo(shape).toArray();
        boolean[] taken = new boolean[n];
        for (int c = 0; c < conditions.size(); c++) {
            double[] when = conditions.get(c).values().broadcastTo(shape).toArray(), v = choices.get(c).values().broadcastTo(shape).toArray();
            for (int i = 0; i < n; i++)
                if (!taken[i] && when[i] != 0) {
                    r[i] = v[i];
                    taken[i] = true;
                }
        }
        return NpArray.of(NDArray.of(r, shape), type);
    }

    /** NumPy's broadcast of several shapes, one at a time. */
    private static int[] broadcastShapes(int[] a, int[] b) {
        try {
            return Shapes.broadcast(a, b);
        } catch (dev.adjoint.ndarray.ShapeException e) {
            throw PyError.value("shape mismatch: objects cannot be broadcast to a single shape");
        }
    }

    /** np.result_type of several operands: the arrays' types promoted, the 0-d ones by value as NumPy 1.24 casts them. */
    static NpType resultType(List<NpArray> operands) {
        NpType arrays = null, scalars = null;
        for (NpArray x : operands)
            if (x.ndim() > 0) arrays = arrays == null ? x.type : NpType.promote(arrays, x.type);
            else scalars = scalars == null ? x.type : NpType.promote(scalars, x.type);
        if (arrays == null) return scalars;
        NpType t = arrays;
        for (NpArray x : operands) if (x.ndim() == 0) t = NpType.withScalar(t, x.type, x.values().item());
        return t;
    }

    /** The array a function writes into: an ndarray itself, not something made into one. */
    private static NpArray target(Args a, String what) {
        if (!(Values.plain(a.get(0)) instanceof NpArray x) || x.isScalar())
            throw PyError.type(what + " must be numpy.ndarray, not " + Values.typeName(a.get(0)));
        return x;
    }

    /**
     * np.put(a, ind, v, mode='raise') and a.put(ind, v, mode='raise'): the entries at flat indices
     * ind set to v's values in turn (repeated), out-of-range indices an IndexError ('raise'), clipped
     * ('clip') or taken modulo the size ('wrap').
     */
    static Object put(Args a) {
        a.expect(3, 4, "mode");
        NpArray x = target(a, "argument 1");
        double[] ind = Operand.required(a.get(1), "put").values().toArray(), with = Operand.required(a.get(2), "put").values().toArray();
        Object mode = Values.plain(a.option(3, "mode", "raise"));
        char m = mode instanceof String text && !text.isEmpty() ? Character.toLowerCase(text.charAt(0)) : ' ';
        if (m != 'r' && m != 'c' && m != 'w') throw PyError.value("clipmode must be one of 'clip', 'raise', or 'wrap' (got " + dev.adjoint.lang.Repr.repr(mode) + ")");
        if (with.length == 0) return null;
        double[] v = x.values().toArray();
        int n = v.length;
        for (int k = 0; k < ind.length; k++) {
            long i = (long) ind[k];
            if (m == 'c') i = Math.max(0, Math.min(n - 1, i));
            else if (m == 'w') i = Math.floorMod(i, (long) n);
            else if (i < -n || i >= n) throw PyError.index("index " + i + " is out of bounds for axis 0 with size " + n);
            else if (i < 0) i += n;
            v[(int) i] = with[k % with.length];
        }
        x.write(NDArray.of(v, x.shape()));
        return null;
    }

    /** np.bincount(x, weights=None, minlength=0): how often each of 0..max(x) occurs (or the sum of its weights). */
    private static NpArray bincount(Args a) {
        a.expect(1, 3, "weights", "minlength");
        NpArray x = ArrayFunctions.self(a);
        if (x.ndim() > 1) throw PyError.value("object too deep for desired array");
        if (x.type.isFloating())
            throw PyError.type("Cannot cast array data from dtype('" + x.type.name + "') to dtype('int64') according to the rule 'safe'");
        int minlength = a.integer(2, "minlength", 0);
        if (minlength < 0) throw PyError.value("'minlength' must not be negative");
        double[] v = x.values().toArray();
        int n = minlength;
        for (double i : v) {
            if (i < 0) throw PyError.value("'list' argument must have no negative elements");
            n = (int) Math.max(n, i + 1);
        }
        Object weightsArg = a.option(1, "weights", null);
        double[] w = weightsArg == null ? null : Operand.required(weightsArg, "bincount").values().toArray();
        if (w != null && w.length != v.length) throw PyError.value("The weights and list don't have the same length.");
        double[] counts = new double[n];
        for (int i = 0; i < v.length; i++) counts[(int) v[i]] += w == null ? 1 : w[i];
        return NpArray.of(NDArray.of(counts, n), w == null ? NpType.INT64 : NpType.FLOAT64);
    }

    /** np.choose(a, choices): at each position, the entry of the choice a names there (all broadcast together). */
    static NpArray choose(Args a) {
        a.expect(1, 2, "choices");
        NpArray which = ArrayFunctions.self(a);
        List<NpArray> choices = new ArrayList<>();
        for (java.util.Iterator<Object> it = Values.iterate(a.option(1, "choices", null)); it.hasNext(); ) choices.add(Operand.required(it.next(), "choose"));
        if (choices.isEmpty()) throw PyError.value("0-length sequence.");
        int[] shape = which.shape();
        NpType type = choices.get(0).type;
        for (NpArray c : choices) {
            try {
                shape = Shapes.broadcast(shape, c.shape());
            } catch (dev.adjoint.ndarray.ShapeException e) {
                throw PyError.value("shape mismatch: objects cannot be broadcast to a single shape");
            }
            type = NpType.promote(type, c.type);
        }
        double[] pick = which.values().broadcastTo(shape).compact().toArray();
        List<double[]> values = new ArrayList<>();
        for (NpArray c : choices) values.add(c.values().broadcastTo(shape).compact().toArray());
        double[] out = new double[pick.length];
        for (int i = 0; i < out.length; i++) {
            int k = (int) pick[i];
            if (k < 0 || k >= values.size() || pick[i] != k) throw PyError.value("invalid entry in choice array");
            out[i] = values.get(k)[i];
        }
        return NpArray.of(NDArray.of(out, shape), type);
    }

    /**
     * np.take_along_axis(arr, indices, axis): arr's entries at indices along one axis, the other
     * axes broadcast, as NumPy builds it: a fancy index with an arange on every other axis.
     */
    private static Object takeAlongAxis(Args a) {
        a.expect(2, 3, "indices", "axis");
        NpArray arr = ArrayFunctions.self(a);
        NpArray idx = Operand.required(a.option(1, "indices", null), "take_along_axis");
        if (!idx.type.isInteger()) throw PyError.index("`indices` must be an integer array");
        Object axisArg = a.option(2, "axis", null);
        if (axisArg == null) {
            if (idx.ndim() != 1) throw PyError.value("when axis=None, `indices` must have a single dimension.");
            arr = ArrayFunctions.flat(arr);
        }
        if (idx.ndim() != arr.ndim()) throw PyError.value("`indices` and `arr` must have the same number of dimensions");
        int nd = arr.ndim(), axis = axisArg == null ? 0 : ArrayFunctions.axis(axisArg, nd, a);
        List<Object> key = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            if (d == axis) {
                key.add(idx);
                continue;
            }
            int[] s = new int[nd];
            java.util.Arrays.fill(s, 1);
            s[d] = arr.shape()[d];
            key.add(NpArray.of(NDArray.arange(0, s[d], 1).reshape(s), NpType.INT64));
        }
        return Subscript.get(arr, Values.tuple(key));
    }
}
