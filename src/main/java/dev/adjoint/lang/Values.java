package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of the language and their conversions. A value is a {@link Tensor} (every number
 * is one), Boolean, String, None (null), a tuple or list (an unmodifiable {@code List<Object>}),
 * a {@link RangeValue}, a {@link Callable}, a {@link GradFn} or a {@link GradModeContext}.
 */
public final class Values {
    private Values() {}

    /** The name a message uses for the type of a value: "tensor", "str", "tuple", ... */
    public static String typeName(Object v) {
        if (v == null) return "None";
        if (v instanceof Tensor) return "tensor";
        if (v instanceof Boolean) return "bool";
        if (v instanceof String) return "str";
        if (v instanceof List) return "tuple";
        if (v instanceof RangeValue) return "range";
        if (v instanceof UserFunction) return "function";
        if (v instanceof Callable) return "builtin_function";
        if (v instanceof GradFn) return "grad_fn";
        if (v instanceof GradModeContext) return "context";
        if (v instanceof HostObject h) return h.typeName();
        return v.getClass().getSimpleName();
    }

    /** Python truthiness; a tensor must have exactly one element. */
    public static boolean truthy(Object v) {
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof Tensor t) {
            NDArray a = t.value();
            if (a.ndim() == 0 || a.size() == 1) return a.item() != 0;
            if (a.size() == 0) throw new IllegalArgumentException("the truth value of an empty tensor is ambiguous");
            throw new IllegalArgumentException("the truth value of a tensor with more than one element is ambiguous");
        }
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof List<?> l) return !l.isEmpty();
        if (v instanceof RangeValue r) return r.length() > 0;
        return true;
    }

    /** A tensor from a tensor, a bool, or nested tuples/lists of numbers; null if v is none of these. */
    public static Tensor asTensor(Object v) {
        if (v instanceof Tensor t) return t;
        if (v instanceof Boolean b) return Tensor.constant(b ? 1 : 0);
        if (v instanceof List<?> l) return Tensor.constant(toArray(l));
        if (v instanceof RangeValue r) return Tensor.constant(toArray(items(r)));
        return null;
    }

    /** Nested tuples/lists of numbers as one array; ragged nesting is an error naming the shapes. */
    public static NDArray toArray(List<?> items) {
        if (items.isEmpty()) return NDArray.zeros(0);
        NDArray[] parts = new NDArray[items.size()];
        for (int i = 0; i < parts.length; i++) {
            Object item = items.get(i);
            Tensor t = item instanceof Tensor x ? x : item instanceof Boolean || item instanceof List || item instanceof RangeValue ? asTensor(item) : null;
            if (t == null) throw new IllegalArgumentException("cannot make a tensor from a " + typeName(item));
            parts[i] = t.value();
            if (i > 0 && !parts[i].sameShape(parts[0]))
                throw new IllegalArgumentException("ragged tensor literal: item " + (i + 1) + " has shape " + Shapes.str(parts[i].shape())
                        + " but item 1 has shape " + Shapes.str(parts[0].shape()));
        }
        return NDArray.stack(parts, 0);
    }

    /** The items a for loop or an unpacking sees: tuple items, range numbers, a tensor's rows. */
    public static List<Object> items(Object v) {
        if (v instanceof List<?> l) return nullSafe(l); // a tuple may hold None, which List.copyOf rejects
        if (v instanceof RangeValue r) {
            long n = r.length();
            if (n > 10_000_000) throw new IllegalArgumentException("range of " + n + " numbers is too long to unpack");
            List<Object> out = new ArrayList<>((int) n);
            for (long i = 0; i < n; i++) out.add(Tensor.constant(r.get(i)));
            return out;
        }
        if (v instanceof Tensor t) {
            if (t.ndim() == 0) throw new IllegalArgumentException("iteration over a 0-d tensor");
            int n = t.shape()[0];
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(row(t, i));
            return out;
        }
        if (v instanceof String s) {
            List<Object> out = new ArrayList<>();
            for (char c : s.toCharArray()) out.add(String.valueOf(c));
            return out;
        }
        throw new IllegalArgumentException("'" + typeName(v) + "' object is not iterable");
    }

    /** Row i of a tensor along its first axis (differentiable when the tensor requires grad). */
    static Tensor row(Tensor t, int i) {
        return dev.adjoint.autograd.op.Ops.getItem(t, List.of(new dev.adjoint.ndarray.Index.At(i)));
    }

    private static List<Object> nullSafe(List<?> l) {
        // List.copyOf rejects nulls, and a tuple may hold None
        return java.util.Collections.unmodifiableList(new ArrayList<>(l));
    }

    /** An integer from a scalar tensor holding a whole number (or a bool). */
    public static long toLong(Object v, String what) {
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof Tensor t && t.value().size() == 1) {
            double d = t.value().item();
            if (d == Math.rint(d) && !Double.isInfinite(d)) return (long) d;
            throw new IllegalArgumentException(what + " must be an integer, got " + formatNumber(d));
        }
        throw new IllegalArgumentException(what + " must be an integer, got " + describe(v));
    }

    public static int toInt(Object v, String what) {
        long n = toLong(v, what);
        if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) throw new IllegalArgumentException(what + " " + n + " is too large");
        return (int) n;
    }

    /** "a tensor of shape (2, 3)", "str", ... for messages. */
    public static String describe(Object v) {
        if (v instanceof Tensor t) return t.ndim() == 0 ? "a number" : "a tensor of shape " + Shapes.str(t.shape());
        return typeName(v);
    }

    // ---- default display ----

    /** Python's str(): strings as they are, everything else as {@link #repr}. */
    public static String str(Object v) {
        return v instanceof String s ? s : repr(v);
    }

    /** A plain display: numbers in full precision, tensors as nested lists, tuples in parentheses. */
    public static String repr(Object v) {
        return repr(v, 0);
    }

    /** Tuples nested deeper than this show as (...): the text stays linear in the value's size, and no stack overflows. */
    private static final int MAX_NESTING = 100;

    private static String repr(Object v, int depth) {
        if (v == null) return "None";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof String s) return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        if (v instanceof Tensor t) return formatArray(t.value());
        if (v instanceof List<?> l) {
            if (depth >= MAX_NESTING) return "(...)";
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(repr(l.get(i), depth + 1));
            return sb.append(l.size() == 1 ? ",)" : ")").toString();
        }
        return String.valueOf(v);
    }

    public static String formatArray(NDArray a) {
        StringBuilder sb = new StringBuilder();
        appendArray(sb, a.toArray(), a.shape(), 0, 0);
        return sb.toString();
    }

    private static int appendArray(StringBuilder sb, double[] d, int[] shape, int axis, int pos) {
        if (axis == shape.length) {
            sb.append(formatNumber(d[pos]));
            return pos + 1;
        }
        sb.append('[');
        for (int i = 0; i < shape[axis]; i++) {
            if (i > 0) sb.append(", ");
            pos = appendArray(sb, d, shape, axis + 1, pos);
        }
        sb.append(']');
        return pos;
    }

    /** 2 as "2", 0.5 as "0.5", full precision otherwise; nan and inf as Python writes them. */
    public static String formatNumber(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == Math.rint(d) && Math.abs(d) < 1e16) return Long.toString((long) d);
        return Double.toString(d);
    }
}
