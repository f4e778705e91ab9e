package dev.adjoint.lang;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code torch.tensor(data)}: nested lists and tuples of Python numbers, bools and tensors copied
 * into a new tensor whose type PyTorch would infer (all bools: bool; ints and bools: int64; any
 * float: float64) unless a dtype is given. The result shares nothing with the data and records no
 * graph, as PyTorch's copy does.
 */
public final class TensorData {
    private TensorData() {}

    /** The tensor of {@code data}, of type {@code dtype} (null: inferred); a tensor inside a list is an array of its values (NumPy's reading). */
    public static Tensor of(Object data, DType dtype) {
        return read(data, dtype, false);
    }

    /** torch.tensor(data)'s reading of {@code data}: a tensor inside a list is a number (its item(); one element only), a NumPy array an array. */
    public static Tensor torch(Object data, DType dtype) {
        return read(data, dtype, true);
    }

    private static Tensor read(Object data, DType dtype, boolean tensorsAreNumbers) {
        Object whole = Values.plain(data);
        if (whole instanceof TensorConvertible c) whole = c.toTensor();
        if (whole instanceof Tensor t) { // one array: its values copied at once, not number by number (a data set's millions, issue 16)
            NDArray v = t.value();
            return Tensor.constant(NDArray.adopt(v.toArray(), v.shape()), dtype != null ? dtype : t.dtype());
        }
        List<Double> values = new ArrayList<>();
        List<Integer> shape = new ArrayList<>();
        DType[] kind = {DType.BOOL};
        boolean[] any = {false, false}; // any number at all; an int beyond int64
        Extremes numbers = new Extremes();
        collect(data, 0, true, tensorsAreNumbers, shape, values, kind, any, numbers);
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) v[i] = values.get(i);
        int[] s = shape.stream().mapToInt(Integer::intValue).toArray();
        DType type = dtype != null ? dtype : any[0] ? kind[0] : DType.FLOAT64;
        if (any[1] && !type.isFloating()) throw overflow(); // PyTorch refuses it rather than wrap or round it
        if (numbers.overflow(type)) throw overflow(type.torchName().substring("torch.".length()));
        return Tensor.constant(NDArray.of(v, s), type);
    }

    /**
     * PyTorch's errors for a Python number (or a one-element tensor's) that {@code type} cannot
     * hold (see DType.overflows), named as torch.full, fill_, setitem and the other ops taking a
     * number name it ("uint8_t").
     */
    public static void checkConvertible(Object number, DType type) {
        Object v = Values.plain(number);
        if (v instanceof java.math.BigInteger && !type.isFloating()) throw overflow();
        boolean over = v instanceof Tensor t ? t.value().size() == 1 && t.dtype() != DType.BOOL && type.overflows(t.item(), !t.dtype().isFloating()) // a one-element tensor's item, as PyTorch takes it
                : PyNumbers.isNumber(v) && !(v instanceof Boolean) && type.overflows(PyNumbers.approx(v), PyNumbers.isInt(v));
        if (over) throw overflow(type.cppName());
    }

    private static PyError overflow(String typeName) {
        return new PyError("RuntimeError", "value cannot be converted to type " + typeName + " without overflow");
    }

    /** The least and greatest Python ints and floats of the data, which decide whether a type holds them all. */
    private static final class Extremes {
        double leastInt = Double.POSITIVE_INFINITY, greatestInt = Double.NEGATIVE_INFINITY;
        double leastFloat = Double.POSITIVE_INFINITY, greatestFloat = Double.NEGATIVE_INFINITY;
        boolean nan;

        void add(double v, boolean integral) {
            if (integral) {
                leastInt = Math.min(leastInt, v);
                greatestInt = Math.max(greatestInt, v);
            } else if (Double.isNaN(v)) {
                nan = true;
            } else {
                leastFloat = Math.min(leastFloat, v);
                greatestFloat = Math.max(greatestFloat, v);
            }
        }

        boolean overflow(DType type) {
            if (nan && type.overflows(Double.NaN, false)) return true;
            return leastInt <= greatestInt && (type.overflows(leastInt, true) || type.overflows(greatestInt, true))
                    || leastFloat <= greatestFloat && (type.overflows(leastFloat, false) || type.overflows(greatestFloat, false));
        }
    }

    /** PyTorch's error for a Python int that does not fit in int64. */
    public static PyError overflow() {
        return new PyError("RuntimeError", "Overflow when unpacking long");
    }

    /**
     * Collects {@code item}'s numbers; {@code first}: it is the first item all the way down, the
     * chain along which PyTorch measures the shape (where a str, a sequence of strs, is "too many
     * dimensions"; elsewhere a str is an invalid item).
     */
    private static void collect(Object item, int depth, boolean first, boolean tensorsAreNumbers, List<Integer> shape, List<Double> out, DType[] kind, boolean[] any, Extremes numbers) {
        if (depth > Repr.MAX_NESTING) throw PyError.value("data nested too deeply");
        Object v = Values.plain(item);
        if (v instanceof String && first && depth > 0) throw PyError.value("too many dimensions 'str'");
        if (v instanceof Tensor t && depth > 0 && tensorsAreNumbers) v = item(t);
        if (v instanceof TensorConvertible c) v = c.toTensor(); // a NumPy array, as PyTorch copies one
        if (v instanceof Tensor t) {
            any[0] = true;
            kind[0] = DType.promote(kind[0], t.dtype());
            at(shape, depth, t.shape(), item);
            for (double d : t.value().toArray()) out.add(d);
            return;
        }
        if (PyNumbers.isNumber(v)) {
            any[0] = true;
            kind[0] = DType.promote(kind[0], v instanceof Boolean ? DType.BOOL : PyNumbers.isInt(v) ? DType.INT64 : DType.FLOAT64);
            if (v instanceof java.math.BigInteger) any[1] = true;
            at(shape, depth, new int[0], item);
            double d = PyNumbers.approx(v);
            if (!(v instanceof Boolean)) numbers.add(d, PyNumbers.isInt(v));
            out.add(d);
            return;
        }
        if (v instanceof List<?> || v instanceof RangeValue) {
            List<Object> items = new ArrayList<>();
            for (Iterator<Object> it = Values.iterate(v); it.hasNext(); ) items.add(it.next());
            if (shape.size() == depth) shape.add(items.size());
            else if (shape.size() < depth || shape.get(depth) != items.size())
                throw PyError.value("expected sequence of length " + (shape.size() > depth ? shape.get(depth) : 0) + " at dim " + depth + " (got " + items.size() + ")");
            for (int i = 0; i < items.size(); i++) collect(items.get(i), depth + 1, first && i == 0, tensorsAreNumbers, shape, out, kind, any, numbers);
            return;
        }
        throw PyError.type("new(): invalid data type '" + Values.typeName(item) + "'");
    }

    /** The Python number of a tensor in a list (its item()): PyTorch refuses one of several elements or none. */
    private static Object item(Tensor t) {
        if (t.value().size() != 1) throw PyError.value("only one element tensors can be converted to Python scalars");
        double v = t.item();
        return t.dtype() == DType.BOOL ? (Object) (v != 0) : t.dtype().isFloating() ? (Object) v : (Object) (long) v;
    }

    /** A leaf (number or tensor) of {@code leafShape} at nesting {@code depth}: the shape so far must end there. */
    private static void at(List<Integer> shape, int depth, int[] leafShape, Object item) {
        if (shape.size() == depth) {
            for (int d : leafShape) shape.add(d);
            return;
        }
        List<Integer> rest = shape.subList(depth, shape.size());
        int[] want = rest.stream().mapToInt(Integer::intValue).toArray();
        if (!java.util.Arrays.equals(want, leafShape))
            throw PyError.value(leafShape.length == 0 ? "expected sequence of length " + want[0] + " at dim " + depth + " (got " + Values.typeName(item) + ")"
                    : "expected a tensor of shape " + Shapes.str(want) + " at dim " + depth + ", got " + Shapes.str(leafShape));
    }
}
