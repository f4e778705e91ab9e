package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.ShapeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the operators do to values. Arithmetic on tensors goes through {@link Ops}, so the graph
 * is recorded; {@code //}, {@code %} and comparisons give constants (they have no useful gradient).
 */
final class Operators {
    private Operators() {}

    static Object binary(TokenType op, Object a, Object b) {
        if (a instanceof Tensor x && b instanceof Tensor y) return arithmetic(op, x, y);
        if (op == TokenType.PLUS || op == TokenType.PLUS_EQUAL) {
            if (a instanceof String s && b instanceof String t) return s + t;
            if (a instanceof List<?> l && b instanceof List<?> m) {
                List<Object> out = new ArrayList<>(l);
                out.addAll(m);
                return Collections.unmodifiableList(out);
            }
        }
        Tensor x = operand(a), y = operand(b);
        if (x == null || y == null)
            throw new IllegalArgumentException("unsupported operand types for " + symbol(op) + ": '" + Values.typeName(a) + "' and '" + Values.typeName(b) + "'");
        return arithmetic(op, x, y);
    }

    /** Bools count as 0/1 and list literals as tensors, as in NumPy; strings and tuples of strings do not. */
    private static Tensor operand(Object v) {
        if (v instanceof Tensor || v instanceof Boolean) return Values.asTensor(v);
        if (v instanceof List<?> l && !l.isEmpty()) {
            try {
                return Values.asTensor(l);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static Tensor arithmetic(TokenType op, Tensor a, Tensor b) {
        return switch (op) {
            case PLUS, PLUS_EQUAL -> Ops.add(a, b);
            case MINUS, MINUS_EQUAL -> Ops.sub(a, b);
            case STAR, STAR_EQUAL -> Ops.mul(a, b);
            case SLASH, SLASH_EQUAL -> Ops.div(a, b);
            case STAR_STAR, CARET -> Ops.pow(a, b);
            case AT -> Ops.matmul(a, b);
            case SLASH_SLASH -> Tensor.constant(zip("floor_divide", a, b, (x, y) -> Math.floor(x / y)));
            case PERCENT -> Tensor.constant(zip("remainder", a, b, Operators::pythonMod));
            default -> throw new IllegalStateException("not an arithmetic operator: " + op);
        };
    }

    /** Python's %: the result has the sign of the divisor. */
    static double pythonMod(double x, double y) {
        double m = x % y;
        if (m != 0 && (m < 0) != (y < 0)) m += y;
        return m;
    }

    static Object unary(TokenType op, Object v) {
        if (op == TokenType.NOT) return !Values.truthy(v);
        Tensor t = operand(v);
        if (t == null) throw new IllegalArgumentException("bad operand type for unary " + symbol(op) + ": '" + Values.typeName(v) + "'");
        return op == TokenType.MINUS ? Ops.neg(t) : t;
    }

    /**
     * One comparison. Scalars give a bool; tensors with more than one element (or any axis) give
     * a 0/1 constant tensor, as NumPy. == and != between other values is Python equality.
     */
    static Object compare(TokenType op, Object a, Object b) {
        Tensor x = a instanceof Tensor || a instanceof Boolean ? Values.asTensor(a) : null;
        Tensor y = b instanceof Tensor || b instanceof Boolean ? Values.asTensor(b) : null;
        if (x != null && y != null) {
            if (x.ndim() == 0 && y.ndim() == 0) return test(op, x.value().item(), y.value().item());
            return Tensor.constant(zip(symbol(op), x, y, (p, q) -> test(op, p, q) ? 1 : 0));
        }
        if (op == TokenType.EQUAL_EQUAL) return equal(a, b);
        if (op == TokenType.BANG_EQUAL) return !equal(a, b);
        if (a instanceof String s && b instanceof String t) return test(op, s.compareTo(t), 0);
        throw new IllegalArgumentException("'" + symbol(op) + "' is not supported between '" + Values.typeName(a) + "' and '" + Values.typeName(b) + "'");
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof List<?> l && b instanceof List<?> m) {
            if (l.size() != m.size()) return false;
            for (int i = 0; i < l.size(); i++) if (!Values.truthy(compare(TokenType.EQUAL_EQUAL, l.get(i), m.get(i)))) return false;
            return true;
        }
        return Objects.equals(a, b);
    }

    private static boolean test(TokenType op, double p, double q) {
        return switch (op) {
            case EQUAL_EQUAL -> p == q;
            case BANG_EQUAL -> p != q;
            case LESS -> p < q;
            case LESS_EQUAL -> p <= q;
            case GREATER -> p > q;
            case GREATER_EQUAL -> p >= q;
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
    }

    private static NDArray zip(String name, Tensor a, Tensor b, java.util.function.DoubleBinaryOperator f) {
        try {
            return a.value().zip(b.value(), f);
        } catch (ShapeException e) {
            throw new ShapeException(name + ": " + e.getMessage());
        }
    }

    static String symbol(TokenType op) {
        String s = op.spelling();
        return s.endsWith("=") && s.length() == 2 && op != TokenType.EQUAL_EQUAL && op != TokenType.BANG_EQUAL
                && op != TokenType.LESS_EQUAL && op != TokenType.GREATER_EQUAL ? s.substring(0, 1) : s;
    }
}
