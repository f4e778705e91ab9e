package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * The lecture's shorthand: a Python number with a graph node. {@code x1 = 2} at the top level
 * binds an input number (the int 2 and a 0-d leaf that requires grad, named x1); arithmetic and
 * adjoint's math functions on it give tracked numbers (the exact Python result and the node made
 * from the operands' nodes). Python sees the number (print, type, ==, //, indexing, hashing);
 * autograd sees the node (:trace, grad, .grad, .backward()).
 */
public final class TrackedNumber {
    private final Tensor node;
    /** The Python number as computed, or null for a float that is its node's own value (see {@link #ofNode}): a loop's numbers, 24 bytes each without it (32 with its fields). */
    private final Exact exact;

    /**
     * A number kept beside its node, and the bits of the node's value when this number was made:
     * once {@code x.data = ...} (or an in-place op) has changed it, the number follows the node.
     * (Bits, not the array's identity: a 0-d tensor holds a plain double and makes a new array each
     * time it is asked for one.)
     */
    private record Exact(Object value, long origin) {}

    /** {@code value} is a Long, BigInteger or Double; {@code node} a 0-d tensor. */
    public TrackedNumber(Object value, Tensor node) {
        this.node = node;
        this.exact = new Exact(value, Double.doubleToRawLongBits(node.item()));
    }

    private TrackedNumber(Tensor node) {
        this.node = node;
        this.exact = null;
    }

    /**
     * A float result that is its node's value bit for bit (Python's float {@code + - * /} and the
     * node's double arithmetic agree; so do adjoint's math functions, which compute the node): kept
     * once, in the node. It follows the node when {@code x.data = v} changes it, as every number does.
     */
    static TrackedNumber ofNode(Tensor node) {
        return new TrackedNumber(node);
    }

    /** A fresh input: the number and a new leaf that requires grad. */
    public static TrackedNumber input(Object value) {
        return new TrackedNumber(value, Tensor.leaf(NDArray.scalar(PyNumbers.approx(value)), true));
    }

    /**
     * A constant number: {@code const(3)} or {@code detach(x1)} in a lecture graph, a Python number
     * whose node requires no grad, so that {@code const(3) * x1} is drawn with its constant leaf.
     */
    public static TrackedNumber constant(Object value) {
        return new TrackedNumber(value, Tensor.constant(NDArray.scalar(PyNumbers.approx(value))));
    }

    /**
     * The Python number (int or float): exact as computed, or, once {@code x.data = v} changed the
     * node (gradient descent on an input number), the node's value as a float.
     */
    public Object value() {
        double now = node.item();
        if (exact == null) return now;
        return Double.doubleToRawLongBits(now) == exact.origin() ? exact.value() : (Object) now;
    }

    /**
     * Whether the Python value is a float, or an int that converts to float exactly (as Python
     * converts it: |n| <= 2^53): then the node's double is the value arithmetic works with. A big
     * int or a bool is not (Python may refuse or give an int).
     */
    boolean isExactFloat() {
        if (exact == null) return true;
        if (exact.value() instanceof Double d) {
            if (Double.doubleToRawLongBits(d) == exact.origin()) return true; // its node's value (no read of the node: the lecture loop's hot path)
            // a float that is not its node's value: math.tanh(x1) is CPython's (glibc's) tanh, its node
            // PyTorch's, an ulp apart at times, and Python's arithmetic goes on from CPython's, unless
            // x.data = ... has changed the node since (the number follows the node then)
            return Double.doubleToRawLongBits(node.item()) != exact.origin();
        }
        if (Double.doubleToRawLongBits(node.item()) != exact.origin()) return true; // follows the node: a float now
        return exact.value() instanceof Long n && TrackedFloats.exact(n);
    }

    /** Whether the Python value is a float (not an int), without boxing it. */
    boolean isFloat() {
        return exact == null || exact.value() instanceof Double || Double.doubleToRawLongBits(node.item()) != exact.origin();
    }

    /** The graph node. */
    public Tensor node() {
        return node;
    }

    @Override
    public String toString() {
        return PyNumbers.repr(value());
    }
}
