package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * np.searchsorted (a.searchsorted) and np.digitize: NumPy's binary search, keys taken in turn
 * and each search narrowed from the previous key's bounds as NumPy's binsearch does, so an
 * unsorted array gives NumPy's indices too; NaN sorts last.
 */
final class Searching {
    private Searching() {}

    static void add(PyModule m) {
        m.add(Builtin.of("digitize", Searching::digitize));
    }

    /** np.searchsorted(a, v, side='left', sorter=None): where v's values would go in the 1-d a to keep it sorted; int64, v's shape. */
    static Object searchsorted(Args a) {
        a.expect(2, 4, "side", "sorter");
        NpArray sorted = ArrayFunctions.self(a), keys = Operand.required(a.get(1), a.function());
        boolean right = right(a.option(2, "side", "left"));
        Object sorterArg = a.option(3, "sorter", null);
        double[] values = oneDimensional(sorted).values().toArray();
        int[] sorter = null;
        if (sorterArg != null) {
            NpArray s = Operand.required(sorterArg, a.function());
            if (!s.type.isExact() || s.type == NpType.UINT64) throw PyError.type("sorter must only contain integers"); // not cast safely to intp
            if (s.ndim() != 1 || s.size() != values.length) throw PyError.value("sorter.size must equal a.size");
            sorter = Arrays.stream(s.values().toArray()).mapToInt(d -> (int) d).toArray();
        }
        long[] found = search(values, sorter, keys.values().toArray(), right);
        double[] r = new double[found.length];
        for (int i = 0; i < r.length; i++) r[i] = found[i];
        return NpArray.box(NpArray.of(NDArray.of(r, keys.shape()), NpType.INT64));
    }

    /**
     * np.digitize(x, bins, right=False): the index of each x's bin, by searchsorted on the 1-d
     * monotonic bins (side 'right' unless right=True; decreasing bins searched reversed).
     */
    private static Object digitize(Args a) {
        a.expect(2, 3, "right");
        NpArray x = ArrayFunctions.self(a), bins = Operand.required(a.get(1), a.function());
        boolean right = a.bool(2, "right", false);
        double[] edges = oneDimensional(bins).values().toArray();
        int direction = monotonicity(edges);
        if (direction == 0) throw PyError.value("bins must be monotonically increasing or decreasing");
        if (direction < 0) {
            double[] reversed = new double[edges.length];
            for (int i = 0; i < edges.length; i++) reversed[i] = edges[edges.length - 1 - i];
            edges = reversed;
        }
        long[] found = search(edges, null, x.values().toArray(), !right);
        double[] r = new double[found.length];
        for (int i = 0; i < r.length; i++) r[i] = direction < 0 ? edges.length - found[i] : found[i];
        return NpArray.box(NpArray.of(NDArray.of(r, x.shape()), NpType.INT64));
    }

    /** The searched array as NumPy takes it: 1-d, else its ValueError. */
    private static NpArray oneDimensional(NpArray x) {
        if (x.ndim() > 1) throw PyError.value("object too deep for desired array");
        if (x.ndim() < 1) throw PyError.value("object of too small depth for desired array");
        return x;
    }

    /** side: a str whose first letter (either case) is l or r. */
    private static boolean right(Object side) {
        Object s = Values.plain(side);
        if (!(s instanceof String text)) throw PyError.type("search side must be str, not " + Values.typeName(side));
        char c = text.isEmpty() ? ' ' : Character.toLowerCase(text.charAt(0));
        if (c != 'l' && c != 'r') throw PyError.value("search side must be 'left' or 'right' (got '" + text + "')");
        return c == 'r';
    }

    /** 1 increasing (or all equal, or empty), -1 decreasing, 0 neither: NumPy's _monotonicity, NaN compared as C compares it. */
    private static int monotonicity(double[] v) {
        int i = 1;
        while (i < v.length && v[i] == v[0]) i++;
        if (i >= v.length) return 1;
        boolean increasing = v[0] < v[i];
        for (i++; i < v.length; i++)
            if (increasing ? v[i - 1] > v[i] : v[i - 1] < v[i]) return 0;
        return increasing ? 1 : -1;
    }

    /**
     * NumPy's binsearch (with a sorter its argbinsearch): for each key the first index whose value
     * is not less than it (right: greater than it). The bounds carry over from the previous key
     * when the keys increase, as NumPy's do.
     */
    private static long[] search(double[] a, int[] sorter, double[] keys, boolean right) {
        int n = a.length, min = 0, max = n;
        long[] found = new long[keys.length];
        double last = keys.length == 0 ? 0 : keys[0];
        for (int k = 0; k < keys.length; k++) {
            double key = keys[k];
            if (less(last, key)) max = n;
            else {
                min = 0;
                max = max < n ? max + 1 : n;
            }
            last = key;
            while (min < max) {
                int mid = min + ((max - min) >> 1);
                double v = a[sorter == null ? mid : sorted(sorter[mid], n)];
                if (right ? !less(key, v) : less(v, key)) min = mid + 1;
                else max = mid;
            }
            found[k] = min;
        }
        return found;
    }

    private static int sorted(int index, int n) {
        if (index < 0 || index >= n) throw PyError.value("Sorter index out of range.");
        return index;
    }

    /** NumPy's sort order: NaN after every number. */
    private static boolean less(double x, double y) {
        return x < y || (y != y && x == x);
    }
}
