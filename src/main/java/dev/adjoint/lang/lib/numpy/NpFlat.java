package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Subscriptable;
import java.util.Collection;
import java.util.List;

/**
 * {@code a.flat}: NumPy's flatiter, the array's elements in order as one axis. Reading
 * {@code a.flat[i]} gives the element; writing {@code a.flat[i] = v} (and {@code a.flat[i] += v})
 * changes the array in place, and every array or tensor sharing its data (needle's gradient
 * check nudges a tensor's data this way).
 */
final class NpFlat implements HostObject, Subscriptable {
    private final NpArray array;

    NpFlat(NpArray array) {
        this.array = array;
    }

    @Override
    public Object getItem(Object key) {
        return flatCopy().getItem(key);
    }

    @Override
    public void setItem(Object key, Object value) {
        NpArray flat = flatCopy();
        flat.setItem(key, value);
        array.write(flat.values().reshape(array.shape()));
    }

    /** The elements as a new 1-d array of the same type. */
    private NpArray flatCopy() {
        return ArrayFunctions.flat(array);
    }

    @Override
    public String typeName() {
        return "numpy.flatiter";
    }

    @Override
    public Object attribute(String name) {
        return name.equals("base") ? array : null;
    }

    @Override
    public Collection<String> attributeNames() {
        return List.of("base");
    }
}
