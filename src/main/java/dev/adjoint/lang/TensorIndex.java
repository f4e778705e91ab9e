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

    /** {@code t[key]}; {@code span} (null for library code) is where a deprecation warning points. */
    static Tensor get(Tensor t, Object key, Interpreter in, Span span) {
        try {
            List<Object> items = items(key, in, span);
            if (speaksTorch(t, in)) refuseBackwardSteps(items);
            // basic subscripts (no index tensors) give a view sharing t's data, as in PyTorch
            return items.stream().anyMatch(i -> i instanceof Tensor) ? Indexing.get(t, items) : Indexing.view(t, items);
        } catch (Indexing.IndexOutOfBounds e) {
            throw PyError.index(e.getMessage());
        }
    }

    static void set(Tensor t, Object key, Object value, Interpreter in, Span span) {
        if (PyNumbers.isNumber(Values.plain(value))) TensorData.checkConvertible(value, t.dtype()); // x[0] = 300 into uint8 is PyTorch's overflow error
        Tensor v = TensorOperators.operand(value);
        if (v == null) throw PyError.type("can't assign a " + Values.typeName(value) + " to a " + t.dtype().tensorTypeName());
        if (Values.plain(key) instanceof Tensor mask && mask.dtype() == DType.UINT8 && v.ndim() == 0) {
            byteMaskFill(t, mask, v, in, span); // PyTorch's path for one mask and one value: masked_fill_
            return;
        }
        if (Values.plain(key) instanceof Boolean b) { // PyTorch: t[False] = v does nothing, t[True] = v copies into t.unsqueeze(0)
            if (b) Indexing.set(t, List.of(Indexing.NEW_AXIS), v);
            return;
        }
        try {
            List<Object> items = items(key, in, span);
            if (speaksTorch(t, in)) refuseBackwardSteps(items);
            Indexing.set(t, items, v);
        } catch (Indexing.IndexOutOfBounds e) {
            throw PyError.index(e.getMessage());
        }
    }

    /** A tensor of a program that imported torch: the lecture language's tensors (no import) and needle's keep Python's backward slices. */
    private static boolean speaksTorch(Tensor t, Interpreter in) {
        return !t.isNeedle() && in != null && in.modules().isLoaded("torch");
    }

    /** PyTorch's slices step forward only: x[::-1] is its ValueError (x.flip(0) is the torch way), so a student's code fails here as there. */
    private static void refuseBackwardSteps(List<Object> items) {
        for (Object item : items)
            if (item instanceof Index.Slice s && s.step() != null && s.step() <= 0)
                throw PyError.value(s.step() == 0 ? "slice step cannot be zero" : "step must be greater than zero"); // Python's own check comes first
    }

    /** The key's items; a uint8 tensor is a mask, with PyTorch 1.13's deprecation warning. */
    private static List<Object> items(Object key, Interpreter in, Span span) {
        boolean[] byteMask = {false};
        List<Object> items = SubscriptKey.items(key, part -> {
            Object item = item(part);
            if (item instanceof Tensor t && t.dtype() == DType.UINT8) {
                byteMask[0] = true;
                return t.to(DType.BOOL);
            }
            return item;
        });
        if (byteMask[0]) in.warnAtCall("UserWarning", BYTE_MASK_WARNING, span);
        return items;
    }

    /** {@code t[mask] = value} for a uint8 mask, as PyTorch 1.13 does it: masked_fill_, whose byte masks hold 0 and 1 only. */
    private static void byteMaskFill(Tensor t, Tensor mask, Tensor value, Interpreter in, Span span) {
        in.warnAtCall("UserWarning", BYTE_MASK_FILL_WARNING, span);
        for (double m : mask.value().toArray())
            if (m != 0 && m != 1) throw new PyError("RuntimeError", "Mask tensor can take 0 and 1 values only");
        dev.adjoint.autograd.op.InPlace.maskedFill(t, mask.to(DType.BOOL), value);
    }

    private static final String BYTE_MASK_FILL_WARNING = "masked_fill_ received a mask with dtype torch.uint8, this behavior is now deprecated,"
            + "please use a mask with dtype torch.bool instead. (Triggered internally at  ./aten/src/ATen/native/TensorAdvancedIndexing.cpp:1646.)";

    private static final String BYTE_MASK_WARNING = "indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead."
            + " (Triggered internally at  ./aten/src/ATen/native/IndexingUtils.h:27.)";

    private static Object item(Object part) {
        Object p = Values.plain(part);
        if (p == null) return Indexing.NEW_AXIS;
        if (p == Ellipsis.INSTANCE) return Indexing.ELLIPSIS;
        if (p instanceof SliceValue s) return new Index.Slice(bound(s.start()), bound(s.stop()), bound(s.step()));
        if (p instanceof Boolean b) return Tensor.constant(dev.adjoint.ndarray.NDArray.scalar(b ? 1 : 0), DType.BOOL);
        if (PyNumbers.isInt(p)) return new Index.At(Values.toInt(p, "an index"));
        if (p instanceof Tensor t) {
            // PyTorch selects with a 0-d integer tensor as with an int (a 0-d uint8 is a mask)
            if (t.dtype().isInteger() && t.dtype() != DType.UINT8 && t.ndim() == 0) return new Index.At((int) t.item());
            if (t.dtype().isFloating()) throw PyError.index("tensors used as indices must be long, byte or bool tensors");
            return t;
        }
        if (p instanceof TensorConvertible array) return item(array.toTensor()); // a NumPy array as an index, as PyTorch takes one
        if (p instanceof List<?> l && l.isEmpty()) return Tensor.constant(dev.adjoint.ndarray.NDArray.zeros(0), DType.INT64); // x[[]]: no index, PyTorch's int64 empty
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
