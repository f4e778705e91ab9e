package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * NumPy's arraysetops: np.unique (of the flattened array or of slices along an axis),
 * intersect1d, union1d, setdiff1d, setxor1d, in1d and isin, each as NumPy 1.24 defines it
 * (sorted results in the type the operands concatenate to; NaN never equals NaN, but
 * unique's values keep one NaN, as its equal_nan=True does).
 */
final class SetFunctions {
    private SetFunctions() {}

    static void add(PyModule m) {
        m.add(Builtin.of("unique", SetFunctions::unique));
        m.add(Builtin.of("intersect1d", SetFunctions::intersect1d));
        m.add(Builtin.of("union1d", a -> {
            a.expect(2, 2);
            return unique(joined(operand(a, 0), operand(a, 1))).values;
        }));
        m.add(Builtin.of("setdiff1d", a -> {
            a.expect(2, 3, "assume_unique");
            NpArray p = distinct(a, operand(a, 0)), q = distinct(a, operand(a, 1));
            return kept(p, member(p, q, true));
        }));
        m.add(Builtin.of("setxor1d", a -> {
            a.expect(2, 3, "assume_unique");
            NpArray aux = joined(distinct(a, operand(a, 0)), distinct(a, operand(a, 1)));
            double[] v = sorted(aux.values().toArray());
            boolean[] keep = new boolean[v.length];
            for (int i = 0; i < v.length; i++) keep[i] = (i == 0 || v[i] != v[i - 1]) && (i == v.length - 1 || v[i] != v[i + 1]);
            return kept(NpArray.of(NDArray.of(v, v.length), aux.type), keep);
        }));
        m.add(Builtin.of("in1d", a -> {
            a.expect(2, 4, "assume_unique", "invert", "kind");
            NpArray p = ArrayFunctions.flat(operand(a, 0));
            return booleans(member(p, operand(a, 1), a.bool(3, "invert", false)), p.shape());
        }));
        m.add(Builtin.of("isin", a -> {
            a.expect(2, 4, "assume_unique", "invert", "kind");
            NpArray p = operand(a, 0);
            return booleans(member(ArrayFunctions.flat(p), operand(a, 1), a.bool(3, "invert", false)), p.shape());
        }));
    }

    private static NpArray operand(Args a, int i) {
        return Operand.required(a.get(i), a.function());
    }

    /** ar unique, or flattened as it is with assume_unique=True. */
    private static NpArray distinct(Args a, NpArray x) {
        return a.bool(2, "assume_unique", false) ? ArrayFunctions.flat(x) : unique(x).values;
    }

    /** np.concatenate of both flattened: the promoted type, no value-based casting. */
    private static NpArray joined(NpArray p, NpArray q) {
        NDArray v = NDArray.concatenate(new NDArray[] {ArrayFunctions.flat(p).values(), ArrayFunctions.flat(q).values()}, 0);
        return NpArray.of(v, NpType.promote(p.type, q.type));
    }

    /**
     * Whether each entry of p equals one of q's (-0.0 is 0.0, NaN is nothing), or not with invert.
     * NumPy's in1d compares a short q one value at a time, p == q[i] with q[i] a scalar, so each
     * value is compared in the type value-based casting gives it: float32 for a float32 p only when
     * the value is small enough (1e300 stays float64, and so does an int that needs 32 bits).
     */
    private static boolean[] member(NpArray p, NpArray q, boolean invert) {
        boolean oneByOne = !(p.type.isExact() && q.type.isExact()) && q.size() < 10 * Math.pow(p.size(), 0.145);
        Set<Double> in = new HashSet<>();
        for (double v : q.values().toArray()) {
            double w = oneByOne && NpType.withScalar(p.type, q.type, v) == NpType.FLOAT32 ? (float) v : v;
            in.add(w == 0 ? 0.0 : w);
        }
        double[] v = p.values().toArray();
        boolean[] r = new boolean[v.length];
        for (int i = 0; i < v.length; i++) r[i] = (!Double.isNaN(v[i]) && in.contains(v[i] == 0 ? 0.0 : v[i])) != invert;
        return r;
    }

    private static NpArray booleans(boolean[] b, int[] shape) {
        double[] v = new double[b.length];
        for (int i = 0; i < b.length; i++) v[i] = b[i] ? 1 : 0;
        return NpArray.of(NDArray.of(v, shape), NpType.BOOL);
    }

    /** The entries of a 1-d array where keep holds. */
    private static NpArray kept(NpArray x, boolean[] keep) {
        double[] v = x.values().toArray(), out = new double[v.length];
        int n = 0;
        for (int i = 0; i < v.length; i++) if (keep[i]) out[n++] = v[i];
        return NpArray.of(NDArray.of(Arrays.copyOf(out, n), n), x.type);
    }

    /** NumPy's order for sorting: -0.0 equals 0.0, NaN last. */
    private static int order(double p, double q) {
        return p == q ? 0 : Double.compare(p, q);
    }

    private static double[] sorted(double[] v) {
        Double[] boxed = Arrays.stream(v).boxed().toArray(Double[]::new);
        Arrays.sort(boxed, SetFunctions::order);
        return Arrays.stream(boxed).mapToDouble(Double::doubleValue).toArray();
    }

    /** The positions that sort v, stable (NumPy's mergesort, which return_index and return_indices ask for). */
    private static Integer[] sortingOrder(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (i, j) -> order(v[i], v[j]));
        return idx;
    }

    /**
     * np.intersect1d(ar1, ar2, assume_unique=False, return_indices=False): both made unique,
     * joined and sorted; a value met twice in a row is in both. With return_indices, where each
     * came from in ar1 and in ar2 (their first occurrences).
     */
    private static Object intersect1d(Args a) {
        a.expect(2, 4, "assume_unique", "return_indices");
        boolean assumeUnique = a.bool(2, "assume_unique", false), indices = a.bool(3, "return_indices", false);
        NpArray p = operand(a, 0), q = operand(a, 1);
        Unique up = assumeUnique ? null : unique(p), uq = assumeUnique ? null : unique(q);
        NpArray p1 = assumeUnique ? ArrayFunctions.flat(p) : up.values, q1 = assumeUnique ? ArrayFunctions.flat(q) : uq.values;
        NpArray aux = joined(p1, q1);
        double[] v = aux.values().toArray();
        Integer[] idx = sortingOrder(v);
        List<Double> common = new ArrayList<>(), fromP = new ArrayList<>(), fromQ = new ArrayList<>();
        for (int i = 0; i + 1 < idx.length; i++)
            if (v[idx[i]] == v[idx[i + 1]]) {
                common.add(v[idx[i]]);
                int pi = idx[i], qi = idx[i + 1] - p1.size();
                fromP.add((double) (assumeUnique ? pi : up.first[pi]));
                fromQ.add((double) (assumeUnique ? qi : uq.first[qi]));
            }
        NpArray values = NpArray.of(vector(common), aux.type);
        if (!indices) return values;
        return Values.tuple(values, NpArray.of(vector(fromP), NpType.INT64), NpArray.of(vector(fromQ), NpType.INT64));
    }

    private static NDArray vector(List<Double> v) {
        return NDArray.of(v.stream().mapToDouble(Double::doubleValue).toArray(), v.size());
    }

    /** np.unique's answers: the distinct values (or slices), each one's first position, every entry's group, and the counts. */
    private record Unique(NpArray values, int[] first, int[] inverse, int[] counts) {}

    private static Unique unique(NpArray x) {
        return unique(ArrayFunctions.flat(x), 0);
    }

    /**
     * The distinct slices of x along axis, sorted lexicographically (a 1-d array's slices are its
     * values), as np.unique computes them: axis moved to the front, the rest flattened into rows.
     */
    private static Unique unique(NpArray x, int axis) {
        int nd = x.ndim();
        int[] perm = new int[nd];
        perm[0] = axis;
        for (int d = 0, k = 1; d < nd; d++) if (d != axis) perm[k++] = d;
        NDArray moved = x.values().permute(perm).compact();
        int n = moved.shape()[0], width = n == 0 ? 0 : moved.size() / n;
        double[] v = moved.toArray();
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, (i, j) -> compareRows(v, i, j, width));
        List<Integer> firsts = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int[] inverse = new int[n];
        for (int s = 0; s < n; s++) {
            int i = idx[s];
            boolean same = s > 0 && compareRows(v, idx[s - 1], i, width) == 0;
            if (!same) {
                firsts.add(i);
                counts.add(0);
            }
            counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            inverse[i] = firsts.size() - 1;
        }
        double[] out = new double[firsts.size() * width];
        for (int g = 0; g < firsts.size(); g++) System.arraycopy(v, firsts.get(g) * width, out, g * width, width);
        int[] shape = moved.shape().clone();
        shape[0] = firsts.size();
        int[] back = new int[nd];
        for (int d = 0; d < nd; d++) back[perm[d]] = d;
        NDArray values = NDArray.of(out, shape).permute(back).compact();
        return new Unique(NpArray.of(values, x.type), firsts.stream().mapToInt(Integer::intValue).toArray(), inverse,
                counts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Rows i and j of width values compared value by value, as NumPy compares the structured items it views them as. */
    private static int compareRows(double[] v, int i, int j, int width) {
        for (int c = 0; c < width; c++) {
            int o = order(v[i * width + c], v[j * width + c]);
            if (o != 0) return o;
        }
        return 0;
    }

    /** np.unique(ar, return_index, return_inverse, return_counts, axis=None). */
    private static Object unique(Args a) {
        a.expect(1, 5, "return_index", "return_inverse", "return_counts", "axis");
        NpArray x = ArrayFunctions.self(a);
        Object axis = a.option(4, "axis", null);
        Unique u = axis == null ? unique(x) : unique(x, ArrayFunctions.axis(axis, x.ndim(), a));
        boolean index = a.bool(1, "return_index", false), inverse = a.bool(2, "return_inverse", false), count = a.bool(3, "return_counts", false);
        if (!index && !inverse && !count) return u.values;
        List<Object> out = new ArrayList<>();
        out.add(u.values);
        if (index) out.add(ints(u.first));
        if (inverse) out.add(ints(u.inverse));
        if (count) out.add(ints(u.counts));
        return Values.tuple(out);
    }

    private static NpArray ints(int[] v) {
        return NpArray.of(NDArray.of(Arrays.stream(v).asDoubleStream().toArray(), v.length), NpType.INT64);
    }
}
