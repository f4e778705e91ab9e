package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.SliceValue;
import dev.adjoint.lang.Subscriptable;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * numpy/lib/index_tricks.py: arrays built by subscripting ({@code np.r_[1:4, 0, 4]},
 * {@code np.c_[a, b]}, {@code np.mgrid[0:3, 0:2]}, {@code np.ogrid[...]}) and np.ix_. A slice
 * stands for np.arange(start, stop, step) (NumPy's complex steps, {@code 5j}, need imaginary
 * literals, which adjoint does not read).
 */
final class IndexTricks {
    private IndexTricks() {}

    static void add(PyModule m) {
        m.add("r_", new Concatenator("RClass", 0, 1, -1));
        m.add("c_", new Concatenator("CClass", -1, 2, 0));
        m.add("mgrid", new Grid("MGridClass", false));
        m.add("ogrid", new Grid("OGridClass", true));
        m.add(Builtin.of("ix_", IndexTricks::ix));
        m.add(Builtin.of("ndindex", a -> {
            int[] shape = a.size() == 1 && !(Values.number(a.get(0)) instanceof Long) ? a.ints(a.get(0), "shape") : a.ints(Values.tuple(a.positional()), "shape");
            for (int s : shape) if (s < 0) throw PyError.value("negative dimensions are not allowed");
            return new dev.adjoint.lang.PyIterator("numpy.ndindex", indices(shape).iterator());
        }));
        m.add(Builtin.of("ndenumerate", a -> { // (index tuple, NumPy scalar) for each entry in C order
            NpArray x = Operand.required(a.expect(1, 1).get(0), "ndenumerate");
            double[] v = x.values().compact().toArray();
            List<Object> pairs = new ArrayList<>();
            List<Object> at = indices(x.shape());
            for (int i = 0; i < v.length; i++) pairs.add(Values.tuple(at.get(i), NpArray.scalar(v[i], x.type)));
            return new dev.adjoint.lang.PyIterator("numpy.ndenumerate", pairs.iterator());
        }));
    }

    /** Every index tuple of an array of this shape, in C order (one empty tuple for a 0-d shape). */
    private static List<Object> indices(int[] shape) {
        long total = 1;
        for (int s : shape) total *= s;
        dev.adjoint.ndarray.Limits.check(total, dev.adjoint.ndarray.Shapes.str(shape));
        List<Object> out = new ArrayList<>();
        int[] idx = new int[shape.length];
        for (long n = 0; n < total; n++) {
            List<Object> t = new ArrayList<>();
            for (int i : idx) t.add((long) i);
            out.add(Values.tuple(t));
            for (int d = shape.length - 1; d >= 0 && ++idx[d] == shape[d]; d--) idx[d] = 0;
        }
        return out;
    }

    /** np.ix_(rows, cols, ...): the 1-d index arrays (booleans as their nonzero places) shaped to broadcast to an open mesh. */
    private static Object ix(Args a) {
        int nd = a.size();
        List<Object> out = new ArrayList<>();
        for (int k = 0; k < nd; k++) {
            Object given = a.get(k);
            NpArray x = Operand.required(given, "ix_");
            if (!(Values.plain(given) instanceof NpArray) && x.size() == 0) x = NpArray.of(x.values(), NpType.INT64);
            if (x.ndim() != 1) throw PyError.value("Cross index must be 1 dimensional");
            if (x.type == NpType.BOOL) x = (NpArray) ((List<?>) ArrayFunctions.nonzero(x)).get(0);
            int[] shape = new int[nd];
            Arrays.fill(shape, 1);
            shape[k] = x.size();
            out.add(NpArray.of(x.values().compact().reshape(shape), x.type));
        }
        return Values.tuple(out);
    }

    /** What np.r_, np.c_, np.mgrid and np.ogrid are: objects that make an array of what they are subscripted with. */
    private abstract static class Maker implements HostObject, Subscriptable {
        final String className;
        private final dev.adjoint.lang.PyClass type;

        Maker(String className) {
            this.className = className;
            this.type = dev.adjoint.lang.PyClass.builtin(className, "numpy.lib.index_tricks", dev.adjoint.lang.BuiltinTypes.OBJECT, null);
        }

        @Override
        public dev.adjoint.lang.PyClass pyClass() {
            return type;
        }

        @Override
        public void setItem(Object key, Object value) {
            throw PyError.type("'" + className + "' object does not support item assignment");
        }

        @Override
        public String typeName() {
            return "numpy.lib.index_tricks." + className;
        }
    }

    /**
     * np.arange(start, stop, step) of a slice's bounds (start 0 and step 1 when absent); with no
     * stop, NumPy's arange(start, None, step) counts up to start: np.r_[3:] is [0, 1, 2].
     */
    private static NpArray range(SliceValue s) {
        Object start = s.start() == null ? 0L : s.start(), step = s.step() == null ? 1L : s.step();
        List<Object> bounds = new ArrayList<>(s.stop() == null ? List.of(0L, start, step) : List.of(start, s.stop(), step));
        return (NpArray) Numpy.arange(new Args("arange", bounds, new HashMap<>(), null, null));
    }

    private static Object boundOrFail(Object stop) {
        if (stop == null) throw PyError.value("adjoint's numpy needs the stop of each slice in np.mgrid/np.ogrid of several axes (NumPy fails on it too)");
        return stop;
    }

    /** A Python or NumPy scalar (NumPy's ScalarType), which joins as a weak 0-d operand. */
    private static boolean isScalar(Object v) {
        Object p = Values.plain(v);
        return p instanceof NpArray x ? x.isScalar() : PyNumbers.isNumber(p);
    }

    /**
     * np.r_ and np.c_ (NumPy's AxisConcatenator): each item, a slice, a scalar or an array, made at
     * least {@code ndmin}-dimensional (a 1-d one along axis {@code trans1d} for c_), then all
     * joined along {@code axis}; a first string item ("0,2", "-1") sets axis, ndmin and trans1d.
     */
    private static final class Concatenator extends Maker {
        private final int axis, ndmin, trans1d;

        Concatenator(String className, int axis, int ndmin, int trans1d) {
            super(className);
            this.axis = axis;
            this.ndmin = ndmin;
            this.trans1d = trans1d;
        }

        @Override
        public Object getItem(Object key) {
            List<?> items = key instanceof List<?> l && !(key instanceof dev.adjoint.lang.PyList) ? l : java.util.Collections.singletonList(key);
            int axis = this.axis, ndmin = this.ndmin, trans1d = this.trans1d;
            List<NpArray> objs = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                Object item = items.get(k);
                NpArray obj;
                if (item instanceof SliceValue s) {
                    obj = range(s);
                    if (ndmin > 1) {
                        obj = atLeast(obj, ndmin);
                        if (trans1d != -1) obj = swapLastWith(obj, trans1d);
                    }
                } else if (item instanceof String directive) {
                    if (k != 0) throw PyError.value("special directives must be the first entry.");
                    if (directive.equals("r") || directive.equals("c")) throw PyError.value("adjoint's numpy has no matrix type: the 'r' and 'c' directives make np.matrix");
                    int[] parsed = directive(directive);
                    axis = parsed[0];
                    if (parsed.length > 1) ndmin = parsed[1];
                    if (parsed.length > 2) trans1d = parsed[2];
                    continue;
                } else if (isScalar(item)) {
                    obj = Operand.required(item, className); // 0-d: a weak operand in the result type
                } else {
                    obj = Operand.required(item, className);
                    int itemNdim = obj.ndim();
                    obj = atLeast(obj, ndmin);
                    if (trans1d != -1 && itemNdim < ndmin) {
                        int k2 = ndmin - itemNdim, k1 = trans1d < 0 ? trans1d + k2 + 1 : trans1d;
                        int[] axes = new int[ndmin];
                        int n = 0;
                        for (int d = 0; d < k1; d++) axes[n++] = d;
                        for (int d = k2; d < ndmin; d++) axes[n++] = d;
                        for (int d = k1; d < k2; d++) axes[n++] = d;
                        obj = ArrayFunctions.transpose(obj, axes);
                    }
                }
                objs.add(obj);
            }
            if (objs.isEmpty()) throw PyError.value("need at least one array to concatenate");
            NpType type = IndexArrays.resultType(objs);
            List<NpArray> parts = new ArrayList<>();
            for (NpArray obj : objs) parts.add(NpArray.of(atLeast(obj, ndmin).values(), type));
            int nd = parts.get(0).ndim();
            if (axis < -nd || axis >= nd) throw ArrayFunctions.axisError(axis, nd);
            return Numpy.concatenate(parts, axis < 0 ? axis + nd : axis);
        }

        /** "0,2,0": axis, ndmin and trans1d; "-1": the axis only. */
        private static int[] directive(String s) {
            String[] parts = s.split(",", -1);
            try {
                if (parts.length == 1) return new int[] {Integer.parseInt(s.strip())};
                int[] out = new int[Math.min(parts.length, 3)];
                for (int i = 0; i < out.length; i++) out[i] = Integer.parseInt(parts[i].strip());
                return out;
            } catch (NumberFormatException e) {
                throw PyError.value(parts.length == 1 ? "unknown special directive" : "unknown special directive " + dev.adjoint.lang.Repr.repr(s));
            }
        }

    }

    /** np.array(x, ndmin=n): leading axes of length 1 added. */
    private static NpArray atLeast(NpArray x, int ndmin) {
        if (x.ndim() >= ndmin) return x;
        int[] shape = new int[ndmin];
        Arrays.fill(shape, 1);
        System.arraycopy(x.shape(), 0, shape, ndmin - x.ndim(), x.ndim());
        return NpArray.of(x.values().compact().reshape(shape), x.type);
    }

    /** a.swapaxes(-1, k). */
    private static NpArray swapLastWith(NpArray x, int k) {
        int nd = x.ndim();
        int[] order = new int[nd];
        for (int d = 0; d < nd; d++) order[d] = d;
        int kk = k < 0 ? k + nd : k;
        order[nd - 1] = kk;
        order[kk] = nd - 1;
        return ArrayFunctions.transpose(x, order);
    }

    /**
     * np.mgrid[0:3, 0:2] (one array of every index grid, stacked) and np.ogrid (the open grid: one
     * array per axis, shaped to broadcast); one slice gives np.arange of it. Float bounds or steps
     * make float grids, as NumPy's result_type of them does.
     */
    private static final class Grid extends Maker {
        private final boolean sparse;

        Grid(String className, boolean sparse) {
            super(className);
            this.sparse = sparse;
        }

        @Override
        public Object getItem(Object key) {
            if (key instanceof SliceValue s) return range(s);
            if (!(key instanceof List<?> items) || key instanceof dev.adjoint.lang.PyList) throw PyError.type("'" + Values.typeName(key) + "' object is not subscriptable");
            int n = items.size();
            double[] start = new double[n], step = new double[n];
            int[] size = new int[n];
            boolean floats = false;
            for (int k = 0; k < n; k++) {
                if (!(items.get(k) instanceof SliceValue s)) throw PyError.type("'" + Values.typeName(items.get(k)) + "' object is not subscriptable");
                Object lo = s.start() == null ? 0L : s.start(), hi = boundOrFail(s.stop()), by = s.step() == null ? 1L : s.step();
                for (Object bound : List.of(lo, hi, by)) floats |= !PyNumbers.isInt(Values.plain(bound));
                start[k] = PyNumbers.approx(Values.plain(lo));
                step[k] = PyNumbers.approx(Values.plain(by));
                size[k] = (int) Math.ceil((PyNumbers.approx(Values.plain(hi)) - start[k]) / step[k]);
                if (size[k] < 0) throw PyError.value("negative dimensions are not allowed");
            }
            NpType type = floats ? NpType.FLOAT64 : NpType.INT64;
            List<Object> open = new ArrayList<>();
            int total = dev.adjoint.ndarray.Shapes.size(size);
            double[] dense = new double[n * total];
            int[] strides = dev.adjoint.ndarray.Shapes.rowMajorStrides(size);
            for (int k = 0; k < n; k++) {
                double[] axis = new double[size[k]];
                for (int i = 0; i < size[k]; i++) axis[i] = i * step[k] + start[k];
                int[] shape = new int[n];
                Arrays.fill(shape, 1);
                shape[k] = size[k];
                open.add(NpArray.of(NDArray.of(axis, shape), type));
                for (int f = 0; f < total; f++) dense[k * total + f] = axis[f / strides[k] % size[k]];
            }
            if (sparse) return new dev.adjoint.lang.PyList(open);
            int[] shape = new int[n + 1];
            shape[0] = n;
            System.arraycopy(size, 0, shape, 1, n);
            return NpArray.of(NDArray.of(dense, shape), type);
        }
    }
}
