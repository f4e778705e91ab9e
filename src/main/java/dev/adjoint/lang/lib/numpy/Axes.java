package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.Ellipsis;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.SliceValue;
import dev.adjoint.lang.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy functions that move, add or reverse axes, each a view of its argument's data as in NumPy:
 * np.moveaxis, np.swapaxes (a.swapaxes), np.atleast_1d/2d/3d, np.flip, np.flipud and np.fliplr.
 */
final class Axes {
    private Axes() {}

    static void add(PyModule m) {
        m.add(Builtin.of("moveaxis", Axes::moveaxis));
        m.add(Builtin.of("rot90", Axes::rot90));
        m.add(Builtin.of("atleast_1d", a -> atLeast(a, 1)));
        m.add(Builtin.of("atleast_2d", a -> atLeast(a, 2)));
        m.add(Builtin.of("atleast_3d", a -> atLeast(a, 3)));
        m.add(Builtin.of("flip", Axes::flip));
        m.add(Builtin.of("flipud", a -> {
            NpArray x = ArrayFunctions.self(a.expect(1, 1));
            if (x.ndim() < 1) throw PyError.value("Input must be >= 1-d.");
            return Subscript.get(x, Values.tuple(reversed(), Ellipsis.INSTANCE));
        }));
        m.add(Builtin.of("fliplr", a -> {
            NpArray x = ArrayFunctions.self(a.expect(1, 1));
            if (x.ndim() < 2) throw PyError.value("Input must be >= 2-d.");
            return Subscript.get(x, Values.tuple(new SliceValue(null, null, null), reversed()));
        }));
    }

    /**
     * np.diagonal(a, offset=0, axis1=0, axis2=1) and a.diagonal(): the diagonal of the axes' planes
     * as a read-only view (NumPy's since 1.9): the other axes first, then the diagonal.
     */
    static Object diagonal(Args a) {
        a.expect(1, 4, "offset", "axis1", "axis2");
        NpArray x = ArrayFunctions.self(a);
        int nd = x.ndim();
        if (nd < 2) throw PyError.value("diag requires an array of at least two dimensions");
        int offset = ArrayFunctions.index(a.option(1, "offset", 0L), "offset");
        int i = one(a.option(2, "axis1", 0L), nd, "axis1"), j = one(a.option(3, "axis2", 1L), nd, "axis2");
        if (i == j) throw PyError.value("axis1 and axis2 cannot be the same");
        int[] s = x.shape(), rowMajor = StrideTricks.rowMajorStrides(s), shape = new int[nd - 1], strides = new int[nd - 1];
        int k = 0;
        for (int d = 0; d < nd; d++)
            if (d != i && d != j) {
                shape[k] = s[d];
                strides[k++] = rowMajor[d];
            }
        int rowStart = Math.max(0, -offset), columnStart = Math.max(0, offset);
        shape[k] = Math.max(0, Math.min(s[i] - rowStart, s[j] - columnStart));
        strides[k] = rowMajor[i] + rowMajor[j];
        int start = shape[k] == 0 ? 0 : rowStart * rowMajor[i] + columnStart * rowMajor[j];
        return StrideTricks.readOnlyView(x, start, shape, strides);
    }

    /** np.rot90(m, k=1, axes=(0, 1)): a view turned k quarter turns from the first axis towards the second, as NumPy flips and transposes. */
    private static Object rot90(Args a) {
        a.expect(1, 3, "k", "axes");
        NpArray m = ArrayFunctions.self(a);
        int turns = Math.floorMod(ArrayFunctions.index(a.option(1, "k", 1L), "k"), 4);
        int[] axes = a.ints(a.option(2, "axes", Values.tuple(0L, 1L)), "axes");
        int nd = m.ndim();
        if (axes.length != 2) throw PyError.value("len(axes) must be 2.");
        if (axes[0] == axes[1] || Math.abs(axes[0] - axes[1]) == nd) throw PyError.value("Axes must be different.");
        if (axes[0] >= nd || axes[0] < -nd || axes[1] >= nd || axes[1] < -nd)
            throw PyError.value("Axes=(" + axes[0] + ", " + axes[1] + ") out of range for array of ndim=" + nd + ".");
        int p = Math.floorMod(axes[0], nd), q = Math.floorMod(axes[1], nd);
        if (turns == 0) return Subscript.get(m, new SliceValue(null, null, null));
        if (turns == 2) return flipped(flipped(m, p), q);
        int[] order = new int[nd];
        for (int d = 0; d < nd; d++) order[d] = d;
        order[p] = q;
        order[q] = p;
        return turns == 1 ? ArrayFunctions.transpose(flipped(m, q), order) : flipped(ArrayFunctions.transpose(m, order), q);
    }

    /** np.flip(m, axis=None): m[::-1, ::-1, ...] over the axes named (all by default), a view as NumPy's; a 0-d m gives m[()], its scalar. */
    private static Object flip(Args a) {
        a.expect(1, 2, "axis");
        NpArray x = ArrayFunctions.self(a);
        int[] axes = ArrayFunctions.axes(a.option(1, "axis", null), x.ndim(), a);
        List<Object> key = new ArrayList<>();
        for (int d = 0; d < x.ndim(); d++) {
            int axis = d;
            key.add(axes == null || java.util.Arrays.stream(axes).anyMatch(j -> j == axis) ? reversed() : new SliceValue(null, null, null));
        }
        return Subscript.get(x, Values.tuple(key));
    }

    /** m reversed along one axis: m[:, ..., ::-1] (a view). */
    private static NpArray flipped(NpArray m, int axis) {
        List<Object> key = new ArrayList<>();
        for (int d = 0; d < axis; d++) key.add(new SliceValue(null, null, null));
        key.add(reversed());
        return (NpArray) Subscript.get(m, Values.tuple(key));
    }

    /** [::-1] */
    private static SliceValue reversed() {
        return new SliceValue(null, null, -1L);
    }

    /** np.moveaxis(a, source, destination): the axes of source moved to destination, the others in their order. */
    private static Object moveaxis(Args a) {
        a.expect(3, 3);
        NpArray x = ArrayFunctions.self(a);
        int nd = x.ndim();
        int[] source = normalized(a.get(1), nd, "source", a), destination = normalized(a.get(2), nd, "destination", a);
        if (source.length != destination.length)
            throw PyError.value("`source` and `destination` arguments must have the same number of elements");
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < nd; k++) if (!contains(source, k)) order.add(k);
        // NumPy inserts each source axis at its destination, destinations in increasing order
        Integer[] byDestination = new Integer[source.length];
        for (int i = 0; i < source.length; i++) byDestination[i] = i;
        java.util.Arrays.sort(byDestination, (p, q) -> destination[p] != destination[q] ? Integer.compare(destination[p], destination[q]) : Integer.compare(source[p], source[q]));
        for (int i : byDestination) order.add(destination[i], source[i]);
        return ArrayFunctions.transpose(x, order.stream().mapToInt(Integer::intValue).toArray());
    }

    /** np.swapaxes(a, axis1, axis2) and a.swapaxes(axis1, axis2). */
    static Object swapaxes(Args a) {
        a.expect(3, 3);
        NpArray x = ArrayFunctions.self(a);
        int nd = x.ndim(), i = one(a.get(1), nd, "axis1"), j = one(a.get(2), nd, "axis2");
        int[] order = new int[nd];
        for (int k = 0; k < nd; k++) order[k] = k;
        order[i] = j;
        order[j] = i;
        return ArrayFunctions.transpose(x, order);
    }

    /** NumPy's normalize_axis_tuple: ints made non-negative, AxisError prefixed by the argument's name, no repeats. */
    private static int[] normalized(Object v, int nd, String name, Args a) {
        int[] given = a.ints(v, name);
        int[] r = new int[given.length];
        for (int i = 0; i < given.length; i++) {
            r[i] = normalizedAxis(given[i], nd, name);
            for (int j = 0; j < i; j++) if (r[j] == r[i]) throw PyError.value("repeated axis in `" + name + "` argument");
        }
        return r;
    }

    private static int one(Object v, int nd, String name) {
        return normalizedAxis(ArrayFunctions.index(v, name), nd, name);
    }

    private static int normalizedAxis(int k, int nd, String name) {
        if (k < -nd || k >= nd) throw new PyError("numpy.AxisError", name + ": axis " + k + " is out of bounds for array of dimension " + nd);
        return k < 0 ? k + nd : k;
    }

    private static boolean contains(int[] v, int k) {
        for (int e : v) if (e == k) return true;
        return false;
    }

    /**
     * np.atleast_1d/2d/3d(*arys): each with at least n dimensions, new axes of length 1 in front (in
     * 3-d, a vector's (1, N, 1) and a matrix's (M, N, 1)); one array alone, else a list of them.
     */
    private static Object atLeast(Args a, int n) {
        a.expect(0, Integer.MAX_VALUE);
        List<Object> out = new dev.adjoint.lang.PyList();
        for (Object v : a.positional()) {
            NpArray x = Operand.required(v, a.function());
            int[] s = x.shape();
            int[] shape = x.ndim() >= n ? s : switch (n * 10 + x.ndim()) {
                case 10, 20, 30 -> n == 1 ? new int[] {1} : n == 2 ? new int[] {1, 1} : new int[] {1, 1, 1};
                case 21 -> new int[] {1, s[0]};
                case 31 -> new int[] {1, s[0], 1};
                default -> new int[] {s[0], s[1], 1}; // 32
            };
            out.add(shape == s ? x : ArrayFunctions.reshape(x, shape));
        }
        return out.size() == 1 ? out.get(0) : out;
    }
}
