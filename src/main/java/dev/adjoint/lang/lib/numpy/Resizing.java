package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.List;

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
            int[] shape = functionShape(a.option(1, "new_shape", null));
            double[] from = x.values().toArray(), out = new double[Shapes.size(shape)];
            if (from.length > 0) for (int i = 0; i < out.length; i++) out[i] = from[i % from.length];
            return NpArray.of(NDArray.of(out, shape), x.type);
        }));
    }

    /** np.resize's new_shape: an int or an iterable of them, read as NumPy's Python code reads it (so its TypeErrors are Python's). */
    private static int[] functionShape(Object given) {
        Object v = Values.plain(given);
        if (v instanceof NpArray x) v = x.ndim() == 0 ? x.pythonNumber() : ArrayFunctions.tolist(x);
        if (PyNumbers.isInt(v)) v = Values.tuple(v);
        if (v instanceof String text) v = Values.tuple(text.chars().mapToObj(c -> (Object) Character.toString(c)).toArray()); // NumPy iterates a str
        if (!(v instanceof List<?> items)) throw PyError.type("'" + Values.typeName(v) + "' object is not iterable");
        int[] shape = new int[items.size()];
        boolean fractional = false;
        for (int i = 0; i < shape.length; i++) {
            Object d = Values.number(items.get(i));
            if (!PyNumbers.isNumber(d)) throw PyError.type("'<' not supported between instances of '" + Values.typeName(d) + "' and 'int'");
            if (PyNumbers.approx(d) < 0) throw PyError.value("all elements of `new_shape` must be non-negative");
            fractional |= !PyNumbers.isInt(d);
            if (!fractional) shape[i] = Values.toInt(d, "new_shape");
        }
        if (fractional) throw PyError.type("can't multiply sequence by non-int of type 'float'"); // NumPy's size is then a float
        return shape;
    }

    /** a.resize's new shape: an int or a sequence of ints, read as NumPy's C converter reads it. */
    private static int[] methodShape(Object given) {
        Object v = Values.plain(given);
        if (v instanceof NpArray x) v = x.ndim() == 0 ? x.pythonNumber() : ArrayFunctions.tolist(x);
        if (v instanceof Double) throw PyError.type("expected a sequence of integers or a single integer, got '" + Values.repr(v) + "'");
        List<?> items = v instanceof List<?> l ? l : java.util.Collections.singletonList(v);
        int[] shape = new int[items.size()];
        for (int i = 0; i < shape.length; i++) {
            Object d = Values.number(items.get(i));
            if (!PyNumbers.isInt(d)) throw PyError.type("'" + Values.typeName(d) + "' object cannot be interpreted as an integer");
            shape[i] = Values.toInt(d, "new_shape");
        }
        return shape;
    }

    /** {@code a.resize(2, 6)}, {@code a.resize((2, 6))}, {@code a.resize(new_shape, refcheck=False)}: in place, returns None. */
    static Object inPlace(Args a) {
        a.expect(1, Integer.MAX_VALUE, "new_shape", "refcheck");
        NpArray x = ArrayFunctions.self(a);
        Object given = a.size() == 2 ? a.get(1) : a.size() > 2 ? Values.tuple(a.positional().subList(1, a.size())) : a.keyword("new_shape");
        if (given == null) return null; // a.resize(): nothing to change
        int[] shape = methodShape(given);
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
