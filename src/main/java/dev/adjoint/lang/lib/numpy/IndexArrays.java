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
    private static NpArray choose(Args a) {
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
