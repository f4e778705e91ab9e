package dev.adjoint.lang;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;

/** PyTorch's {@code torch.Size}: a tuple of ints (it compares, indexes and unpacks as one) printed as {@code torch.Size([2, 3])}. */
public final class TorchSize extends AbstractList<Object> implements HostObject {
    private final long[] dims;

    private TorchSize(long[] dims) {
        this.dims = dims;
    }

    public static TorchSize of(int[] shape) {
        long[] d = new long[shape.length];
        for (int i = 0; i < d.length; i++) d[i] = shape[i];
        return new TorchSize(d);
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
    public Object attribute(String name) {
        if (name.equals("numel")) return Builtin.of("numel", a -> {
            a.expect(0, 0);
            long n = 1;
            for (long d : dims) n *= d;
            return n;
        });
        return null;
    }

    @Override
    public Collection<String> attributeNames() {
        return List.of("numel");
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < dims.length; i++) sb.append(i > 0 ? ", " : "").append(dims[i]);
        return sb.append("])").toString();
    }
}
