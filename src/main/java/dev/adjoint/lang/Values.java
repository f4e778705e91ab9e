package dev.adjoint.lang;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The values of the language and their conversions. Python's values are Python's: int (Long, or
 * BigInteger past 64 bits), float (Double), bool (Boolean), str (String), None (null), list
 * ({@link PyList}), tuple (any other unmodifiable java.util.List), dict ({@link PyDict}), set
 * ({@link PySet}), range ({@link RangeValue}), functions, classes and their instances, modules.
 * Tensors are {@link Tensor}s; the lecture's tracked numbers are {@link TrackedNumber}s.
 */
public final class Values {
    private Values() {}

    /** Python's type name of a value: "int", "list", "NoneType", "Tensor", ... */
    public static String typeName(Object v) {
        if (v == null) return "NoneType";
        if (v instanceof Boolean) return "bool";
        if (v instanceof Long || v instanceof BigInteger) return "int";
        if (v instanceof Double) return "float";
        if (v instanceof String) return "str";
        if (v instanceof TrackedNumber t) return typeName(t.value());
        if (v instanceof Tensor) return "Tensor";
        if (v instanceof HostObject h) return h.typeName(); // before List: torch.Size is a tuple with a name of its own
        if (v instanceof PyList) return "list";
        if (v instanceof List) return "tuple";
        if (v instanceof PyDict d) return d.pyClass().name();
        if (v instanceof PySet s) return s.frozen() ? "frozenset" : "set";
        if (v instanceof RangeValue) return "range";
        if (v instanceof PyInstance i) return i.pyClass().typeName();
        if (v instanceof PyClass) return "type";
        if (v instanceof UserFunction) return "function";
        if (v instanceof BoundCallable) return "method";
        if (v instanceof Callable) return "builtin_function_or_method";
        if (v instanceof GradFn g) return g.typeName();
        if (v instanceof Ellipsis) return "ellipsis";
        if (v == Dunders.NOT_IMPLEMENTED) return "NotImplementedType";
        if (v instanceof PyIterator it) return it.typeName();
        if (v instanceof Generator) return "generator";
        if (v instanceof DictView d) return d.typeName();
        return "object";
    }

    /** The Python number behind a value: a tracked number's number, anything else as it is. */
    public static Object plain(Object v) {
        return v instanceof TrackedNumber t ? t.value() : v;
    }

    /** The Python number a value stands for where Python wants a number (a tracked number's, a NumPy scalar's: np.int64 → int); else plain(v). */
    public static Object number(Object v) {
        Object p = plain(v);
        if (p instanceof PyInstance i && PyNumbers.isNumber(i.value())) return i.value(); // an int or float subclass's number
        return p instanceof PyOperand o && o.pythonNumber() != null ? o.pythonNumber() : p;
    }

    /**
     * A value as PyTorch's argument parser reads a Number: a tracked number's number, a NumPy scalar
     * as a Python int or float (np.bool_ as a float, as PyTorch 1.13 reads it: t + np.True_ is a
     * float tensor); anything else as it is.
     */
    public static Object torchNumber(Object v) {
        Object p = plain(v);
        if (!(p instanceof PyOperand o) || o.pythonNumber() == null) return p;
        Object n = o.pythonNumber();
        return n instanceof Boolean b ? (Object) (b ? 1.0 : 0.0) : n;
    }

    /** The graph node behind a value: a tensor, or a tracked number's node; null for anything else. */
    public static Tensor node(Object v) {
        if (v instanceof Tensor t) {
            t.syncView(); // a view whose base changed in place since becomes a view of the base as it is (torch's)
            return t;
        }
        if (v instanceof TrackedNumber t) return t.node();
        return null;
    }

    /** callable(v): a function, a class, a bound method, an object whose class defines __call__. */
    public static boolean callable(Object v) {
        return v instanceof Callable || (v instanceof PyInstance i && i.has("__call__"));
    }

    /** Python truthiness; a tensor must have exactly one element. */
    public static boolean truthy(Object v) {
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (PyNumbers.isNumber(v)) return PyNumbers.truthy(v);
        if (v instanceof TrackedNumber t) return PyNumbers.truthy(t.value());
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof List<?> l) return !l.isEmpty();
        if (v instanceof PyDict d) return d.size() > 0;
        if (v instanceof PySet s) return s.size() > 0;
        if (v instanceof DictView d) return d.dict().size() > 0;
        if (v instanceof Tensor t) {
            NDArray a = t.value();
            if (a.ndim() == 0 || a.size() == 1) return a.item() != 0;
            if (a.size() == 0) throw new PyError("RuntimeError", "Boolean value of Tensor with no values is ambiguous"); // PyTorch 1.13's
            throw new PyError("RuntimeError", "Boolean value of Tensor with more than one value is ambiguous");
        }
        if (v instanceof RangeValue r) return !r.isEmpty();
        if (v instanceof PyInstance i) return i.truthy();
        if (v instanceof PyOperand o) return o.truthy();
        if (v instanceof Sized z) return z.length() > 0;
        return true;
    }

    /**
     * A tensor from an array-like where a tensor is needed: a tensor as it is, a tracked number's
     * node, a number, or nested lists/tuples/ranges of them (stacked, differentiably when an item
     * requires grad). Null if v is none of these.
     */
    public static Tensor asTensor(Object v) {
        if (v instanceof Tensor t) return t;
        if (v instanceof TrackedNumber t) return t.node();
        if (PyNumbers.isNumber(v)) return Tensor.constant(PyNumbers.approx(v));
        if (v instanceof List<?> l) return fromItems(l);
        if (v instanceof RangeValue r) return Tensor.constant(toArray(items(r)));
        if (v instanceof TensorConvertible c) return c.toTensor();
        return null;
    }

    private static Tensor fromItems(List<?> items) {
        boolean grad = false;
        for (Object item : items) {
            Tensor n = node(item);
            if (n != null && n.requiresGrad()) grad = true;
            else if (item instanceof List<?>) grad |= containsGrad((List<?>) item, 0);
        }
        if (!grad || !GradMode.isEnabled() || items.isEmpty()) return Tensor.constant(toArray(items));
        List<Tensor> parts = new ArrayList<>(items.size());
        for (Object item : items) {
            Tensor t = asTensor(item);
            if (t == null) throw PyError.type("cannot make a tensor from a " + typeName(item));
            if (!parts.isEmpty() && !t.value().sameShape(parts.get(0).value())) throw ragged(parts.size() + 1, t, parts.get(0));
            parts.add(t);
        }
        return Ops.stack(parts, 0);
    }

    private static boolean containsGrad(List<?> items, int depth) {
        if (depth > Repr.MAX_NESTING) return false;
        for (Object item : items) {
            Tensor n = node(item);
            if (n != null && n.requiresGrad()) return true;
            if (item instanceof List<?> l && containsGrad(l, depth + 1)) return true;
        }
        return false;
    }

    /** Nested tuples/lists of numbers as one array; ragged nesting is an error naming the shapes. */
    public static NDArray toArray(List<?> items) {
        if (items.isEmpty()) return NDArray.zeros(0);
        NDArray[] parts = new NDArray[items.size()];
        for (int i = 0; i < parts.length; i++) {
            Object item = items.get(i);
            Tensor t = item instanceof String || item instanceof PyDict || item instanceof PySet ? null : asTensor(item);
            if (t == null) throw PyError.type("cannot make a tensor from a " + typeName(item));
            parts[i] = t.value();
            if (i > 0 && !parts[i].sameShape(parts[0]))
                throw PyError.value("ragged tensor literal: item " + (i + 1) + " has shape " + Shapes.str(parts[i].shape())
                        + " but item 1 has shape " + Shapes.str(parts[0].shape()));
        }
        return NDArray.stack(parts, 0);
    }

    private static PyError ragged(int item, Tensor t, Tensor first) {
        return PyError.value("ragged tensor literal: item " + item + " has shape " + Shapes.str(t.shape()) + " but item 1 has shape " + Shapes.str(first.shape()));
    }

    /** Walks an iterable: lists, tuples, strings, ranges, dicts (keys), sets, tensors (rows), iterators, objects with __iter__. */
    public static Iterator<Object> iterate(Object v) {
        if (v instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            Iterator<Object> it = (Iterator<Object>) l.iterator();
            return v instanceof PyList ? new ListWalk((PyList) v) : it;
        }
        if (v instanceof RangeValue r) return r.iterator();
        if (v instanceof String s) return s.codePoints().mapToObj(c -> (Object) new String(Character.toChars(c))).iterator();
        if (v instanceof PyDict d) return d.iterator();
        if (v instanceof PySet s) return s.iterator();
        if (v instanceof PyIterator it) return it;
        if (v instanceof Generator g) return g;
        if (v instanceof DictView d) return d.iterator();
        if (v instanceof TrackedNumber t) throw PyError.type("'" + typeName(t) + "' object is not iterable");
        if (v instanceof Tensor t) {
            if (t.ndim() == 0) throw PyError.type("iteration over a 0-d tensor");
            int n = t.shape()[0];
            return new Iterator<>() {
                int i;

                public boolean hasNext() {
                    return i < n;
                }

                public Object next() {
                    return row(t, i++);
                }
            };
        }
        if (v instanceof PyInstance i) return i.iterate();
        if (v instanceof PyClass c && c.metaclass() != null) return c.metaclass().iterate(c); // for member in Color
        if (v instanceof Iterable<?> it && v instanceof HostObject) {
            @SuppressWarnings("unchecked")
            Iterator<Object> walk = (Iterator<Object>) it.iterator();
            return walk;
        }
        throw PyError.type("'" + typeName(v) + "' object is not iterable");
    }

    /** A list walked by index, as Python does: items appended during the walk are seen, and no error is raised. */
    private static final class ListWalk implements Iterator<Object> {
        private final PyList list;
        private int i;

        ListWalk(PyList list) {
            this.list = list;
        }

        public boolean hasNext() {
            return i < list.size();
        }

        public Object next() {
            return list.get(i++);
        }
    }

    /** The items of an iterable in a new Java list (a for loop's unpacking, list(), tuple()). */
    public static List<Object> items(Object v) {
        if (v instanceof List<?> l) return new ArrayList<>(l);
        if (v instanceof RangeValue r) {
            long n = r.length();
            if (n > dev.adjoint.ndarray.Limits.maxElements())
                throw new PyError("MemoryError", String.format("a list of range's %,d numbers is over the limit of %,d (--max-elements)", n,
                        dev.adjoint.ndarray.Limits.maxElements()));
            List<Object> out = new ArrayList<>((int) n);
            for (long i = 0; i < n; i++) {
                dev.adjoint.ndarray.ComputationInterrupted.pollEvery(i);
                out.add(r.get(i));
            }
            return out;
        }
        List<Object> out = new ArrayList<>();
        long max = dev.adjoint.ndarray.Limits.maxElements();
        for (Iterator<Object> it = iterate(v); it.hasNext(); ) {
            dev.adjoint.ndarray.ComputationInterrupted.poll(); // every item: an iterator's step may be a whole call
            if (out.size() >= max) // list(itertools.count()): a clear error, not a JVM out of memory
                throw new PyError("MemoryError", String.format("a list of more than %,d items is over the limit (--max-elements)", max));
            out.add(it.next());
        }
        return out;
    }

    /** An unmodifiable list: how tuples are made. */
    public static List<Object> tuple(List<?> items) {
        return Collections.unmodifiableList(new ArrayList<>(items));
    }

    public static List<Object> tuple(Object... items) {
        return Collections.unmodifiableList(new ArrayList<>(java.util.Arrays.asList(items)));
    }

    /** Row i of a tensor along its first axis (differentiable when the tensor requires grad), a view sharing its data as in PyTorch. */
    static Tensor row(Tensor t, int i) {
        return dev.adjoint.autograd.Views.of(t, x -> Ops.getItem(x, List.of(new dev.adjoint.ndarray.Index.At(i))));
    }

    /** An integer (Python's __index__): an int, a bool, a tracked int, or a one-element tensor holding a whole number. */
    public static long toLong(Object v, String what) {
        Object p = plain(v);
        if (p instanceof Long l) return l;
        if (p instanceof Boolean b) return b ? 1 : 0;
        if (p instanceof BigInteger) throw PyError.overflow(what + " is too large: " + p);
        if (p instanceof Tensor t) return tensorIndex(t);
        if (p instanceof Double d) throw PyError.type(what + " must be an integer, got " + FloatRepr.repr(d));
        if (p instanceof PyOperand o && o.pythonNumber() instanceof Long l) return l; // np.int64's __index__ (not np.bool_'s: NumPy refuses it)
        if (p instanceof PyInstance i && i.has("__index__")) {
            Object r = plain(i.call("__index__"));
            if (!(r instanceof Long || r instanceof BigInteger || r instanceof Boolean)) throw PyError.type("__index__ returned non-int (type " + typeName(r) + ")");
            return toLong(r, what);
        }
        throw PyError.type(what + " must be an integer, not " + typeName(v));
    }

    /** PyTorch's Tensor.__index__: an integer or bool tensor of one element (any float tensor is refused, as PyTorch does). */
    public static long tensorIndex(Tensor t) {
        if (t.dtype().isFloating() || t.value().size() != 1)
            throw PyError.type("only integer tensors of a single element can be converted to an index");
        return (long) t.value().item();
    }

    public static int toInt(Object v, String what) {
        long n = toLong(v, what);
        if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) throw PyError.overflow(what + " " + n + " is too large");
        return (int) n;
    }

    /** A float from a number, a tracked number or a one-element tensor; null if v is none of these. */
    public static Double toDouble(Object v) {
        Object p = plain(v);
        if (PyNumbers.isNumber(p)) return PyNumbers.toDouble(p);
        if (p instanceof Tensor t && t.value().size() == 1) return t.value().item();
        if (number(p) != p) return PyNumbers.toDouble(number(p));
        return null;
    }

    /** "a tensor of shape (2, 3)", "an int", "str", ... for messages. */
    public static String describe(Object v) {
        if (v instanceof Tensor t) return t.ndim() == 0 ? "a 0-d tensor" : "a tensor of shape " + Shapes.str(t.shape());
        return typeName(v);
    }

    /**
     * The repr of a value with no Python repr of its own: functions, classes, modules, library
     * objects by their own text; anything without one as {@code <type object at 0x...>}, never a
     * Java class name.
     */
    static String describeObject(Object v) {
        if (v instanceof UserFunction f) return "<function " + f.qualifiedName() + " at " + address(f) + ">";
        if (hasOwnText(v)) return String.valueOf(v);
        return "<" + typeName(v) + " object at " + address(v) + ">";
    }

    /** Whether a value writes its own text: not Object's {@code pkg.Class@1f} nor a record's generated {@code Name[field=...]}. */
    private static boolean hasOwnText(Object v) {
        String text = String.valueOf(v);
        return !text.startsWith(v.getClass().getName() + "@") && !text.startsWith(v.getClass().getSimpleName() + "[");
    }

    /** id(v): a number for the object, stable for its life. */
    static long id(Object v) {
        return identityHash(v) + 140_000_000_000_000L;
    }

    /** A stand-in for an object's address, as Python shows it ({@code 0x7f...}): stable for the object's life. */
    static String address(Object v) {
        return String.format("0x%012x", 0x7f0000000000L + ((long) identityHash(v) << 4));
    }

    /** The number id() and an address are made from: an object's identity hash (a __del__ stand-in's is its original's). */
    private static int identityHash(Object v) {
        return v instanceof PyInstance i ? i.identity() : System.identityHashCode(v);
    }

    // ---- default display ----

    /** Python's str(). */
    public static String str(Object v) {
        return Repr.str(v);
    }

    /** Python's repr(). */
    public static String repr(Object v) {
        return Repr.repr(v);
    }

    /** Nested lists of numbers as adjoint shows an array: [[1, 2], [3, 4]]. */
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
        return FloatRepr.repr(d);
    }
}
