package dev.adjoint.lang;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.lib.NeedleTensor;

/**
 * Python's operators on tensors, as PyTorch defines them: arithmetic records the graph ({@code 1 - x}
 * is rsub and {@code x ** 2} pow with a scalar exponent, as PyTorch names them), comparisons and
 * {@code & | ~ << >>} are PyTorch's bitwise functions, {@code //} and {@code %} follow PyTorch's floor division and
 * remainder, and augmented assignment ({@code x += y}) changes the tensor in place. Python numbers
 * enter as int64, bool or float64 scalars, so type promotion is PyTorch's.
 */
final class TensorOperators {
    private TensorOperators() {}

    /** a op b with a tensor on at least one side; null when the other side is no array-like. */
    static Tensor binary(TokenType op, Object a, Object b) {
        a = numpyScalar(a);
        b = numpyScalar(b);
        Tensor x = operand(a), y = operand(b);
        if (x == null || y == null) return null;
        if (NeedleTensor.involved(x, y)) { // needle's Tensor builds needle's graph (a - b is a + (-b))
            Tensor r = NeedleTensor.binary(op, a, b, x, y);
            if (r != null) return r;
        }
        if (isXor(op, x, y)) return BitwiseFunctions.operator(op, x, y);
        if (op == TokenType.MINUS) checkBoolSubtraction(x, y);
        boolean numberLeft = isNumber(a), numberRight = isNumber(b);
        return switch (op) {
            // a number on the left reaches PyTorch's reflected methods: 2 + x is x.add(2) (the tensor the node's first
            // input), 2 / x is x.reciprocal() * 2 (MulBackward0 over ReciprocalBackward0, and its rounding)
            case PLUS -> numberLeft ? Ops.add(y, x) : Ops.add(x, y);
            case MINUS -> numberLeft ? Ops.rsub(x, y) : Ops.sub(x, y);
            case STAR -> numberLeft ? Ops.mul(y, x) : Ops.mul(x, y);
            case SLASH -> numberLeft && !numberRight ? Ops.mul(Ops.reciprocal(y), x) : Ops.div(x, y);
            case STAR_STAR, CARET -> numberRight && !numberLeft ? Ops.powNumber(x, scalar(Values.plain(b)))
                    : numberLeft && !numberRight ? Ops.pow(Tensor.constant(x.value(), DType.of(x, y)), y) : Ops.pow(x, y);
            case AT -> numberLeft || numberRight ? null : Ops.matmul(x, y); // Tensor.__matmul__ declines a number: the TypeError
            case SLASH_SLASH -> Ops.divRounded(checkDivisor(x, y), y, null);
            case PERCENT -> remainder(checkDivisor(x, y), y, numberRight);
            case AMPERSAND, PIPE, LEFT_SHIFT, RIGHT_SHIFT -> BitwiseFunctions.operator(op, x, y);
            default -> throw PyError.type("unsupported operand type(s) for " + op.spelling() + ": '" + Values.typeName(a) + "' and '" + Values.typeName(b) + "'");
        };
    }

    /**
     * Whether ^ is PyTorch's bitwise_xor rather than the lecture's power: between bool or integer
     * tensors (masks, indices), where no lecture notation is meant; float tensors keep x^2.
     */
    private static boolean isXor(TokenType op, Tensor x, Tensor y) {
        return op == TokenType.CARET && !x.dtype().isFloating() && !y.dtype().isFloating();
    }

    /**
     * x, after PyTorch's check of an integer division (//, %, div with a rounding mode, fmod):
     * a zero divisor is its RuntimeError "ZeroDivisionError" rather than a quotient of ±inf cast to
     * an integer. Floating division by zero is ±inf or nan, as IEEE says.
     */
    static Tensor checkDivisor(Tensor x, Tensor y) {
        if (DType.promote(x.dtype(), y.dtype()).isFloating()) return x;
        for (double v : y.value().toArray()) if (v == 0) throw new dev.adjoint.autograd.AutogradException("ZeroDivisionError");
        return x;
    }

    /** PyTorch's remainder: the sign of the divisor, as Python's %. */
    static Tensor remainder(Tensor x, Tensor y, boolean numberDivisor) {
        return Ops.remainder(x, y, numberDivisor);
    }

    /** x op= y on a tensor: in place, as PyTorch's __iadd__ and friends; returns x (or, where PyTorch declines, x op y). */
    static Object inPlace(TokenType op, Tensor x, Object b) {
        if (x.isNeedle()) { // needle's Tensor has no __iadd__: x += y rebinds x to x + y
            Tensor r = binary(op, x, b);
            if (r == null) throw PyError.type("unsupported operand type(s) for " + op.spelling() + "=: 'Tensor' and '" + Values.typeName(b) + "'");
            return r;
        }
        b = numpyScalar(b);
        Tensor y = operand(b);
        if (y == null && b instanceof PyOperand) return Operators.binary(op, x, b); // PyTorch 1.13's __iadd__ declines an array: x += a is x = x + a
        if (y == null) throw PyError.type("unsupported operand type(s) for " + op.spelling() + "=: 'Tensor' and '" + Values.typeName(b) + "'");
        return switch (op) {
            case PLUS -> InPlace.add(x, y);
            case MINUS -> InPlace.sub(x, y);
            case STAR -> InPlace.mul(x, y);
            case SLASH -> InPlace.div(x, y);
            case STAR_STAR, CARET -> isXor(op, x, y) ? BitwiseFunctions.inPlace(op, x, y)
                    : isNumber(b) ? InPlace.powNumber(x, scalar(Values.plain(b))) : InPlace.pow(x, y);
            case AMPERSAND, PIPE, LEFT_SHIFT, RIGHT_SHIFT -> BitwiseFunctions.inPlace(op, x, y);
            case AT -> binary(op, x, y); // PyTorch's Tensor has no __imatmul__: x @= y rebinds x to x @ y
            default -> InPlace.copy(x, binary(op, x, y)); // //=, %=: PyTorch computes them in place too; here the result is written into x
        };
    }

    /** A comparison with a tensor on one side: a bool tensor (PyTorch's eq, lt, ...). */
    static Tensor compare(TokenType op, Object a, Object b) {
        Tensor x = operand(numpyScalar(a)), y = operand(numpyScalar(b));
        if (x == null || y == null) return null;
        if (NeedleTensor.involved(x, y)) return null; // needle's Tensor has no __eq__ or __lt__: identity, and < a TypeError
        return switch (op) {
            case EQUAL_EQUAL -> Ops.eq(x, y);
            case BANG_EQUAL -> Ops.ne(x, y);
            case LESS -> Ops.lt(x, y);
            case LESS_EQUAL -> Ops.le(x, y);
            case GREATER -> Ops.gt(x, y);
            case GREATER_EQUAL -> Ops.ge(x, y);
            default -> null;
        };
    }

    /** {@code item in t}: whether any element equals it (PyTorch's Tensor.__contains__, for tensors and numbers only). */
    static boolean contains(Tensor t, Object item) {
        Tensor y = operand(numpyScalar(item));
        if (y == null)
            throw new PyError("RuntimeError", "Tensor.__contains__ only supports Tensor or scalar, but you passed in a " + BuiltinTypes.of(item) + ".");
        for (double v : Ops.eq(y, t).value().toArray()) if (v != 0) return true;
        return false;
    }

    /** -x, +x, ~x on a tensor. */
    static Tensor unary(TokenType op, Tensor t) {
        return switch (op) {
            case MINUS -> Ops.neg(t);
            case PLUS -> t;
            case TILDE -> BitwiseFunctions.not(t, "~");
            default -> throw PyError.type("bad operand type for unary " + op.spelling() + ": 'Tensor'");
        };
    }

    static boolean isNumber(Object v) {
        return PyNumbers.isNumber(v) || v instanceof TrackedNumber;
    }

    /**
     * A tensor operand: a tensor, or a Python number as a scalar of its type (lists are not: PyTorch's
     * TypeError). A tracked number enters by its Python value, as a constant: beside a tensor it is the
     * Python float PyTorch sees ({@code mean = 0.5; x - mean} has no grad_fn); its graph is the lecture's
     * arithmetic among numbers.
     */
    static Tensor operand(Object v) {
        if (v instanceof Tensor) return Values.node(v);
        v = numpyScalar(v);
        if (v instanceof TrackedNumber t) return scalar(t.value());
        if (v instanceof java.math.BigInteger) throw TensorData.overflow(); // PyTorch reads a Python int as int64
        if (PyNumbers.isNumber(v)) return scalar(v);
        return null;
    }

    /** PyTorch refuses `-` with a bool operand (tensor or Python bool) before it looks at the shapes. */
    static void checkBoolSubtraction(Tensor x, Tensor y) {
        if (x.dtype() == DType.BOOL && y.dtype() == DType.BOOL)
            throw new PyError("RuntimeError", "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.");
        if (x.dtype() == DType.BOOL || y.dtype() == DType.BOOL)
            throw new PyError("RuntimeError", "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
    }

    /** A NumPy scalar as the Python number PyTorch reads it as ({@link Values#torchNumber}); anything else (a tracked number too) as it is. */
    private static Object numpyScalar(Object v) {
        return v instanceof PyOperand ? Values.torchNumber(v) : v;
    }

    /** A Python number as PyTorch wraps it: int → int64, bool → bool, float → float64. */
    static Tensor scalar(Object number) {
        return Constants.of(number);
    }
}
