package dev.adjoint.lang;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Indexing;
import dev.adjoint.ndarray.Index;
import java.util.List;

/**
 * {@code x[key]} and {@code x[key] = v} for a tensor, as PyTorch: a key is one item or a tuple of
 * them; an item is an int, a slice, None, ..., a bool, or an int64/bool tensor or a list of ints or
 * bools (advanced indexing, differentiable). Assignment writes in place.
 */
final class TensorIndex {
    private TensorIndex() {}

    static Tensor get(Tensor t, Object key) {
        try {
            List<Object> items = items(key);
            // basic subscripts (no index tensors) give a view sharing t's data, as in PyTorch
            return items.stream().anyMatch(i -> i instanceof Tensor) ? Indexing.get(t, items) : Indexing.view(t, items);
        } catch (Indexing.IndexOutOfBounds e) {
            throw PyError.index(e.getMessage());
        }
    }

    static void set(Tensor t, Object key, Object value) {
        Tensor v = TensorOperators.operand(value);
        if (v == null && value instanceof List<?>) v = TensorData.of(value, null);
        if (v == null) throw PyError.type("can't assign a " + Values.typeName(value) + " to a " + t.dtype().tensorTypeName().substring(6));
        try {
            Indexing.set(t, items(key), v);
        } catch (Indexing.IndexOutOfBounds e) {
            throw PyError.index(e.getMessage());
        }
    }

    private static List<Object> items(Object key) {
        return SubscriptKey.items(key, TensorIndex::item);
    }

    private static Object item(Object part) {
        Object p = Values.plain(part);
        if (p == null) return Indexing.NEW_AXIS;
        if (p == Ellipsis.INSTANCE) return Indexing.ELLIPSIS;
        if (p instanceof SliceValue s) return new Index.Slice(bound(s.start()), bound(s.stop()), bound(s.step()));
        if (p instanceof Boolean b) return Tensor.constant(dev.adjoint.ndarray.NDArray.scalar(b ? 1 : 0), DType.BOOL);
        if (PyNumbers.isInt(p)) return new Index.At(Values.toInt(p, "an index"));
        if (p instanceof Tensor t) {
            if (t.dtype() == DType.INT64 && t.ndim() == 0) return new Index.At((int) t.item());
            if (t.dtype().isFloating()) throw PyError.index("tensors used as indices must be long, byte or bool tensors");
            return t;
        }
        if (p instanceof TensorConvertible array) return item(array.toTensor()); // a NumPy array as an index, as PyTorch takes one
        if (p instanceof List<?> || p instanceof RangeValue) return TensorData.of(p, null); // a sequence, as PyTorch reads one
        if (p instanceof String) throw PyError.type("new(): invalid data type 'str'"); // PyTorch tries to read it as index data
        if (p instanceof Double) throw PyError.index("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got float)");
        throw PyError.index("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got "
                + Values.typeName(part) + ")");
    }

    private static Integer bound(Object v) {
        return v == null ? null : Values.toInt(Values.plain(v), "a slice index");
    }
}
