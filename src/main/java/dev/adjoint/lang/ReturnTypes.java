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

    private final String name;
    private final List<String> fields; // values and indices, aminmax's min and max, svd's U, S and Vh
    private final List<Object> items;

    public ReturnTypes(String name, Tensor values, Tensor indices) {
        this(name, "values", "indices", values, indices);
    }

    public ReturnTypes(String name, String first, String second, Tensor values, Tensor indices) {
        this(name, List.of(first, second), java.util.Arrays.asList(values, indices));
    }

    /** Any number of fields, each with its item (a tensor). */
    public ReturnTypes(String name, List<String> fields, List<?> items) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }

    @Override
    public Object get(int i) {
        return items.get(i);
    }

    @Override
    public int size() {
        return items.size();
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
        int i = fields.indexOf(attribute);
        return i < 0 ? null : items.get(i);
    }

    @Override
    public Collection<String> attributeNames() {
        return fields;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("torch.return_types.").append(name).append("(");
        for (int i = 0; i < fields.size(); i++)
            sb.append(i == 0 ? "\n" : ",\n").append(fields.get(i)).append("=").append(items.get(i) instanceof Tensor t ? TensorRepr.repr(t) : Repr.repr(items.get(i)));
        return sb.append(")").toString();
    }
}
