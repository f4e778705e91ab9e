package dev.adjoint.lang;

import java.util.List;

/**
 * The special methods of IntEnum's and StrEnum's members: each acts as its value ({@code N.A + 1}
 * is 2, {@code N.A < N.B}, {@code range(N.B)}, {@code S.A.upper()}, {@code str(N.A)} is "1"), as
 * a member that is an int or a str does in CPython.
 */
final class ValueMembers {
    private ValueMembers() {}

    private static final List<Object[]> BINARY = List.of(
            new Object[] {TokenType.PLUS, "__add__", "__radd__"}, new Object[] {TokenType.MINUS, "__sub__", "__rsub__"},
            new Object[] {TokenType.STAR, "__mul__", "__rmul__"}, new Object[] {TokenType.SLASH, "__truediv__", "__rtruediv__"},
            new Object[] {TokenType.SLASH_SLASH, "__floordiv__", "__rfloordiv__"}, new Object[] {TokenType.PERCENT, "__mod__", "__rmod__"},
            new Object[] {TokenType.STAR_STAR, "__pow__", "__rpow__"}, new Object[] {TokenType.AMPERSAND, "__and__", "__rand__"},
            new Object[] {TokenType.PIPE, "__or__", "__ror__"}, new Object[] {TokenType.LEFT_SHIFT, "__lshift__", "__rlshift__"},
            new Object[] {TokenType.RIGHT_SHIFT, "__rshift__", "__rrshift__"});

    private static final List<Object[]> COMPARE = List.of(
            new Object[] {TokenType.EQUAL_EQUAL, "__eq__"}, new Object[] {TokenType.BANG_EQUAL, "__ne__"},
            new Object[] {TokenType.LESS, "__lt__"}, new Object[] {TokenType.LESS_EQUAL, "__le__"},
            new Object[] {TokenType.GREATER, "__gt__"}, new Object[] {TokenType.GREATER_EQUAL, "__ge__"});

    /** Defines them on IntEnum ({@code text} false) or StrEnum (true: also len, indexing, iteration and {@code in}). */
    static void define(PyClass cls, boolean text) {
        for (Object[] b : BINARY) {
            TokenType op = (TokenType) b[0];
            cls.method((String) b[1], a -> Operators.binary(op, value(a.self()), operand(a.get(0))));
            cls.method((String) b[2], a -> Operators.binary(op, operand(a.get(0)), value(a.self())));
        }
        for (Object[] c : COMPARE) cls.method((String) c[1], a -> Operators.compare((TokenType) c[0], value(a.self()), operand(a.get(0))));
        cls.method("__hash__", a -> SetOrder.hash(HashKey.of(value(a.self()))));
        cls.method("__bool__", a -> Values.truthy(value(a.self())));
        cls.method("__str__", a -> Repr.str(value(a.self())));
        cls.method("__format__", a -> StrFormat.formatValue(value(a.self()), a.string(0), a.interpreter()));
        cls.method("__getattr__", a -> Attributes.get(a.interpreter(), value(a.self()), a.string(0))); // S.A.upper(), N.A.real
        if (text) {
            cls.method("__len__", a -> PyBuiltins.len(value(a.self())));
            cls.method("__getitem__", a -> Subscripts.get(a.interpreter(), value(a.self()), a.get(0)));
            cls.method("__iter__", a -> new PyIterator("str_ascii_iterator", Values.iterate(value(a.self()))));
            cls.method("__contains__", a -> Operators.contains(value(a.self()), operand(a.get(0))));
            return;
        }
        for (Object[] u : List.of(new Object[] {TokenType.MINUS, "__neg__"}, new Object[] {TokenType.PLUS, "__pos__"}, new Object[] {TokenType.TILDE, "__invert__"}))
            cls.method((String) u[1], a -> Operators.unary((TokenType) u[0], value(a.self())));
        cls.method("__abs__", a -> Operators.abs(value(a.self())));
        cls.method("__index__", a -> value(a.self())).method("__int__", a -> value(a.self()));
        cls.method("__float__", a -> PyNumbers.toDouble(value(a.self())));
    }

    private static Object value(Object self) {
        return EnumModule.value(self);
    }

    /** The other operand: another such member as its value. */
    private static Object operand(Object v) {
        return v instanceof PyInstance i && i.pyClass().isSubclassOf(EnumModule.ENUM) && (i.has("__index__") || i.pyClass().isSubclassOf(EnumModule.STR_ENUM)) ? EnumModule.value(i) : v;
    }
}
