package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.lib.TensorRepr;
import java.util.AbstractList;
import java.util.Collection;
import java.util.List;

/**
 * PyTorch's {@code torch.return_types.max} and friends: a named pair (values, indices) that
 * unpacks and indexes as a tuple and prints as PyTorch's structseq.
 */
public final class ReturnTypes extends AbstractList<Object> implements HostObject {
    /** One class per name (torch.return_types.max, ...), subclasses of tuple, so type(a) == type(b) holds. */
    private static final java.util.Map<String, PyClass> CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

    private final String name, first, second; // the fields' names: values and indices, or aminmax's min and max
    private final Tensor values, indices;

    public ReturnTypes(String name, Tensor values, Tensor indices) {
        this(name, "values", "indices", values, indices);
    }

    public ReturnTypes(String name, String first, String second, Tensor values, Tensor indices) {
        this.name = name;
        this.first = first;
        this.second = second;
        this.values = values;
        this.indices = indices;
    }

    @Override
    public Object get(int i) {
        if (i == 0) return values;
        if (i == 1) return indices;
        throw new IndexOutOfBoundsException(i);
    }

    @Override
    public int size() {
        return 2;
    }

    @Override
    public String typeName() {
        return name;
    }

    @Override
    public PyClass pyClass() {
        return CLASSES.computeIfAbsent(name, n -> PyClass.builtin(n, "torch.return_types", BuiltinTypes.TUPLE, null));
    }

    @Override
    public Object attribute(String attribute) {
        return attribute.equals(first) ? values : attribute.equals(second) ? indices : null;
    }

    @Override
    public Collection<String> attributeNames() {
        return List.of(first, second);
    }

    @Override
    public String toString() {
        return "torch.return_types." + name + "(\n" + first + "=" + TensorRepr.repr(values) + ",\n" + second + "=" + TensorRepr.repr(indices) + ")";
    }
}
