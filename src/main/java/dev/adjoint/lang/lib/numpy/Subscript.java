package dev.adjoint.lang.lib.numpy;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Indexing;
import dev.adjoint.lang.Ellipsis;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.RangeValue;
import dev.adjoint.lang.SliceValue;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.scope.Scope;
import java.util.List;

/**
 * {@code a[key]} and {@code a[key] = v} as NumPy: integers, slices, None, ..., and integer or
 * boolean arrays (or lists). Integers and slices give a view sharing a's data (writing into it
 * changes a); index arrays give a copy; an integer for every axis gives the element as a Python
 * number. The positions are found by the tensors' indexing (PyTorch's is NumPy's); the messages
 * are NumPy's.
 */
final class Subscript {
    private static final String VALID = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

    private Subscript() {}

    static Object get(NpArray a, Object key) {
        List<Object> items = items(key);
        check(a, items);
        try (Scope s = GradMode.noGrad()) {
            boolean advanced = items.stream().anyMatch(i -> i instanceof Tensor);
            long ints = items.stream().filter(i -> i instanceof Index.At).count();
            if (!advanced && ints == a.ndim() && items.size() == ints) {
                List<Index.At> at = items.stream().map(i -> (Index.At) i).toList();
                return NpArray.scalar(Indexing.element(a.data, at), a.type);
            }
            if (advanced) return new NpArray(Indexing.get(a.data, items, Indexing.Rule.NUMPY), a.type); // a copy
            return NpArray.view(Indexing.view(a.data, items, Indexing.Rule.NUMPY), a);
        } catch (AutogradException e) {
            throw numpyError(e);
        }
    }

    static void set(NpArray a, Object key, Object value) {
        List<Object> items = items(key);
        check(a, items);
        a.checkWritable("assignment destination");
        NpArray v = Operand.of(value);
        if (v == null) throw PyError.value("could not convert " + Values.typeName(value) + " to " + a.type.name + " for an array element");
        if (a.type.isInteger() && v.type.isFloating() || a.type == NpType.BOOL && v.type != NpType.BOOL) v = NpArray.of(v.values(), a.type);
        Tensor values = Tensor.constant(a.type == NpType.FLOAT64 ? v.values() : v.values().map(a.type::cast), a.type.storageType()); // float64 casts to itself
        try (Scope s = GradMode.noGrad()) {
            Indexing.set(a.data, items, values, Indexing.Rule.NUMPY);
        } catch (AutogradException | dev.adjoint.ndarray.ShapeException e) {
            String m = e.getMessage();
            if (m != null && (m.contains("broadcast") || m.contains("shape") || m.contains("expand")) && !m.contains("out of bounds") && !m.contains("mask"))
                throw broadcastError(v.shape(), ((NpArray) viewShape(a, items)).shape(), items);
            throw numpyError(e);
        }
    }

    /** NumPy's words for values that do not fit where they go: a fancy index's own, else the copy's (shapes without spaces). */
    private static PyError broadcastError(int[] values, int[] target, List<Object> items) {
        for (Object item : items)
            if (Values.plain(item) instanceof List<?> || Values.plain(item) instanceof NpArray || Values.plain(item) instanceof Tensor t && t.dtype() != DType.BOOL)
                return PyError.value("shape mismatch: value array of shape " + ArrayText.compactShape(values) + " could not be broadcast to indexing result of shape "
                        + ArrayText.compactShape(target));
        return PyError.value("could not broadcast input array from shape " + ArrayText.compactShape(values) + " into shape " + ArrayText.compactShape(target));
    }

    private static Object viewShape(NpArray a, List<Object> items) {
        try (Scope s = GradMode.noGrad()) {
            return new NpArray(Indexing.get(a.data, items, Indexing.Rule.NUMPY), a.type);
        }
    }

    /** NumPy's message for more indices than axes. */
    private static void check(NpArray a, List<Object> items) {
        int used = 0;
        for (Object i : items) {
            if (i == Indexing.NEW_AXIS || i == Indexing.ELLIPSIS) continue;
            used += i instanceof Tensor t && t.dtype() == DType.BOOL ? Math.max(t.ndim(), 1) : 1;
        }
        if (used > a.ndim())
            throw PyError.index("too many indices for array: array is " + a.ndim() + "-dimensional, but " + used + " were indexed");
    }

    private static RuntimeException numpyError(RuntimeException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("out of bounds")) return PyError.index(m.replace("for dimension", "for axis"));
        java.util.regex.Matcher mask = java.util.regex.Pattern.compile("mask \\[([\\d, ]*)\\] at index (\\d+) .* tensor \\[([\\d, ]*)\\] at index (\\d+)").matcher(m);
        if (mask.find()) { // the sizes from the tensors' message: "The shape of the mask [2] at index 0 does not match ... [3] at index 0"
            String[] maskShape = mask.group(1).split(", "), shape = mask.group(3).split(", ");
            int k = Integer.parseInt(mask.group(2)), dim = Integer.parseInt(mask.group(4));
            return PyError.index("boolean index did not match indexed array along dimension " + dim + "; dimension is " + shape[dim].strip()
                    + " but corresponding boolean dimension is " + maskShape[k].strip());
        }
        if (m.contains("mask")) return PyError.index("boolean index did not match indexed array");
        if (m.contains("could not be broadcast")) return PyError.index(m.replace("indexing tensors", "indexing arrays"));
        return PyError.index(m);
    }

    private static List<Object> items(Object key) {
        return dev.adjoint.lang.SubscriptKey.items(key, Subscript::item);
    }

    private static Object item(Object part) {
        Object p = Values.plain(part);
        if (p == null) return Indexing.NEW_AXIS;
        if (p == Ellipsis.INSTANCE) return Indexing.ELLIPSIS;
        if (p instanceof SliceValue s) return new Index.Slice(bound(s.start()), bound(s.stop()), bound(s.step()));
        if (p instanceof Boolean) throw PyError.index(VALID);
        if (PyNumbers.isInt(p)) return new Index.At(Values.toInt(p, "an index"));
        NpArray a = p instanceof NpArray n ? n : p instanceof List<?> || p instanceof RangeValue ? Operand.of(p) : null; // Z[range(n), y] as Z[np.arange(n), y]
        if (p instanceof List<?> l && l.isEmpty()) a = NpArray.of(NDArray.of(new double[0], 0), NpType.INT64); // a[[]]: an empty index array is intp, as NumPy's
        if (a != null) {
            if (a.type.isFloating()) throw PyError.index("arrays used as indices must be of integer (or boolean) type");
            if (a.ndim() == 0 && a.type.isInteger()) return new Index.At((int) a.values().item());
            Tensor t = a.toTensor();
            return t.dtype().shownInRepr() ? t.to(DType.INT64) : t; // NumPy indexes with any integer type, PyTorch's indexing with int64
        }
        throw PyError.index(VALID);
    }

    private static Integer bound(Object v) {
        if (v == null) return null;
        Object p = Values.plain(v);
        if (p instanceof NpArray n && n.isScalar() && n.type.isInteger()) p = n.pythonNumber();
        if (!PyNumbers.isInt(p) || p instanceof Boolean)
            throw PyError.type("slice indices must be integers or None or have an __index__ method");
        return Values.toInt(p, "a slice index");
    }
}
