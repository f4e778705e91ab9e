package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TensorConvertible;
import dev.adjoint.lang.TensorData;
import dev.adjoint.lang.Values;
import dev.adjoint.lang.lib.numpy.NpArray;
import java.util.ArrayList;
import java.util.List;

/**
 * PyTorch 1.13's default_collate (what a DataLoader with a batch size makes of a list of items)
 * and default_convert (what it makes of one item without): tensors are stacked along a new first
 * dimension, NumPy arrays become tensors of their type and are stacked, NumPy scalars, Python
 * floats (float64) and ints become a tensor, strings and bytes stay the sequence they came in (a tuple for
 * a field of tuple items), dicts are collated key by key and tuples/lists field by field (into a
 * list; a namedtuple's fields into one of its type).
 */
final class TorchCollate {
    private TorchCollate() {}

    static final Builtin DEFAULT_COLLATE = Builtin.of("default_collate", a -> collate(a.expect(1, 1).get(0), a.interpreter()));
    static final Builtin DEFAULT_CONVERT = Builtin.of("default_convert", a -> convert(a.expect(1, 1).get(0), a.interpreter()));

    /** default_collate(batch), batch a list or tuple of items; a batch of strings comes back as it is. */
    static Object collate(Object batch, Interpreter in) {
        Object first = in.item(batch, 0L); // PyTorch reads batch[0] first: its errors for what is not a sequence, or an empty one
        List<Object> items = Values.items(batch);
        if (first instanceof Tensor) return stack(items);
        if (first instanceof NpArray x) {
            if (x.isScalar()) return TensorData.torch(new PyList(items), null); // torch.as_tensor(batch)
            List<Object> tensors = new ArrayList<>();
            for (Object o : items) tensors.add(asTensor(o));
            return stack(tensors);
        }
        Object p = Values.plain(first);
        if (p instanceof Double || PyNumbers.isInt(p)) {
            List<Object> numbers = new ArrayList<>();
            for (Object o : items) numbers.add(Values.plain(o));
            return TensorData.torch(numbers, p instanceof Double ? DType.FLOAT64 : null);
        }
        if (p instanceof String || p instanceof dev.adjoint.lang.PyBytes b && !b.mutable()) return batch; // string_classes: str and bytes
        if (p instanceof PyDict d) {
            PyDict out = new PyDict();
            for (Object key : d.keys()) {
                PyList column = new PyList();
                for (Object item : items) column.add(in.item(item, key));
                out.put(key, collate(column, in));
            }
            return out;
        }
        if (p instanceof List<?> l) {
            for (Object item : items)
                if (!(item instanceof List<?> m) || m.size() != l.size()) throw new PyError("RuntimeError", "each element in list of batch should be of equal size");
            PyList out = new PyList();
            for (int field = 0; field < l.size(); field++) {
                List<Object> column = new ArrayList<>();
                for (Object item : items) column.add(((List<?>) item).get(field));
                out.add(collate(Values.tuple(column), in)); // a field is a tuple, as zip(*batch) makes it
            }
            return isNamedTuple(first) ? in.call(BuiltinTypes.of(first), out) : out;
        }
        throw PyError.type("default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found " + BuiltinTypes.of(first));
    }

    private static Tensor stack(List<Object> items) {
        List<Tensor> tensors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Tensor t))
                throw PyError.type("expected Tensor as element " + i + " in argument 0, but got " + Values.typeName(items.get(i)));
            tensors.add(t);
        }
        return Ops.stack(tensors, 0);
    }

    /** A namedtuple's value: its class has _fields (default_collate and default_convert keep its type). */
    private static boolean isNamedTuple(Object v) {
        return v instanceof List<?> && BuiltinTypes.of(v).dict().containsKey("_fields");
    }

    /** torch.as_tensor(item) of one item of a batch of arrays. */
    private static Object asTensor(Object item) {
        if (item instanceof Tensor) return item;
        if (item instanceof TensorConvertible c) return c.toTensor();
        return TensorData.torch(Values.plain(item), null);
    }

    /** default_convert(item) (batch_size=None): NumPy arrays and scalars become tensors, tuples and lists become lists (a namedtuple stays one), dicts are converted value by value. */
    static Object convert(Object item, Interpreter in) {
        if (item instanceof NpArray x) return x.toTensor();
        if (item instanceof PyDict d) {
            PyDict out = new PyDict();
            for (PyDict.Entry e : d.entries()) out.put(e.key(), convert(e.value(), in));
            return out;
        }
        if (item instanceof List<?> l) {
            PyList out = new PyList();
            for (Object o : l) out.add(convert(o, in));
            return isNamedTuple(item) ? in.call(BuiltinTypes.of(item), out) : out;
        }
        return item;
    }
}
