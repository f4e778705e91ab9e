package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.PyError;
import dev.adjoint.lang.TokenType;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.LibmPow;
import dev.adjoint.ndarray.MatmulOf;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.ShapeException;
import dev.adjoint.ndarray.Shapes;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongUnaryOperator;

/** NumPy's ufuncs on arrays: broadcasting, the result type (NumPy 1.24's promotion), and NumPy's messages. */
final class Elementwise {
    private Elementwise() {}

    /** NumPy's result type of a binary ufunc: a 0-d operand with an array only widens the kind (value-based casting). */
    static NpType resultType(NpArray a, NpArray b) {
        boolean sa = a.ndim() == 0, sb = b.ndim() == 0;
        if (sa && !sb) return NpType.withScalar(b.type, a.type, a.values().item());
        if (sb && !sa) return NpType.withScalar(a.type, b.type, b.values().item());
        return NpType.promote(a.type, b.type);
    }

    /** (2,3): NumPy's shape text in broadcasting messages. */
    static String shapeText(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) sb.append(i > 0 ? "," : "").append(shape[i]);
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    static int[] broadcast(NpArray a, NpArray b) {
        try {
            return Shapes.broadcast(a.shape(), b.shape());
        } catch (ShapeException e) {
            throw PyError.value("operands could not be broadcast together with shapes " + shapeText(a.shape()) + " " + shapeText(b.shape()) + " ");
        }
    }

    static String ufuncName(TokenType op) {
        return switch (op) {
            case PLUS -> "add";
            case MINUS -> "subtract";
            case STAR -> "multiply";
            case SLASH -> "divide"; // NumPy 1.24's true_divide is divide
            case SLASH_SLASH -> "floor_divide";
            case PERCENT -> "remainder";
            case STAR_STAR -> "power";
            case AT -> "matmul";
            case AMPERSAND -> "bitwise_and";
            case PIPE -> "bitwise_or";
            case CARET -> "bitwise_xor";
            case LEFT_SHIFT -> "left_shift";
            case RIGHT_SHIFT -> "right_shift";
            default -> op.spelling();
        };
    }

    static NpArray binary(TokenType op, NpArray a, NpArray b) {
        if (op == TokenType.AT) return matmul(a, b);
        NpArray r = arithmetic(op, a, b);
        if (r != null) {
            int flags = FloatErrors.ofBinary(op, a, b, r);
            if (flags != 0) r.raised = new FloatErrors.Raised(FloatErrors.ufuncName(op, b, a), flags);
        }
        return r;
    }

    private static NpArray arithmetic(TokenType op, NpArray a, NpArray b) {
        NpType t = resultType(a, b);
        boolean ints = t.isExact();
        // the loop is chosen before the shapes are broadcast, so a type NumPy has no loop for is its error whatever the shapes
        if (op == TokenType.MINUS && t == NpType.BOOL)
            throw PyError.type("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
        if (!ints && java.util.List.of(TokenType.AMPERSAND, TokenType.PIPE, TokenType.CARET, TokenType.LEFT_SHIFT, TokenType.RIGHT_SHIFT).contains(op))
            throw new PyError("TypeError", "ufunc '" + ufuncName(op) + "' not supported for the input types, and the inputs could not be safely coerced"
                    + " to any supported types according to the casting rule ''safe''");
        broadcast(a, b);
        boolean wraps = t.isInteger(); // NumPy's integers wrap around on overflow: computed in 64-bit two's complement
        return switch (op) {
            case PLUS -> zip(a, b, t, t == NpType.BOOL ? (x, y) -> x != 0 || y != 0 ? 1 : 0 : wraps ? Int64Arithmetic.ADD : Double::sum);
            case MINUS -> zip(a, b, t, wraps ? Int64Arithmetic.SUBTRACT : (x, y) -> x - y);
            case STAR -> zip(a, b, t, wraps ? Int64Arithmetic.MULTIPLY : (x, y) -> x * y);
            case SLASH -> zip(a, b, t.isFloating() ? t : NpType.FLOAT64, (x, y) -> x / y);
            case SLASH_SLASH -> zip(a, b, t == NpType.BOOL ? NpType.INT8 : t, ints ? Elementwise::floorDivInt : Elementwise::floorDivFloat);
            case PERCENT -> zip(a, b, t == NpType.BOOL ? NpType.INT8 : t, ints ? Elementwise::modInt : Elementwise::modFloat);
            case STAR_STAR -> {
                NpType r = t == NpType.BOOL ? NpType.INT8 : t;
                if (r.isInteger() && hasNegative(b)) throw PyError.value("Integers to negative integer powers are not allowed.");
                yield zip(a, b, r, r.isInteger() ? Int64Arithmetic.POWER : LibmPow::pow); // C's pow, as NumPy's loop calls (Math.pow differs in the last bit)
            }
            case AMPERSAND, PIPE, CARET -> {
                yield zip(a, b, t, (x, y) -> {
                    long p = (long) x, q = (long) y;
                    return op == TokenType.AMPERSAND ? p & q : op == TokenType.PIPE ? p | q : p ^ q;
                });
            }
            case LEFT_SHIFT, RIGHT_SHIFT -> { // NumPy's npy_lshift/npy_rshift: a shift by the width or more gives 0 (or -1 for a negative >>)
                NpType r = t == NpType.BOOL ? NpType.INT8 : t;
                int bits = r.itemsize() * 8;
                yield zip(a, b, r, (x, y) -> {
                    long p = (long) x, q = (long) y;
                    if (op == TokenType.LEFT_SHIFT) return q < 0 || q >= bits ? 0 : p << q;
                    return q < 0 || q >= bits ? (p < 0 ? -1 : 0) : p >> q;
                });
            }
            default -> null;
        };
    }

    private static boolean hasNegative(NpArray b) {
        for (double v : b.values().toArray()) if (v < 0) return true;
        return false;
    }

    private static double floorDivInt(double x, double y) {
        if (y == 0) return 0; // NumPy: 0, with a RuntimeWarning
        return Math.floorDiv((long) x, (long) y);
    }

    private static double modInt(double x, double y) {
        if (y == 0) return 0;
        return Math.floorMod((long) x, (long) y);
    }

    /** NumPy's npy_remainder: fmod moved to the divisor's side, a zero remainder signed as the divisor. */
    private static double modFloat(double x, double y) {
        if (y == 0) return Double.NaN;
        double r = x % y; // C's fmod, exact
        if (r == 0) return Math.copySign(0.0, y);
        return (r < 0) != (y < 0) ? r + y : r;
    }

    /** NumPy's npy_floor_divide: (x - fmod(x, y)) / y, adjusted as npy_divmod does (not floor(x / y), which rounds first). */
    private static double floorDivFloat(double x, double y) {
        if (y == 0) return x / y;
        double mod = x % y, div = (x - mod) / y;
        if (mod != 0 && (y < 0) != (mod < 0)) div -= 1.0;
        if (div == 0) return Math.copySign(0.0, x / y);
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }

    static NpArray zip(NpArray a, NpArray b, NpType type, DoubleBinaryOperator f) {
        if (type == NpType.FLOAT32) {
            a = inFloat32(a);
            b = inFloat32(b);
        }
        return NpArray.ofCast(a.values().zip(b.values(), type.casting(f)), type);
    }

    /**
     * An operand of a float32 computation as float32: NumPy casts a Python number (or a 0-d float64)
     * met by a float32 array to float32 before the loop, so f // 0.3 divides by 0.3f and
     * f == 0.7 holds for f = np.float32(0.7).
     */
    private static NpArray inFloat32(NpArray x) {
        return x.type == NpType.FLOAT32 ? x : NpArray.of(x.values().map(v -> (float) v), NpType.FLOAT32);
    }

    /**
     * A ufunc whose result has its input's type (negative, absolute, square): on integers computed
     * in 64-bit two's complement, so it wraps as NumPy's does (np.abs of int64's minimum is itself).
     */
    static NpArray sameType(NpArray a, String name, DoubleUnaryOperator f, LongUnaryOperator onIntegers) {
        if (!a.type.isInteger()) return map(a, name, f);
        if (a.type.kind == NpType.Kind.UNSIGNED && name.startsWith("abs")) return NpArray.of(a.values(), a.type);
        return map(a, name, x -> onIntegers.applyAsLong(Int64Arithmetic.bits(x)));
    }

    static NpArray map(NpArray a, String name, DoubleUnaryOperator f) {
        return NpArray.ofCast(a.values().map(a.type.casting(f)), a.type);
    }

    /**
     * A ufunc that computes in floating point (exp, log, sqrt, sin, ...): NumPy gives the smallest
     * float that holds the input type, float32 for 16-bit ints and float64 for wider ones; for bool
     * and 8-bit ints that is float16, which adjoint lacks, so it says so rather than differ.
     */
    static NpArray floating(NpArray a, String name, DoubleUnaryOperator f) {
        return withErrors(NpArray.of(a.values().map(f), floatingType(a.type, name)), name, FloatErrors.hasPole(name), a);
    }

    /** r with the floating-point errors its function raised from these inputs. */
    static NpArray withErrors(NpArray r, String name, boolean pole, NpArray... inputs) {
        int flags = FloatErrors.ofFunction(pole, r, inputs);
        if (flags != 0) r.raised = new FloatErrors.Raised(name, flags);
        return r;
    }

    /** The floating type NumPy computes a floating ufunc in for inputs of type t (float16 for bool and 8-bit ints: refused). */
    static NpType floatingType(NpType t, String name) {
        if (!t.isFloating() && t.bits == 8)
            throw PyError.type("np." + name + " of a " + t.name + " array gives float16 in NumPy, which adjoint's numpy does not have:"
                    + " convert first, e.g. np." + name + "(a.astype(np.float32))");
        return t.isFloating() ? t : t.bits == 16 ? NpType.FLOAT32 : NpType.FLOAT64;
    }

    static NpArray compare(TokenType op, NpArray a, NpArray b) {
        broadcast(a, b);
        if (resultType(a, b) == NpType.FLOAT32) { // compared in float32, as NumPy's loop does
            a = inFloat32(a);
            b = inFloat32(b);
        }
        DoubleBinaryOperator f = switch (op) {
            case EQUAL_EQUAL -> (x, y) -> x == y ? 1 : 0;
            case BANG_EQUAL -> (x, y) -> x != y ? 1 : 0;
            case LESS -> (x, y) -> x < y ? 1 : 0;
            case LESS_EQUAL -> (x, y) -> x <= y ? 1 : 0;
            case GREATER -> (x, y) -> x > y ? 1 : 0;
            case GREATER_EQUAL -> (x, y) -> x >= y ? 1 : 0;
            default -> null;
        };
        return f == null ? null : zip(a, b, NpType.BOOL, f);
    }

    static NpArray unary(TokenType op, NpArray a) {
        return switch (op) {
            case MINUS -> {
                if (a.type == NpType.BOOL)
                    throw PyError.type("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
                yield sameType(a, "negative", x -> -x, x -> -x);
            }
            case PLUS -> NpArray.of(a.values(), a.type);
            case TILDE -> {
                if (a.type == NpType.BOOL) yield map(a, "invert", x -> x == 0 ? 1 : 0);
                if (a.type.isInteger()) yield map(a, "invert", x -> ~(long) x);
                throw PyError.type("ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced"
                        + " to any supported types according to the casting rule ''safe''");
            }
            default -> null;
        };
    }

    /** a @ b and np.matmul/np.dot of arrays of 1 or 2 (or more) axes, with NumPy's message for sizes that do not match. */
    static NpArray matmul(NpArray a, NpArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) throw PyError.value("matmul: Input operand " + (a.ndim() == 0 ? 0 : 1) + " does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
        int k = a.shape()[a.ndim() - 1], k2 = b.shape()[b.ndim() == 1 ? 0 : b.ndim() - 2];
        if (k != k2)
            throw PyError.value("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size " + k2 + " is different from " + k + ")");
        NpType t = NpType.promote(a.type, b.type);
        NDArray r = a.values().matmul(b.values(), MatmulOf.NUMPY);
        if (t == NpType.BOOL) return NpArray.of(r.map(x -> x != 0 ? 1 : 0), t);
        return NpArray.of(r, t);
    }
}
