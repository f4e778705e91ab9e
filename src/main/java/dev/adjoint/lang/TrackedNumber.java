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
    private final Object value;
    private final Tensor node;
    /**
     * The bits of the node's value when this number was made: once {@code x.data = ...} (or an
     * in-place op) has changed it, the number follows the node. (Bits, not the array's identity:
     * a 0-d tensor holds a plain double and makes a new array each time it is asked for one.)
     */
    private final long origin;

    /** {@code value} is a Long, BigInteger or Double; {@code node} a 0-d tensor. */
    public TrackedNumber(Object value, Tensor node) {
        this.value = value;
        this.node = node;
        this.origin = Double.doubleToRawLongBits(node.item());
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
        return Double.doubleToRawLongBits(now) == origin ? value : (Object) now;
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
