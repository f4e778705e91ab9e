package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.RangeValue;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.ShapeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** NumPy functions that move or pick entries: broadcast_to, flip, roll, sort, split, pad, tile, repeat, diag, count_nonzero. */
final class Rearranging {
    private Rearranging() {}

    /**
     * np.split / np.array_split: at the given indices (each piece is a[start:stop] with Python's
     * slice rules, so unsorted or out-of-range indices give empty pieces as in NumPy), or into
     * equal sections (array_split: the first n % sections pieces one longer).
     */
    private static PyList split(Args a, boolean uneven) {
        a.expect(2, 3, "axis", "indices_or_sections");
        NpArray x = ArrayFunctions.self(a);
        int k = ArrayFunctions.axis(a.option(2, "axis", 0L), x.ndim(), a);
        int n = x.shape()[k];
        Object how = a.option(1, "indices_or_sections", null);
        if (how instanceof RangeValue) how = Values.items(how); // hw2's DataLoader: split points range(b, n, b)
        List<Integer> bounds = new ArrayList<>(List.of(0));
        if (how instanceof List<?> || how instanceof NpArray arr && !arr.isScalar()) {
            for (int c : a.ints(how instanceof NpArray arr ? ArrayFunctions.tolist(arr) : how, "indices")) bounds.add(c);
        } else {
            int parts = a.intValue(how, "sections");
            if (!uneven && parts == 0) throw new PyError("ZeroDivisionError", "integer division or modulo by zero"); // NumPy's n % sections
            if (!uneven && Math.floorMod(n, parts) != 0) throw PyError.value("array split does not result in an equal division");
            if (parts <= 0) throw PyError.value("number sections must be larger than 0.");
            for (int i = 1, at = 0; i < parts; i++) bounds.add(at += n / parts + (i <= n % parts ? 1 : 0));
        }
        bounds.add(n);
        PyList out = new PyList();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            int from = sliceBound(bounds.get(i), n), to = Math.max(from, sliceBound(bounds.get(i + 1), n));
            out.add(NpArray.of(x.values().slice(k, from, to, 1).compact(), x.type));
        }
        return out;
    }

    /** np.hsplit (columns; a 1-d array's only axis) and np.vsplit (rows, of 2 or more dimensions): np.split along that axis. */
    private static PyList splitAlong(Args a, String name, int leastDims) {
        a.expect(2, 2);
        NpArray x = ArrayFunctions.self(a);
        if (x.ndim() < leastDims) throw PyError.value(name + " only works on arrays of " + leastDims + " or more dimensions");
        long axis = name.equals("hsplit") && x.ndim() > 1 ? 1 : 0;
        return split(new Args(name, new ArrayList<>(java.util.Arrays.asList(x, a.get(1), axis)), new java.util.HashMap<>(), a.span(), a.interpreter()), false);
    }

    /** A slice bound as Python reads it: negative from the end, clamped to [0, n]. */
    private static int sliceBound(int i, int n) {
        return Math.max(0, Math.min(n, i < 0 ? i + n : i));
    }

    /** np.pad's pad_width: n, (before, after), or one (before, after) per axis; never negative. */
    private static int[][] padWidths(Args a, Object v, int ndim) {
        if (v == null) throw PyError.type("`pad_width` must be of integral type.");
        List<Object> items = v instanceof List<?> || v instanceof NpArray ? dev.adjoint.lang.Values.items(v) : List.of(v);
        int[][] w = new int[ndim][2];
        for (int d = 0; d < ndim; d++) {
            boolean pairForAll = items.size() == 2 && !(dev.adjoint.lang.Values.plain(items.get(0)) instanceof List<?>); // (before, after) for every axis, as NumPy broadcasts it
            Object row = pairForAll ? v : items.size() == 1 ? items.get(0) : items.size() == ndim ? items.get(d) : null;
            if (row == null) throw PyError.value("operands could not be broadcast together with remapped shapes [original->remapped]: ("
                    + items.size() + ",)  and requested shape (" + ndim + ",2)");
            int[] pair = a.ints(row, "pad_width");
            w[d][0] = pair[0];
            w[d][1] = pair.length > 1 ? pair[1] : pair[0];
            if (w[d][0] < 0 || w[d][1] < 0) throw PyError.value("index can't contain negative values");
        }
        return w;
    }

    /**
     * np.roll(a, shift, axis=None): entries moved shift places along each axis, those past the end
     * coming round to the front; shifts and axes broadcast together (shifts of one axis add up),
     * and without an axis the flattened array rolls.
     */
    private static Object roll(Args a) {
        a.expect(2, 3, "shift", "axis");
        NpArray x = ArrayFunctions.self(a);
        int[] shifts = a.ints(a.option(1, "shift", null), "shift");
        Object axisArg = a.option(2, "axis", null);
        NpArray src = axisArg == null ? ArrayFunctions.flat(x) : x;
        int[] axes = axisArg == null ? new int[] {0} : a.ints(axisArg, "axis");
        if (shifts.length != axes.length && shifts.length != 1 && axes.length != 1)
            throw PyError.value("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ("
                    + shifts.length + ",) and arg 1 with shape (" + axes.length + ",).");
        int nd = src.ndim();
        long[] total = new long[nd];
        for (int i = 0; i < Math.max(shifts.length, axes.length); i++) {
            int k = axes[axes.length == 1 ? 0 : i];
            if (k < -nd || k >= nd) throw ArrayFunctions.axisError(k, nd);
            total[k < 0 ? k + nd : k] += shifts[shifts.length == 1 ? 0 : i];
        }
        NDArray v = src.values();
        for (int d = 0; d < nd; d++) {
            int n = v.shape()[d], off = n == 0 ? 0 : (int) Math.floorMod(total[d], (long) n);
            if (off != 0) v = NDArray.concatenate(new NDArray[] {v.slice(d, n - off, n, 1), v.slice(d, 0, n - off, 1)}, d);
        }
        return NpArray.of(v.compact().reshape(x.shape()), x.type);
    }

    /** np.sort(a, axis=-1, kind=None): a sorted copy (every kind gives the same values). */
    static NpArray sort(Args a) {
        a.expect(1, 3, "axis", "kind", "order");
        if (a.option(3, "order", null) != null) throw PyError.value("Cannot specify order when the array has no fields.");
        NpArray x = ArrayFunctions.self(a);
        Object axis = a.option(1, "axis", -1L);
        if (axis == null) x = ArrayFunctions.flat(x); // axis=None sorts the flattened array
        int k = axis == null ? 0 : ArrayFunctions.axis(axis, x.ndim(), a); // a 0-d array has no axis -1: NumPy's AxisError
        return alongAxis(x, k, Rearranging::sortLine, x.type);
    }

    /** a.sort(axis=-1, kind=None): the array itself sorted, in place (None is returned). */
    static Object sortInPlace(Args a) {
        NpArray x = ArrayFunctions.self(a);
        if (a.size() > 1 && a.get(1) == null || a.keywords().containsKey("axis") && a.keyword("axis") == null)
            throw PyError.type("'NoneType' object cannot be interpreted as an integer"); // as NumPy's method refuses axis=None
        x.write(sort(a).values());
        return null;
    }

    static void add(PyModule m) {
        m.add(Builtin.of("roll", Rearranging::roll));
        m.add(Builtin.of("broadcast_to", a -> {
            a.expect(2, 2, "shape");
            NpArray x = ArrayFunctions.self(a);
            int[] target = Numpy.shape(a, a.option(1, "shape", null));
            try {
                x.values().broadcastTo(target); // NumPy's checks
                int[] own = StrideTricks.rowMajorStrides(x.shape()), strides = new int[target.length];
                for (int d = 0, off = target.length - x.ndim(); d < x.ndim(); d++) strides[off + d] = x.shape()[d] == target[off + d] && target[off + d] != 1 ? own[d] : 0;
                return StrideTricks.readOnlyView(x, 0, target, strides); // a read-only view repeating x's entries, as NumPy's
            } catch (ShapeException e) {
                throw PyError.value("operands could not be broadcast together with remapped shapes [original->remapped]: "
                        + Elementwise.shapeText(x.shape()) + "  and requested shape " + Elementwise.shapeText(target));
            }
        }));
        m.add(Builtin.of("lexsort", Rearranging::lexsort));
        m.add(Builtin.of("sort", Rearranging::sort));
        m.add(Builtin.of("partition", a -> { // a copy (flattened for axis=None) partitioned in place, as NumPy's
            a.expect(2, 3, "kth", "axis", "kind", "order");
            NpArray x = ArrayFunctions.self(a);
            boolean flat = a.size() > 2 && a.get(2) == null || a.keywords().containsKey("axis") && a.keyword("axis") == null;
            return partitioned(a, flat ? ArrayFunctions.flat(x) : x, flat ? 0L : a.option(2, "axis", -1L), false);
        }));
        m.add(Builtin.of("count_nonzero", a -> {
            NpArray x = ArrayFunctions.self(a.expect(1, 2, "axis", "keepdims"));
            NpArray nonzero = NpArray.of(x.values().map(v -> v != 0 ? 1 : 0), NpType.BOOL); // NaN counts
            if (a.option(1, "axis", null) != null || a.flag("keepdims", false)) return Statistics.reduction("sum", a, nonzero); // int64 counts
            long n = 0;
            for (double v : nonzero.values().toArray()) n += (long) v;
            return n;
        }));
        m.add(Builtin.of("diag", a -> { // diag(v, k=0): the k-th diagonal of a 2-d array, or a square array with v on its k-th diagonal
            NpArray x = ArrayFunctions.self(a.expect(1, 2, "k"));
            int k = a.integer(1, "k", 0);
            if (x.ndim() == 1) {
                int len = x.size(), n = len + Math.abs(k);
                double[] v = x.values().toArray(), r = new double[n * n];
                for (int i = 0; i < len; i++) r[(i + Math.max(0, -k)) * n + i + Math.max(0, k)] = v[i];
                return NpArray.of(NDArray.of(r, n, n), x.type);
            }
            if (x.ndim() != 2) throw PyError.value("Input must be 1- or 2-d.");
            int rows = x.shape()[0], cols = x.shape()[1], first = Math.max(0, -k);
            int n = Math.max(0, Math.min(rows - first, cols - Math.max(0, k)));
            double[] r = new double[n];
            for (int i = 0; i < n; i++) r[i] = x.values().get(first + i, first + i + k);
            return NpArray.of(NDArray.of(r, n), x.type);
        }));
        m.add(Builtin.of("split", a -> split(a, false)));
        m.add(Builtin.of("array_split", a -> split(a, true)));
        m.add(Builtin.of("hsplit", a -> splitAlong(a, "hsplit", 1)));
        m.add(Builtin.of("vsplit", a -> splitAlong(a, "vsplit", 2)));
        m.add(Builtin.of("pad", a -> {
            a.expect(0, 3, "array", "pad_width", "mode", "constant_values", "end_values", "stat_length", "reflect_type");
            if (a.option(1, "pad_width", null) == null) throw PyError.type("_pad_dispatcher() missing 1 required positional argument: 'pad_width'");
            NpArray x = Operand.required(a.option(0, "array", null), "pad");
            return Padding.pad(a, padWidths(a, a.option(1, "pad_width", null), x.ndim()), x);
        }));
        m.add(Builtin.of("tile", a -> {
            a.expect(2, 2);
            NpArray x = ArrayFunctions.self(a);
            int[] reps = a.ints(a.get(1), "reps");
            NpArray r = x;
            int nd = Math.max(x.ndim(), reps.length);
            int[] shape = new int[nd];
            for (int i = 0; i < nd; i++) shape[i] = i < nd - x.ndim() ? 1 : x.shape()[i - (nd - x.ndim())];
            NDArray v = x.values().reshape(shape);
            for (int i = 0; i < nd; i++) {
                int times = i < nd - reps.length ? 1 : reps[i - (nd - reps.length)];
                if (times < 0) throw PyError.value("negative dimensions are not allowed");
                if (times == 0) {
                    v = empty(v.shape(), i);
                    continue;
                }
                NDArray[] copies = new NDArray[times];
                Arrays.fill(copies, v);
                if (times != 1) v = NDArray.concatenate(copies, i);
            }
            return NpArray.of(v, r.type);
        }));
    }

    /** np.repeat(a, n, axis=None) and a.repeat(n): each entry n times in a row. */
    static NpArray repeat(Args a) {
        a.expect(2, 3, "axis", "repeats");
        NpArray x = ArrayFunctions.self(a);
        Object axis = a.option(2, "axis", null);
        NpArray src = axis == null ? NpArray.of(x.values().compact().reshape(x.size()), x.type) : x;
        int k = axis == null ? 0 : ArrayFunctions.axis(axis, x.ndim(), a);
        int n = src.shape()[k];
        long[] times = repeats(a.option(1, "repeats", null), n);
        long length = Arrays.stream(times).sum();
        List<String> dims = new ArrayList<>();
        for (int d = 0; d < src.ndim(); d++) dims.add(Long.toString(d == k ? length : src.shape()[d]));
        String shape = "(" + String.join(", ", dims) + (dims.size() == 1 ? ",)" : ")");
        dev.adjoint.ndarray.Limits.check(length * (n == 0 ? 0 : src.size() / n), shape); // refused before it is built
        List<NDArray> parts = new ArrayList<>();
        for (int i = 0; i < n; i++)
            for (int j = 0; j < times[i]; j++) parts.add(src.values().slice(k, i, i + 1, 1));
        if (parts.isEmpty()) return NpArray.of(empty(src.shape(), k), x.type);
        return NpArray.of(NDArray.concatenate(parts.toArray(NDArray[]::new), k), x.type);
    }

    /** How often each of n items is repeated: one count for all (an int, or one item), or one each; cast to integers as NumPy does (2.5 is 2). */
    private static long[] repeats(Object repeats, int n) {
        NpArray r = Operand.required(repeats, "repeat");
        if (r.ndim() > 1) throw PyError.value("object too deep for desired array");
        if (r.size() != 1 && r.size() != n) throw PyError.value("operands could not be broadcast together with shape (" + n + ",) (" + r.size() + ",)");
        double[] v = r.values().toArray();
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = (long) v[v.length == 1 ? 0 : i];
            if (times[i] < 0) throw PyError.value(r.ndim() == 0 ? "negative dimensions are not allowed" : "repeats may not contain negative values.");
        }
        return times;
    }

    /**
     * np.argsort(a, axis=-1) and a.argsort(): the order of each line along the axis, ties in
     * their first order (NumPy's quicksort keeps it too for the short lines it sorts by insertion).
     */
    static NpArray argsort(Args a) {
        a.expect(1, 2, "axis", "kind");
        NpArray x = ArrayFunctions.atLeast1d(ArrayFunctions.self(a));
        Object axis = a.option(1, "axis", -1L);
        if (axis == null) x = ArrayFunctions.flat(x);
        int k = axis == null ? 0 : ArrayFunctions.axis(axis, x.ndim(), a);
        return alongAxis(x, k, Rearranging::order, NpType.INT64);
    }

    /** a.partition(kth, axis=-1, kind='introselect', order=None): the array itself partitioned (None is returned). */
    static Object partitionInPlace(Args a) {
        a.expect(2, 3, "kth", "axis", "kind", "order");
        NpArray x = ArrayFunctions.self(a);
        x.write(partitioned(a, x, a.option(2, "axis", -1L), false).values());
        return null;
    }

    /** np.argpartition(a, kth, axis=-1) and a.argpartition: the positions that partition each line (a 0-d array as one item, axis=None flattened). */
    static NpArray argpartition(Args a) {
        a.expect(2, 3, "kth", "axis", "kind", "order");
        NpArray x = ArrayFunctions.atLeast1d(ArrayFunctions.self(a));
        boolean flat = a.size() > 2 && a.get(2) == null || a.keywords().containsKey("axis") && a.keyword("axis") == null;
        return partitioned(a, flat ? ArrayFunctions.flat(x) : x, flat ? 0L : a.option(2, "axis", -1L), true);
    }

    /** x partitioned along axis at each kth by NumPy's introselect: the values, or (positions) the indices that place them. */
    private static NpArray partitioned(Args a, NpArray x, Object axis, boolean positions) {
        Object kind = a.option(3, "kind", "introselect");
        if (!"introselect".equals(kind)) throw PyError.value("select kind must be 'introselect' (got " + Values.repr(kind) + ")");
        if (a.option(4, "order", null) != null) throw PyError.value("Cannot specify order when the array has no fields.");
        int k = ArrayFunctions.axis(axis, x.ndim(), a);
        int[] kths = kths(a.option(1, "kth", null), x.shape()[k], x.size());
        boolean inexact = x.type.isFloating();
        return alongAxis(x, k, line -> {
            if (positions) Introselect.argpartition(line, kths, inexact);
            else Introselect.partition(line, kths, inexact);
        }, positions ? NpType.INT64 : x.type);
    }

    /** The kth argument as NumPy's partition_prep_kth_array reads it: integers, negative ones from the end, in range, sorted. */
    private static int[] kths(Object kth, int n, int size) {
        NpArray k = Operand.required(kth, "partition");
        if (!k.type.isExact()) throw PyError.type("Partition index must be integer");
        if (k.ndim() > 1) throw PyError.value("object too deep for desired array");
        double[] v = k.values().toArray();
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            long at = (long) v[i] < 0 ? (long) v[i] + n : (long) v[i];
            if (size != 0 && (at < 0 || at >= n)) throw PyError.value("kth(=" + at + ") out of bounds (" + n + ")");
            out[i] = (int) at;
        }
        Arrays.sort(out);
        return out;
    }

    /** Replaces a line by the positions that sort it. */
    private static void order(double[] line) {
        Integer[] order = new Integer[line.length];
        for (int i = 0; i < line.length; i++) order[i] = i;
        double[] v = line.clone();
        Arrays.sort(order, (p, q) -> compare(v[p], v[q])); // stable
        for (int i = 0; i < line.length; i++) line[i] = order[i];
    }

    /**
     * Sorts a line in NumPy's order: NaN last, and 0.0 and -0.0 equal, so the zeros keep their
     * first order (as NumPy's sort keeps equal items of a short line; Arrays.sort puts -0.0 first).
     */
    private static void sortLine(double[] line) {
        StringBuilder zeros = new StringBuilder(); // '-' for -0.0, '+' for 0.0, in order
        for (double v : line) if (v == 0) zeros.append(1 / v < 0 ? '-' : '+');
        Arrays.sort(line);
        int first = 0;
        while (first < line.length && !(line[first] == 0)) first++;
        for (int j = 0; j < zeros.length(); j++) line[first + j] = zeros.charAt(j) == '-' ? -0.0 : 0.0;
    }

    /** NumPy's sort order: -0.0 equals 0.0 (Double.compare would order them), NaN after every number. */
    static int compare(double x, double y) {
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == y) return 0;
        return Double.isNaN(x) ? (Double.isNaN(y) ? 0 : 1) : -1;
    }

    /**
     * np.lexsort(keys): the order that sorts by the last key, ties by the one before, and so on
     * (stable, NumPy's sort order); keys a sequence of 1-d arrays of one length, or a 2-d array's rows.
     */
    static Object lexsort(Args a) {
        a.expect(1, 2, "axis");
        List<double[]> keys = new ArrayList<>();
        int length = -1;
        for (java.util.Iterator<Object> it = dev.adjoint.lang.Values.iterate(a.get(0)); it.hasNext(); ) {
            NpArray k = Operand.required(it.next(), "lexsort");
            if (k.ndim() != 1) throw new PyError("NotImplementedError", "adjoint's np.lexsort takes 1-d keys (a sequence of them, or a 2-d array's rows)");
            if (length >= 0 && k.size() != length) throw PyError.value("all keys need to be the same shape");
            length = k.size();
            keys.add(k.values().toArray());
        }
        if (keys.isEmpty()) throw PyError.type("need sequence of keys with len > 0 in lexsort");
        Integer[] order = new Integer[length];
        for (int i = 0; i < length; i++) order[i] = i;
        Arrays.sort(order, (p, q) -> {
            for (int k = keys.size() - 1; k >= 0; k--) {
                int c = compare(keys.get(k)[p], keys.get(k)[q]);
                if (c != 0) return c;
            }
            return 0;
        });
        double[] r = new double[length];
        for (int i = 0; i < length; i++) r[i] = order[i];
        return NpArray.of(NDArray.of(r, length), NpType.INT64);
    }

    /** An array of no entries: shape with axis k of length 0. */
    private static NDArray empty(int[] shape, int k) {
        int[] s = shape.clone();
        s[k] = 0;
        return NDArray.of(new double[0], s);
    }

    interface Sorter {
        void sort(double[] v);
    }

    /** f on each 1-d line along an axis. */
    private static NpArray alongAxis(NpArray x, int axis, Sorter f, NpType type) {
        if (x.ndim() == 0) return NpArray.of(x.values(), type);
        int nd = x.ndim();
        int[] perm = new int[nd];
        for (int i = 0, j = 0; i < nd; i++) if (i != axis) perm[j++] = i;
        perm[nd - 1] = axis;
        NDArray moved = x.values().permute(perm).compact();
        double[] v = moved.toArray();
        int len = x.shape()[axis];
        for (int o = 0; o + len <= v.length && len > 0; o += len) {
            double[] line = Arrays.copyOfRange(v, o, o + len);
            f.sort(line);
            System.arraycopy(line, 0, v, o, len);
        }
        int[] back = new int[nd];
        for (int i = 0; i < nd; i++) back[perm[i]] = i;
        return NpArray.of(NDArray.of(v, moved.shape()).permute(back).compact(), type);
    }
}
