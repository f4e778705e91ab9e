package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.Callable;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.ShapeException;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NumPy's ways of running Python functions over arrays (numpy/lib/function_base.py and
 * shape_base.py): np.vectorize (the function on each element of the broadcast arguments, the
 * result's type that of its first answer, or otypes) and np.apply_along_axis (the function on
 * each 1-d slice along an axis); and np.broadcast_arrays.
 */
final class Functional {
    private Functional() {}

    static void add(PyModule m) {
        m.add(Builtin.of("vectorize", a -> {
            a.expect(1, 2, "otypes", "pyfunc");
            Object f = a.option(0, "pyfunc", null);
            Object otypes = a.option(1, "otypes", null);
            NpType type = null;
            if (otypes != null) {
                Object first = otypes instanceof List<?> l ? (l.isEmpty() ? null : l.get(0)) : otypes instanceof String s && !s.isEmpty() ? s.substring(0, 1) : null;
                if (first == null) throw PyError.value("adjoint's np.vectorize takes otypes of one type (a list of one dtype, or its character)");
                type = NpDtype.parse(first);
            }
            return new Vectorized(f, type);
        }));
        m.add(Builtin.of("apply_along_axis", Functional::applyAlongAxis));
        m.add(Builtin.of("piecewise", Functional::piecewise));
        m.add(Builtin.of("broadcast_arrays", a -> {
            List<NpArray> arrays = new ArrayList<>();
            int[] shape = new int[0];
            for (Object v : a.positional()) {
                NpArray x = Operand.required(v, "broadcast_arrays");
                arrays.add(x);
                try {
                    shape = Shapes.broadcast(shape, x.shape());
                } catch (ShapeException e) {
                    throw PyError.value("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape "
                            + ArrayText.shapeRepr(arrays.get(0).shape()) + " and arg " + (arrays.size() - 1) + " with shape " + ArrayText.shapeRepr(x.shape()) + ".");
                }
            }
            List<Object> out = new ArrayList<>();
            for (NpArray x : arrays) out.add(NpArray.of(x.values().broadcastTo(shape).compact(), x.type));
            return new PyList(out);
        }));
    }

    /** np.apply_along_axis(func1d, axis, arr, *args, **kwargs): the answers for each slice, placed where the slice's axis was. */
    private static Object applyAlongAxis(Args a) {
        if (a.size() < 3) throw a.error("missing required arguments: apply_along_axis(func1d, axis, arr, *args, **kwargs)");
        Object f = a.get(0);
        NpArray x = Operand.required(a.get(2), "apply_along_axis");
        int nd = x.ndim(), axis = a.intValue(a.get(1), "axis");
        if (axis < -nd || axis >= nd) throw ArrayFunctions.axisError(axis, nd);
        if (axis < 0) axis += nd;
        int[] order = new int[nd];
        for (int d = 0, k = 0; d < nd; d++) if (d != axis) order[k++] = d;
        order[nd - 1] = axis;
        double[] moved = ArrayFunctions.transpose(x, order).values().compact().toArray();
        int len = x.shape()[axis];
        int[] outerShape = new int[nd - 1];
        for (int d = 0; d < nd - 1; d++) outerShape[d] = x.shape()[order[d]];
        int outer = Shapes.size(outerShape); // an empty axis still gives each slice, empty, to the function
        if (outer == 0) throw PyError.value("Cannot apply_along_axis when any iteration dimensions are 0");
        List<Object> extra = new ArrayList<>(a.positional().subList(3, a.size()));
        Map<String, Object> keywords = new HashMap<>(a.keywords());
        NpArray first = null;
        double[] buffer = null;
        int piece = 0;
        for (int i = 0; i < outer; i++) {
            List<Object> args = new ArrayList<>();
            args.add(NpArray.of(NDArray.of(Arrays.copyOfRange(moved, i * len, (i + 1) * len), len), x.type));
            args.addAll(extra);
            NpArray r = Operand.required(a.interpreter().call(f, args, keywords, a.span()), "apply_along_axis");
            if (first == null) {
                first = r;
                piece = r.size();
                buffer = new double[outer * piece];
            } else if (!Arrays.equals(r.shape(), first.shape())) {
                throw PyError.value("could not broadcast input array from shape " + ArrayText.compactShape(r.shape()) + " into shape " + ArrayText.compactShape(first.shape()));
            }
            System.arraycopy(r.values().compact().toArray(), 0, buffer, i * piece, piece);
        }
        int rnd = first.ndim(), bnd = nd - 1 + rnd;
        int[] bufferShape = Arrays.copyOf(outerShape, bnd);
        System.arraycopy(first.shape(), 0, bufferShape, nd - 1, rnd);
        NpArray result = NpArray.of(NDArray.of(buffer, bufferShape), first.type);
        int[] permute = new int[bnd];
        int k = 0;
        for (int d = 0; d < axis; d++) permute[k++] = d;
        for (int d = bnd - rnd; d < bnd; d++) permute[k++] = d;
        for (int d = axis; d < bnd - rnd; d++) permute[k++] = d;
        return NpArray.of(ArrayFunctions.transpose(result, permute).values().compact(), first.type);
    }

    /**
     * np.piecewise(x, condlist, funclist, *args, **kw) as numpy/lib/function_base.py computes it:
     * zeros of x's type, then for each condition its value, or its function of x where the
     * condition holds; one function more than conditions is for where none holds.
     */
    private static Object piecewise(Args a) {
        if (a.size() < 3) throw a.error("missing required arguments: piecewise(x, condlist, funclist, *args, **kw)");
        NpArray x = Operand.required(a.get(0), "piecewise");
        Object condGiven = a.get(1);
        boolean single = !(condGiven instanceof List<?> l) || l.isEmpty()
                || !(dev.adjoint.lang.Values.plain(l.get(0)) instanceof List<?> || dev.adjoint.lang.Values.plain(l.get(0)) instanceof NpArray) && x.ndim() != 0;
        if (condGiven instanceof NpArray c && c.ndim() == x.ndim() && x.ndim() != 0) single = true;
        List<NpArray> conditions = new ArrayList<>();
        if (single) conditions.add(boolArray(condGiven));
        else for (Object c : (List<?>) condGiven) conditions.add(boolArray(c));
        if (!(dev.adjoint.lang.Values.plain(a.get(2)) instanceof List<?> functions)) throw PyError.type("object of type '" + dev.adjoint.lang.Values.typeName(a.get(2)) + "' has no len()");
        int n = conditions.size();
        if (n == functions.size() - 1) {
            double[] none = new double[x.size()];
            java.util.Arrays.fill(none, 1);
            for (NpArray c : conditions) {
                double[] v = c.values().broadcastTo(x.shape()).compact().toArray();
                for (int i = 0; i < none.length; i++) if (v[i] != 0) none[i] = 0;
            }
            conditions.add(NpArray.of(NDArray.of(none, x.shape()), NpType.BOOL));
            n++;
        } else if (n != functions.size()) {
            throw PyError.value("with " + n + " condition(s), either " + n + " or " + (n + 1) + " functions are expected");
        }
        NpArray y = NpArray.of(NDArray.full(0, x.shape()), x.type);
        List<Object> extra = new ArrayList<>(a.positional().subList(3, a.size()));
        for (int k = 0; k < n; k++) {
            Object f = functions.get(k);
            NpArray cond = conditions.get(k);
            if (!(f instanceof Callable)) {
                Subscript.set(y, cond, f);
                continue;
            }
            NpArray values = (NpArray) Subscript.get(x, cond);
            if (values.size() == 0) continue;
            List<Object> args = new ArrayList<>();
            args.add(values);
            args.addAll(extra);
            Subscript.set(y, cond, a.interpreter().call(f, args, new HashMap<>(a.keywords()), a.span()));
        }
        return y;
    }

    private static NpArray boolArray(Object condition) {
        NpArray c = Operand.required(condition, "piecewise");
        return c.type == NpType.BOOL ? c : NpArray.of(c.values().map(v -> v != 0 ? 1 : 0), NpType.BOOL);
    }

    /**
     * What np.vectorize(f) gives: called with arrays, it broadcasts them and calls f on each set
     * of elements (as Python numbers), in order; without otypes the first elements are tried once
     * first to find the result's type, as NumPy does (so f runs on them twice).
     */
    private record Vectorized(Object function, NpType otype) implements Callable, TabledHostObject {
        private static final dev.adjoint.lang.PyClass CLASS = dev.adjoint.lang.PyClass.builtin("vectorize", "numpy", dev.adjoint.lang.BuiltinTypes.OBJECT, null);

        @Override
        public dev.adjoint.lang.PyClass pyClass() {
            return CLASS;
        }

        @Override
        public String name() {
            return "vectorize";
        }

        @Override
        public Object call(Interpreter in, List<Object> args, Map<String, Object> keywords, Span span) {
            if (!keywords.isEmpty()) throw PyError.type("adjoint's np.vectorize passes positional arguments only; got " + keywords.keySet());
            List<NpArray> arrays = new ArrayList<>();
            int[] shape = new int[0];
            for (Object v : args) {
                NpArray x = Operand.required(v, "vectorize");
                arrays.add(x);
                try {
                    shape = Shapes.broadcast(shape, x.shape());
                } catch (ShapeException e) {
                    StringBuilder shapes = new StringBuilder();
                    for (Object o : args) shapes.append(Elementwise.shapeText(Operand.required(o, "vectorize").shape())).append(' ');
                    throw PyError.value("operands could not be broadcast together with shapes " + shapes);
                }
            }
            int n = Shapes.size(shape);
            List<double[]> columns = new ArrayList<>();
            for (NpArray x : arrays) columns.add(x.values().broadcastTo(shape).compact().toArray());
            NpType type = otype;
            if (type == null) {
                if (n == 0) throw PyError.value("cannot call `vectorize` on size 0 inputs unless `otypes` is set");
                type = resultOf(in, elements(arrays, columns, 0), span).type;
            }
            double[] out = new double[n];
            for (int i = 0; i < n; i++) out[i] = resultOf(in, elements(arrays, columns, i), span).values().item();
            return NpArray.of(NDArray.of(out, shape), type);
        }

        private NpArray resultOf(Interpreter in, List<Object> elements, Span span) {
            Object r = in.call(function, elements, new HashMap<>(), span);
            NpArray x = Operand.of(r);
            if (x == null || x.ndim() != 0)
                throw PyError.type("adjoint's np.vectorize needs a function that returns one number, not " + dev.adjoint.lang.Values.typeName(r));
            return x;
        }

        private static List<Object> elements(List<NpArray> arrays, List<double[]> columns, int i) {
            List<Object> e = new ArrayList<>();
            for (int k = 0; k < arrays.size(); k++) e.add(NpArray.python(columns.get(k)[i], arrays.get(k).type));
            return e;
        }

        @Override
        public String typeName() {
            return "numpy.vectorize";
        }

        private static final AttributeTable<Vectorized> ATTRIBUTES = new AttributeTable<Vectorized>().value("pyfunc", v -> v.function);

        @Override
        public AttributeTable<Vectorized> attributeTable() {
            return ATTRIBUTES;
        }
    }
}
