package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.function.BiConsumer;

/**
 * bitwise_and/or/xor/not and bitwise_left_shift/right_shift of integer and bool tensors (their
 * in-place forms, and the operators {@code & | ^ ~ << >>}), computed on the integers and wrapped
 * to the result's width; a floating operand is PyTorch's "not implemented" error (a bool one too
 * for the shifts). These have no gradient, as in PyTorch.
 */
final class BitwiseFunctions {
    private BitwiseFunctions() {}

    /** One of PyTorch's CPU kernels: the name its errors give, whether bools are welcome, and the operation in the result's type. */
    private record Kernel(String cpuName, boolean bools, IntOp f) {
        static final Kernel AND = new Kernel("bitwise_and", true, (t, p, q) -> p & q);
        static final Kernel OR = new Kernel("bitwise_or", true, (t, p, q) -> p | q);
        static final Kernel XOR = new Kernel("bitwise_xor", true, (t, p, q) -> p ^ q);
        static final Kernel LSHIFT = new Kernel("lshift", false, (t, p, q) -> p << shiftCount(t, q));
        static final Kernel RSHIFT = new Kernel("rshift", false, (t, p, q) -> p >> shiftCount(t, q));
    }

    private interface IntOp {
        long apply(DType type, long p, long q);
    }

    /**
     * PyTorch 1.13's C++ shift takes the count as the machine does: modulo 64 for int64, modulo 32
     * for the narrower types (promoted to int first), so x << 64 is x and a negative count wraps.
     */
    private static long shiftCount(DType type, long q) {
        return q & (type.itemsize() == 8 ? 63 : 31);
    }

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        binary(add, "bitwise_and", Kernel.AND);
        binary(add, "bitwise_or", Kernel.OR);
        binary(add, "bitwise_xor", Kernel.XOR);
        binary(add, "bitwise_left_shift", Kernel.LSHIFT);
        binary(add, "bitwise_right_shift", Kernel.RSHIFT);
        add.accept("bitwise_not", a -> not(TensorFunctions.self(a.positionalFrom("input").expect(1, 1)), "bitwise_not"));
        add.accept("bitwise_not_", a -> {
            Tensor x = TensorFunctions.self(a.expect(1, 1));
            return InPlace.copy(x, not(x, "bitwise_not"));
        });
    }

    private static void binary(BiConsumer<String, Builtin.Fn> add, String name, Kernel k) {
        add.accept(name, a -> {
            a = a.positionalFrom("input", "other").expect(2, 2);
            Object first = Values.plain(a.get(0));
            // PyTorch's (Number self, Tensor other) form: a number first when the other is a tensor
            Tensor x = TensorOperators.isNumber(first) && Values.plain(a.get(1)) instanceof Tensor ? TensorOperators.operand(first) : TensorFunctions.self(a);
            return of(k, x, TensorFunctions.operand(a, a.get(1), "other"));
        });
        add.accept(name + "_", a -> {
            Tensor x = TensorFunctions.self(a.expect(2, 2));
            Tensor y = TensorFunctions.operand(a, a.get(1), "other");
            checkCast(DType.of(x, y), x);
            return InPlace.copy(x, of(k, x, y));
        });
    }

    /** x & y, x | y, x ^ y (between integer or bool tensors), x << y, x >> y: the operators. */
    static Tensor operator(TokenType op, Tensor x, Tensor y) {
        return of(switch (op) {
            case AMPERSAND -> Kernel.AND;
            case CARET -> Kernel.XOR;
            case LEFT_SHIFT -> Kernel.LSHIFT;
            case RIGHT_SHIFT -> Kernel.RSHIFT;
            default -> Kernel.OR;
        }, x, y);
    }

    /** x op= y in place: refused before computing when the result's type does not cast to x's (a bool tensor cannot take an integer result). */
    static Tensor inPlace(TokenType op, Tensor x, Tensor y) {
        checkCast(DType.of(x, y), x);
        return InPlace.copy(x, operator(op, x, y));
    }

    private static void checkCast(DType result, Tensor x) {
        if (!result.castsTo(x.dtype()))
            throw new AutogradException("result type " + result.scalarName() + " can't be cast to the desired output type " + x.dtype().scalarName());
    }

    private static Tensor of(Kernel k, Tensor x, Tensor y) {
        DType type = DType.of(x, y);
        Ops.checkBroadcast(x.shape(), y.shape()); // PyTorch sizes its output before it picks a kernel
        if (type.isFloating() || type == DType.BOOL && !k.bools())
            throw new AutogradException("\"" + k.cpuName() + "_cpu\" not implemented for '" + type.scalarName() + "'");
        int[] s = Shapes.broadcast(x.shape(), y.shape());
        double[] p = x.value().broadcastTo(s).toArray(), q = y.value().broadcastTo(s).toArray(), out = new double[p.length];
        for (int i = 0; i < out.length; i++) out[i] = type.wrap(k.f().apply(type, (long) p[i], (long) q[i]));
        return Tensor.constant(NDArray.of(out, s), type);
    }

    /** ~x (bitwise_not): bools negated, integers complemented in their width; {@code name} says who asks (the operator's error is a TypeError). */
    static Tensor not(Tensor x, String name) {
        DType type = x.dtype();
        if (type.isFloating()) {
            if (name.equals("~")) throw PyError.type("~ (operator.invert) is only implemented on integer and Boolean-type tensors");
            throw new AutogradException("\"bitwise_not_cpu\" not implemented for '" + type.scalarName() + "'");
        }
        return Tensor.constant(x.value().map(v -> type == DType.BOOL ? (v == 0 ? 1 : 0) : type.wrap(~(long) v)), type);
    }
}
