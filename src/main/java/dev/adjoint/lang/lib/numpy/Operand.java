package dev.adjoint.lang.lib.numpy;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.PySet;
import dev.adjoint.lang.RangeValue;
import dev.adjoint.lang.TensorData;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** What NumPy takes as an array: arrays, Python numbers (0-d arrays of their type), nested lists and tuples of numbers. */
final class Operand {
    private Operand() {}

    /** The array v stands for, or null if it is no array-like (a string, None, a dict, a tensor). */
    static NpArray of(Object v) {
        Object p = Values.plain(v);
        if (p instanceof NpArray a) return a;
        if (p instanceof Boolean b) return NpArray.of(NDArray.scalar(b ? 1 : 0), NpType.BOOL);
        if (p instanceof BigInteger b) {
            if (b.signum() < 0 || b.bitLength() > 64) throw PyError.overflow("Python int too large to convert to C long");
            return NpArray.of(NDArray.scalar(b.doubleValue()), NpType.UINT64); // 2^63 up to 2^64: np.array(10**19) is uint64
        }
        if (PyNumbers.isInt(p)) return NpArray.of(NDArray.scalar(PyNumbers.approx(p)), NpType.INT64);
        if (p instanceof Double d) return NpArray.of(NDArray.scalar(d), NpType.FLOAT64);
        if (p instanceof List<?> || p instanceof RangeValue) return fromNested(p);
        return null;
    }

    /**
     * The type NumPy 1.24 gives nested Python ints of which some lie from 2^63 up (which PyTorch's
     * rules refuse): uint64 when those are all the ints, float64 beside other ints or floats (NumPy
     * promotes uint64 and int64 so); null when there are none. An int beyond uint64 would be an
     * object array: refused by name.
     */
    private static NpType wideIntsType(Object data) {
        boolean wide = false, otherInts = false, floats = false;
        java.util.Deque<Object> todo = new java.util.ArrayDeque<>();
        todo.push(data);
        while (!todo.isEmpty()) {
            Object p = Values.plain(todo.pop());
            if (p instanceof List<?> items) items.forEach(todo::push);
            else if (p instanceof BigInteger b) {
                if (b.signum() < 0 || b.bitLength() > 64)
                    throw PyError.type("adjoint's numpy makes arrays of numbers only (an int beyond uint64, " + b + ", makes an object array in NumPy)");
                wide = true;
            } else if (p instanceof Double) floats = true;
            else if (PyNumbers.isInt(p) && !(p instanceof Boolean)) otherInts = true;
        }
        return !wide ? null : otherInts || floats ? NpType.FLOAT64 : NpType.UINT64;
    }

    /** The nested data with its big ints as floats (exact for uint64's values up to 2^53 apart; adjoint keeps uint64 as doubles). */
    private static Object asFloats(Object data) {
        Object p = Values.plain(data);
        if (p instanceof BigInteger b) return b.doubleValue();
        if (!(p instanceof List<?> items)) return p;
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) out.add(asFloats(item));
        return new dev.adjoint.lang.PyList(out);
    }

    /** np.array(data): the type NumPy infers (all bools: bool; ints: int64; any float: float64). */
    static NpArray fromNested(Object data) {
        if (data instanceof List<?> l && containsOther(l, 0)) return null;
        NpType wide = wideIntsType(data);
        if (wide != null) return NpArray.of(TensorData.of(asFloats(data), null).value(), wide);
        Tensor t;
        try {
            t = TensorData.of(data, null);
        } catch (PyError | dev.adjoint.ndarray.ShapeException e) {
            List<Integer> shape = new ArrayList<>();
            int depth = consistentDepth(data, 0, shape, new int[] {Integer.MAX_VALUE, -1});
            if (depth < Integer.MAX_VALUE) {
                int[] detected = shape.subList(0, depth).stream().mapToInt(Integer::intValue).toArray();
                throw PyError.value("setting an array element with a sequence. The requested array has an inhomogeneous shape after " + depth
                        + " dimensions. The detected shape was " + ArrayText.shapeRepr(detected) + " + inhomogeneous part.");
            }
            throw e;
        }
        NpType numpyItems = numpyItemsType(data);
        return NpArray.of(t.value(), numpyItems != null ? numpyItems : NpType.of(t.dtype()));
    }

    /**
     * The type NumPy gives nested lists that hold NumPy arrays or scalars: the promotion of every
     * item's type, without value-based casting (np.array([y[0], y[1]]) of uint8 items is uint8,
     * np.array([f, f]) of float32 arrays float32, np.array([np.uint8(7), 300]) int64); null when
     * no item is NumPy's (then the types of Python's numbers decide, as for a tensor).
     */
    private static NpType numpyItemsType(Object data) {
        NpType type = null;
        boolean numpy = false;
        java.util.Deque<Object> todo = new java.util.ArrayDeque<>();
        todo.push(data);
        while (!todo.isEmpty()) {
            Object p = Values.plain(todo.pop());
            if (p instanceof List<?> items) {
                items.forEach(todo::push);
                continue;
            }
            numpy |= p instanceof NpArray;
            NpType t = p instanceof NpArray a ? a.type : p instanceof Tensor x ? NpType.of(x.dtype()) : p instanceof Boolean ? NpType.BOOL
                    : p instanceof Double ? NpType.FLOAT64 : NpType.INT64; // ints, ranges
            type = type == null ? t : NpType.promote(type, t);
        }
        return numpy ? type : null;
    }

    /**
     * How many leading dimensions of nested lists agree (NumPy's "detected shape"): the lengths
     * met first at each depth go into {@code shape}; a list of another length, or a number where
     * lists were met (or the reverse), stops agreement at that depth. {@code state} holds the
     * depth agreement ends at (MAX_VALUE: all agree) and the depth numbers were first met at.
     */
    private static int consistentDepth(Object item, int depth, List<Integer> shape, int[] state) {
        if (depth >= state[0]) return state[0];
        Object p = Values.plain(item);
        List<Object> items = p instanceof List<?> || p instanceof RangeValue || p instanceof NpArray ? Values.items(p) : null;
        if (items == null) { // a number
            if (depth < shape.size() || state[1] >= 0 && state[1] != depth) state[0] = Math.min(state[0], depth);
            if (state[1] < 0) state[1] = depth;
            return state[0];
        }
        if (state[1] >= 0 && depth >= state[1]) {
            state[0] = Math.min(state[0], state[1]);
            return state[0];
        }
        if (shape.size() == depth) shape.add(items.size());
        else if (shape.get(depth) != items.size()) state[0] = Math.min(state[0], depth);
        for (Object child : items) consistentDepth(child, depth + 1, shape, state);
        return state[0];
    }

    /** Whether nested lists hold something that is not a number or an array (a string, None, a dict): then it is no array-like. */
    private static boolean containsOther(List<?> items, int depth) {
        if (depth > 64) return false;
        for (Object item : items) {
            Object p = Values.plain(item);
            if (p == null || p instanceof String || p instanceof PyDict || p instanceof PySet) return true;
            if (p instanceof List<?> l && containsOther(l, depth + 1)) return true;
        }
        return false;
    }

    /** An array argument of a NumPy function: anything np.array takes, or a TypeError naming the function. */
    static NpArray required(Object v, String function) {
        if (v instanceof Tensor t) return NpArray.fromTensor(t.detach());
        NpArray a = of(v);
        if (a == null) throw PyError.type(function + "(): expected an array-like (an array, a number or a list of numbers), got " + Values.typeName(v));
        return a;
    }
}
