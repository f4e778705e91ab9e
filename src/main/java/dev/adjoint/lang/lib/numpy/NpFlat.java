package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Sized;
import dev.adjoint.lang.Subscriptable;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code a.flat}: NumPy's flatiter, the array's elements in order as one axis. Reading
 * {@code a.flat[i]} gives the element; writing {@code a.flat[i] = v} (and {@code a.flat[i] += v},
 * {@code a.flat = v}) changes the array in place, and every array or tensor sharing its data
 * (needle's gradient check nudges a tensor's data this way); the values written repeat to fill
 * the places, as NumPy's do. It is its own iterator ({@code for v in a.flat}, {@code next(f)}),
 * giving NumPy scalars.
 */
final class NpFlat implements TabledHostObject, Subscriptable, Sized, Iterable<Object>, Iterator<Object> {
    private static final dev.adjoint.lang.PyClass CLASS = dev.adjoint.lang.PyClass.builtin("flatiter", "numpy", dev.adjoint.lang.BuiltinTypes.OBJECT, null);
    private final NpArray array;
    private int position;
    /** The elements when iteration began (a walk reads each once). */
    private double[] walked;

    NpFlat(NpArray array) {
        this.array = array;
    }

    @Override
    public Object getItem(Object key) {
        return flatCopy().getItem(flatKey(key));
    }

    @Override
    public void setItem(Object key, Object value) {
        int n = array.size();
        Object picked = NpArray.of(NDArray.arange(0, n, 1), NpType.INT64).getItem(flatKey(key));
        double[] places = Operand.required(picked, "flat").values().toArray();
        assignCyclically(places, value);
    }

    /**
     * The one index a flatiter takes (an int, a slice, ..., an int or bool array, or a tuple of one
     * of these but ...), as an ndarray index; NumPy refuses the rest (None, a float, a str, a float
     * array, two indices) with its own message, where an array's index would add an axis or fail otherwise.
     */
    private static Object flatKey(Object key) {
        Object k = dev.adjoint.lang.Values.plain(key);
        if (k instanceof List<?> tuple && !(k instanceof dev.adjoint.lang.PyList)) {
            if (tuple.size() != 1 || dev.adjoint.lang.Values.plain(tuple.get(0)) == dev.adjoint.lang.Ellipsis.INSTANCE) throw unsupported();
            k = dev.adjoint.lang.Values.plain(tuple.get(0));
        }
        if (k == null || k instanceof String || k instanceof Double || k instanceof NpArray x && x.type.isFloating()) throw unsupported();
        return k;
    }

    private static dev.adjoint.lang.PyError unsupported() {
        return dev.adjoint.lang.PyError.index("unsupported iterator index");
    }

    /** {@code a.flat = v}: every element, from v's values repeated. */
    void assignAll(Object value) {
        double[] places = new double[array.size()];
        for (int i = 0; i < places.length; i++) places[i] = i;
        assignCyclically(places, value);
    }

    private void assignCyclically(double[] places, Object value) {
        NpArray v = Operand.required(value, "flat");
        double[] given = v.values().toArray();
        if (places.length == 0) return;
        if (given.length == 0) return; // as NumPy: nothing to repeat, nothing written
        double[] all = flatCopy().values().toArray();
        for (int i = 0; i < places.length; i++) all[(int) places[i]] = given[i % given.length];
        array.write(NDArray.of(all, array.shape())); // cast to the array's type
    }

    /** The elements as a new 1-d array of the same type. */
    private NpArray flatCopy() {
        return ArrayFunctions.flat(array);
    }

    @Override
    public long length() {
        return array.size();
    }

    @Override
    public Iterator<Object> iterator() {
        return this;
    }

    @Override
    public boolean hasNext() {
        return position < array.size();
    }

    @Override
    public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        if (walked == null) walked = flatCopy().values().toArray();
        return NpArray.scalar(walked[position++], array.type);
    }

    @Override
    public String typeName() {
        return "numpy.flatiter";
    }

    @Override
    public dev.adjoint.lang.PyClass pyClass() {
        return CLASS;
    }

    private static final AttributeTable<NpFlat> ATTRIBUTES = new AttributeTable<NpFlat>()
            .value("base", f -> f.array)
            .value("index", f -> (long) f.position)
            .value("coords", f -> {
                int[] shape = f.array.shape(), strides = Shapes.rowMajorStrides(shape);
                List<Object> c = new ArrayList<>();
                for (int d = 0; d < shape.length; d++) c.add((long) (f.position / Math.max(strides[d], 1) % Math.max(shape[d], 1)));
                return dev.adjoint.lang.Values.tuple(c);
            })
            .method("copy", (f, a) -> f.flatCopy())
            .method("__getitem__", (f, a) -> f.getItem(a.expect(1, 1).get(0)))
            .method("__setitem__", (f, a) -> {
                f.setItem(a.expect(2, 2).get(0), a.get(1));
                return null;
            });

    @Override
    public AttributeTable<NpFlat> attributeTable() {
        return ATTRIBUTES;
    }
}
