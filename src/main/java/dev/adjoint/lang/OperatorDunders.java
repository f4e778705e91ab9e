package dev.adjoint.lang;

import java.util.List;

/**
 * An operand type's special methods called by name, each the operator itself ({@link Operators}):
 * {@code a.__mul__(2)}, {@code a.__rsub__(1)}, {@code a.__getitem__(0)}, {@code a.__len__()}, as
 * NumPy's ndarray and scalars have them (needle's NDArray backends and course code call them so).
 * Calling the method and writing the operator cannot disagree.
 */
public final class OperatorDunders {
    private OperatorDunders() {}

    private static final List<Object[]> BINARY = List.of(
            new Object[] {TokenType.PLUS, "add"}, new Object[] {TokenType.MINUS, "sub"}, new Object[] {TokenType.STAR, "mul"},
            new Object[] {TokenType.SLASH, "truediv"}, new Object[] {TokenType.SLASH_SLASH, "floordiv"}, new Object[] {TokenType.PERCENT, "mod"},
            new Object[] {TokenType.STAR_STAR, "pow"}, new Object[] {TokenType.AT, "matmul"}, new Object[] {TokenType.AMPERSAND, "and"},
            new Object[] {TokenType.PIPE, "or"}, new Object[] {TokenType.LEFT_SHIFT, "lshift"},
            new Object[] {TokenType.RIGHT_SHIFT, "rshift"});

    private static final List<Object[]> COMPARE = List.of(
            new Object[] {TokenType.EQUAL_EQUAL, "__eq__"}, new Object[] {TokenType.BANG_EQUAL, "__ne__"},
            new Object[] {TokenType.LESS, "__lt__"}, new Object[] {TokenType.LESS_EQUAL, "__le__"},
            new Object[] {TokenType.GREATER, "__gt__"}, new Object[] {TokenType.GREATER_EQUAL, "__ge__"});

    private static final List<Object[]> UNARY = List.of(
            new Object[] {TokenType.MINUS, "__neg__"}, new Object[] {TokenType.PLUS, "__pos__"}, new Object[] {TokenType.TILDE, "__invert__"});

    /** Defines them on {@code type}: arithmetic (with the reflected and in-place forms), comparisons, unary operators and truth. */
    public static void define(PyClass type) {
        for (Object[] b : BINARY) {
            TokenType op = (TokenType) b[0];
            String name = (String) b[1];
            type.method("__" + name + "__", a -> Operators.binary(op, a.self(), other(a)));
            type.method("__r" + name + "__", a -> Operators.binary(op, other(a), a.self()));
            type.method("__i" + name + "__", a -> Operators.inPlace(op, a.self(), other(a)));
        }
        for (Object[] c : COMPARE) type.method((String) c[1], a -> Operators.compare((TokenType) c[0], a.self(), other(a)));
        for (Object[] u : UNARY) type.method((String) u[1], a -> Operators.unary((TokenType) u[0], self(a)));
        type.method("__abs__", a -> Operators.abs(self(a)));
        type.method("__bool__", a -> Values.truthy(self(a)));
    }

    /** Defines a container's on {@code type}: len, iteration, {@code in}, and item reading and writing. */
    public static void defineContainer(PyClass type) {
        type.method("__len__", a -> PyBuiltins.len(self(a)));
        type.method("__iter__", a -> PyBuiltins.iterator(self(a)));
        type.method("__contains__", a -> Operators.contains(a.self(), other(a)));
        type.method("__getitem__", a -> Subscripts.get(a.interpreter(), a.self(), other(a)));
        type.method("__setitem__", a -> {
            Subscripts.set(a.interpreter(), a.self(), a.expect(2, 2).get(0), a.get(1));
            return null;
        });
    }

    private static Object other(Args a) {
        return a.expect(1, 1).get(0);
    }

    private static Object self(Args a) {
        return a.expect(0, 0).self();
    }
}
