package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * The two resizes of NumPy, which differ: {@code a.resize(shape)} changes the array itself, keeping
 * its elements in order and filling the new places with zeros (refused, as NumPy refuses it, for
 * an array that does not own its data: a view); {@code np.resize(a, shape)} gives a new array of
 * a's elements repeated to fill the shape. NumPy also refuses an array that a live view refers to
 * (by its reference count, unless refcheck=False); adjoint cannot tell a live view from one
 * already gone (the quickstart's {@code a.ravel()} before {@code a.resize((2, 6))}), so it
 * resizes, and such a view keeps the values it had.
 */
final class Resizing {
    private Resizing() {}

    static void add(PyModule m) {
        m.add(Builtin.of("resize", a -> {
            a.expect(2, 2, "new_shape");
            NpArray x = ArrayFunctions.self(a);
            int[] shape = a.ints(a.option(1, "new_shape", null), "new_shape");
            for (int d : shape) if (d < 0) throw PyError.value("all elements of `new_shape` must be non-negative");
            double[] from = x.values().toArray(), out = new double[Shapes.size(shape)];
            if (from.length > 0) for (int i = 0; i < out.length; i++) out[i] = from[i % from.length];
            return NpArray.of(NDArray.of(out, shape), x.type);
        }));
    }

    /** {@code a.resize(2, 6)}, {@code a.resize((2, 6))}, {@code a.resize(new_shape, refcheck=False)}: in place, returns None. */
    static Object inPlace(Args a) {
        a.expect(1, Integer.MAX_VALUE, "new_shape", "refcheck");
        NpArray x = ArrayFunctions.self(a);
        Object given = a.size() == 2 ? a.get(1) : a.size() > 2 ? Values.tuple(a.positional().subList(1, a.size())) : a.keyword("new_shape");
        if (given == null) return null; // a.resize(): nothing to change
        int[] shape = a.ints(given, "new_shape");
        for (int d : shape) if (d < 0) throw PyError.value("negative dimensions not allowed");
        if (x.data.viewsOther()) throw PyError.value("cannot resize this array: it does not own its data");
        if (java.util.Arrays.equals(shape, x.shape())) return null;
        x.checkWritable("assignment destination");
        double[] from = x.values().toArray(), out = new double[Shapes.size(shape)];
        System.arraycopy(from, 0, out, 0, Math.min(from.length, out.length));
        x.data.setData(NDArray.of(out, shape));
        return null;
    }
}
