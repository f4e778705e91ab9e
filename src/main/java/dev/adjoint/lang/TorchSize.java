package dev.adjoint.lang;

import java.util.AbstractList;
import java.util.List;

/**
 * PyTorch's {@code torch.Size}: a tuple of ints (it compares, indexes, hashes and unpacks as one,
 * and isinstance(s, tuple) holds) printed as {@code torch.Size([2, 3])}; a slice of it, or it
 * plus a tuple, is a Size again.
 */
public final class TorchSize extends AbstractList<Object> implements TabledHostObject {
    /** The class {@code torch.Size}, a subclass of tuple; calling it makes a Size from ints. */
    public static final PyClass CLASS = PyClass.builtin("Size", "torch", BuiltinTypes.TUPLE,
            Builtin.of("Size", a -> ofItems(a.expect(0, 1).size() == 0 ? List.of() : Values.items(a.get(0)))));

    private final long[] dims;

    private TorchSize(long[] dims) {
        this.dims = dims;
    }

    public static TorchSize of(int[] shape) {
        long[] d = new long[shape.length];
        for (int i = 0; i < d.length; i++) d[i] = shape[i];
        return new TorchSize(d);
    }

    /** A Size of ints (torch.Size(items), a slice of a Size, a Size plus a tuple); anything else is PyTorch's TypeError. */
    static TorchSize ofItems(List<?> items) {
        long[] d = new long[items.size()];
        for (int i = 0; i < d.length; i++) {
            Object v = Values.plain(items.get(i));
            if (!PyNumbers.isInt(v) || v instanceof Boolean)
                throw PyError.type("torch.Size() takes an iterable of 'int' (item " + i + " is '" + Values.typeName(items.get(i)) + "')");
            d[i] = Values.toLong(v, "size");
        }
        return new TorchSize(d);
    }

    /** {@code size + other}: a Size, as PyTorch's Size.__add__. */
    TorchSize plus(List<?> other) {
        List<Object> all = new java.util.ArrayList<>(this);
        all.addAll(other);
        return ofItems(all);
    }

    @Override
    public Object get(int i) {
        return dims[i];
    }

    @Override
    public int size() {
        return dims.length;
    }

    @Override
    public String typeName() {
        return "Size";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    private static final AttributeTable<TorchSize> ATTRIBUTES = new AttributeTable<TorchSize>()
            .method("numel", (s, a) -> {
                a.expect(0, 0);
                long n = 1;
                for (long d : s.dims) n *= d;
                return n;
            });

    @Override
    public AttributeTable<TorchSize> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < dims.length; i++) sb.append(i > 0 ? ", " : "").append(dims[i]);
        return sb.append("])").toString();
    }
}
