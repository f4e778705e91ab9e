package dev.adjoint.lang;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;

/**
 * The lecture loop's short way: {@code + - * /} of a tracked number with a number or another
 * tracked number where Python's result is a float. Python's float arithmetic and the node's double
 * arithmetic give the same bits, so the node is computed once and is the value
 * ({@link TrackedNumber#ofNode}), with no second computation and no boxed float. Every other case
 * (ints only, big ints, bools, {@code **}, a zero divisor, NumPy scalars, tensors) takes the
 * general route in {@link Operators}, which decides them as before.
 */
final class TrackedFloats {
    private TrackedFloats() {}

    /** Ints up to this magnitude convert to float exactly, so Python's conversion and the node's agree. */
    private static final long EXACT = 1L << 53;

    static boolean exact(long n) {
        return -EXACT <= n && n <= EXACT;
    }

    /** The result of {@code a op b}, or null where the general route decides. */
    static Object binary(TokenType op, Object a, Object b) {
        Op arithmetic = Operators.arithmeticOp(op);
        return arithmetic == null ? null : arithmetic(arithmetic, a, b);
    }

    private static final Op DIVISION = Ops.arithmeticOp('/');

    /**
     * {@code a op b} for {@code op} one of + - * / ({@link Operators#arithmeticOp}), or null where
     * the general route decides. With grad mode off the node requires no grad and the result is
     * its value, a plain float, as Python's.
     */
    static Object arithmetic(Op op, Object a, Object b) {
        if (!(a instanceof TrackedNumber) && !(b instanceof TrackedNumber)) return null;
        if (!exactFloat(a) || !exactFloat(b) || !(isFloat(a) || isFloat(b))) return null;
        if (op == DIVISION && doubleOf(b) == 0) return null; // Python's ZeroDivisionError
        Tensor node = Ops.arithmetic(op, Operators.nodeOf(a), Operators.nodeOf(b));
        return node.requiresGrad() ? TrackedNumber.ofNode(node) : (Object) node.item();
    }

    private static boolean exactFloat(Object v) {
        if (v instanceof TrackedNumber t) return t.isExactFloat();
        return v instanceof Double || v instanceof Long n && exact(n);
    }

    private static boolean isFloat(Object v) {
        return v instanceof TrackedNumber t ? t.isFloat() : v instanceof Double;
    }

    private static double doubleOf(Object v) {
        if (v instanceof TrackedNumber t) return t.node().item();
        return v instanceof Double d ? d : (double) (Long) v;
    }
}
