package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;

/**
 * bitwise_and/or/xor/not of integer and bool tensors (their in-place forms, and the operators
 * {@code & | ~}), computed on the integers and wrapped to the result's width; a floating operand
 * is PyTorch's "not implemented" error. These have no gradient, as in PyTorch.
 */
final class BitwiseFunctions {
    private BitwiseFunctions() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        binary(add, "bitwise_and", (x, y) -> x & y);
        binary(add, "bitwise_or", (x, y) -> x | y);
        binary(add, "bitwise_xor", (x, y) -> x ^ y);
        add.accept("bitwise_not", a -> not(TensorFunctions.self(a.positionalFrom("input").expect(1, 1)), "bitwise_not"));
        add.accept("bitwise_not_", a -> {
            Tensor x = TensorFunctions.self(a.expect(1, 1));
            return InPlace.copy(x, not(x, "bitwise_not"));
        });
    }

    private static void binary(BiConsumer<String, Builtin.Fn> add, String name, LongBinaryOperator f) {
        add.accept(name, a -> {
            a = a.positionalFrom("input", "other");
            return of(name, f, TensorFunctions.self(a.expect(2, 2)), TensorFunctions.operand(a, a.get(1), "other"));
        });
        add.accept(name + "_", a -> {
            Tensor x = TensorFunctions.self(a.expect(2, 2));
            return inPlace(x, of(name, f, x, TensorFunctions.operand(a, a.get(1), "other")));
        });
    }

    /** x & y, x | y (the operators): bitwise_and and bitwise_or. */
    static Tensor operator(TokenType op, Tensor x, Tensor y) {
        return switch (op) {
            case AMPERSAND -> of("bitwise_and", (p, q) -> p & q, x, y);
            case CARET -> of("bitwise_xor", (p, q) -> p ^ q, x, y);
            default -> of("bitwise_or", (p, q) -> p | q, x, y);
        };
    }

    /** r written into x, when r's type casts to x's (a bool tensor cannot take an integer result). */
    static Tensor inPlace(Tensor x, Tensor r) {
        if (!r.dtype().castsTo(x.dtype()))
            throw new AutogradException("result type " + r.dtype().scalarName() + " can't be cast to the desired output type " + x.dtype().scalarName());
        return InPlace.copy(x, r);
    }

    private static Tensor of(String name, LongBinaryOperator f, Tensor x, Tensor y) {
        DType type = DType.of(x, y);
        if (type.isFloating()) throw new AutogradException("\"" + name + "_cpu\" not implemented for '" + type.scalarName() + "'");
        Ops.checkBroadcast(x.shape(), y.shape());
        int[] s = Shapes.broadcast(x.shape(), y.shape());
        double[] p = x.value().broadcastTo(s).toArray(), q = y.value().broadcastTo(s).toArray(), out = new double[p.length];
        for (int i = 0; i < out.length; i++) out[i] = type.wrap(f.applyAsLong((long) p[i], (long) q[i]));
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
