package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.Arrays;

/** NumPy's triangles and grids: np.tri, np.tril, np.triu (of the last two axes) and np.meshgrid. */
final class Grids {
    private Grids() {}

    /** np.tri's N and M: NumPy makes np.arange of them, so a float counts its ceiling (np.tri(2.5) has 3 rows). */
    private static int arangeLength(Args a, Object v, String name) {
        return Values.plain(v) instanceof Double d ? (int) Math.max(0, Math.ceil(d)) : a.intValue(v, name);
    }

    static void add(PyModule m) {
        m.add(Builtin.of("tri", a -> {
            a.expect(1, 4, "N", "M", "k", "dtype");
            int n = arangeLength(a, a.option(0, "N", null), "N");
            Object cols = a.option(1, "M", null);
            int c = cols == null ? n : arangeLength(a, cols, "M"), k = a.integer(2, "k", 0);
            return NpArray.of(triangle(n, c, k), Numpy.dtype(a, 3, NpType.FLOAT64));
        }));
        m.add(Builtin.of("tril", a -> part(a, true)));
        m.add(Builtin.of("triu", a -> part(a, false)));
        m.add(Builtin.of("meshgrid", Grids::meshgrid));
        m.add(Builtin.of("indices", a -> {
            a.expect(1, 2, "dimensions", "dtype");
            int[] shape = a.shape(0);
            NpType t = Numpy.dtype(a, 1, NpType.INT64);
            NDArray[] grids = new NDArray[shape.length];
            for (int d = 0; d < shape.length; d++) grids[d] = NpArray.of(indexGrid(shape, d), t).values();
            return NpArray.of(shape.length == 0 ? NDArray.zeros(0) : NDArray.stack(grids, 0), t);
        }));
        m.add(Builtin.of("fromfunction", a -> {
            if (a.size() < 2) throw a.error("fromfunction() missing required argument 'shape' (pos 2)");
            int[] shape = a.shape(1);
            NpType t = Numpy.dtype(a, 2, NpType.FLOAT64);
            java.util.List<Object> grids = new java.util.ArrayList<>();
            for (int d = 0; d < shape.length; d++) grids.add(NpArray.of(indexGrid(shape, d), t));
            java.util.Map<String, Object> keywords = new java.util.HashMap<>(a.keywords());
            keywords.remove("dtype");
            return a.interpreter().call(a.get(0), grids, keywords, a.span()); // NumPy calls the function once, with every index array
        }));
    }

    /** An array of this shape whose entries are their index along axis d (np.indices' d-th array). */
    private static NDArray indexGrid(int[] shape, int d) {
        int[] strides = Shapes.rowMajorStrides(shape);
        int n = 1;
        for (int s : shape) n *= s;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = (i / strides[d]) % shape[d];
        return NDArray.of(v, shape);
    }

    /** np.tri(n, c, k): 1 where column <= row + k. */
    private static NDArray triangle(int rows, int cols, int k) {
        int n = Math.max(0, rows), c = Math.max(0, cols); // NumPy's outer comparison of aranges: empty for a negative size
        double[] v = new double[n * c];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < c; j++) v[i * c + j] = j <= i + (long) k ? 1 : 0;
        return NDArray.of(v, n, c);
    }

    /**
     * np.tril(m, k) / np.triu(m, k): NumPy's where(tri(*m.shape[-2:], k), m, 0) (triu: k - 1 and
     * the other side), so a 1-d array of n becomes n x n and a stack keeps its leading axes.
     */
    private static Object part(Args a, boolean lower) {
        a.expect(1, 2, "m", "k");
        NpArray x = Operand.required(a.option(0, "m", null), a.function());
        int k = a.integer(1, "k", 0);
        if (x.ndim() == 0) throw PyError.type("tri() missing 1 required positional argument: 'N'");
        int[] s = x.shape();
        int rows = s[Math.max(0, s.length - 2)], cols = s[s.length - 1];
        NDArray mask = triangle(rows, cols, lower ? k : k - 1);
        int[] shape = Shapes.broadcast(s, mask.shape());
        double[] v = x.values().broadcastTo(shape).toArray(), keep = mask.toArray();
        for (int i = 0; i < v.length; i++) {
            boolean inMask = keep[i % (rows * cols)] != 0;
            if (inMask != lower) v[i] = 0;
        }
        return NpArray.of(NDArray.of(v, shape), x.type);
    }

    /**
     * np.meshgrid(*xi, indexing='xy', sparse=False): each input flattened along its own axis of
     * the grid ('xy' swaps the first two), broadcast to the full grid unless sparse; a list.
     */
    private static Object meshgrid(Args a) {
        a.expect(0, Integer.MAX_VALUE, "indexing", "sparse", "copy");
        String indexing = String.valueOf(Values.plain(a.option(-1, "indexing", "xy")));
        if (!indexing.equals("xy") && !indexing.equals("ij")) throw PyError.value("Valid values for `indexing` are 'xy' and 'ij'.");
        boolean sparse = a.flag("sparse", false);
        int n = a.size();
        NpArray[] xs = new NpArray[n];
        int[] full = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = Operand.required(a.get(i), "meshgrid");
            full[i] = xs[i].size();
        }
        boolean swap = indexing.equals("xy") && n > 1;
        if (swap) {
            int t = full[0];
            full[0] = full[1];
            full[1] = t;
        }
        PyList out = new PyList();
        for (int i = 0; i < n; i++) {
            int[] s = new int[n];
            Arrays.fill(s, 1);
            s[swap && i < 2 ? 1 - i : i] = xs[i].size();
            NDArray v = xs[i].values().compact().reshape(s);
            out.add(NpArray.of(sparse ? v : v.broadcastTo(full).compact(), xs[i].type));
        }
        return out;
    }
}
