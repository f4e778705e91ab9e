package dev.adjoint.lang;

/**
 * The special methods of IntEnum's and StrEnum's members: each acts as its value ({@code N.A + 1}
 * is 2, {@code N.A < N.B}, {@code range(N.B)}, {@code S.A.upper()}, {@code str(N.A)} is "1"), as
 * a member that is an int or a str does in CPython.
 */
final class ValueMembers {
    private ValueMembers() {}

    /** Defines them on IntEnum ({@code text} false) or StrEnum (true: also len, indexing, iteration and {@code in}). */
    static void define(PyClass cls, boolean text) {
        for (OperatorNames.Binary b : OperatorNames.BINARY) {
            if (b.op() == TokenType.AT) continue; // int and str have no @
            cls.method(b.method(), a -> Operators.binary(b.op(), value(a.self()), operand(a.get(0))));
            cls.method(b.reflected(), a -> Operators.binary(b.op(), operand(a.get(0)), value(a.self())));
        }
        for (OperatorNames.Comparison c : OperatorNames.COMPARISONS) cls.method(c.method(), a -> Operators.compare(c.op(), value(a.self()), operand(a.get(0))));
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
        for (OperatorNames.Unary u : OperatorNames.UNARY) cls.method(u.method(), a -> Operators.unary(u.op(), value(a.self())));
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
