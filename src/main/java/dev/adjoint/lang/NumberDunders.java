package dev.adjoint.lang;

import java.util.function.Predicate;

/**
 * The special methods of int and float called by name, as CPython has them: {@code (2).__add__(3)},
 * {@code x.__float__()}, {@code int.__add__(x, 1)}, and listed by {@code dir(2)}. An operand of
 * another kind gives NotImplemented, as CPython's do ({@code (2).__add__(2.5)}: int's method does not
 * take a float; float's does). An input number of the lecture ({@code x = 2}) answers with its
 * Python number, not with a graph node.
 */
final class NumberDunders {
    private NumberDunders() {}

    static void register(PyClass intType, PyClass floatType) {
        both(intType, PyNumbers::isInt);
        both(floatType, PyNumbers::isNumber);
        for (OperatorNames.Binary b : OperatorNames.BINARY) {
            if (!b.bitwise()) continue;
            intType.method(b.method(), a -> PyNumbers.isInt(operand(a)) ? PyNumbers.bitwise(b.op(), self(a), operand(a)) : Dunders.NOT_IMPLEMENTED);
            intType.method(b.reflected(), a -> PyNumbers.isInt(operand(a)) ? PyNumbers.bitwise(b.op(), operand(a), self(a)) : Dunders.NOT_IMPLEMENTED);
        }
        intType.method("__xor__", a -> PyNumbers.isInt(operand(a)) ? xor(self(a), operand(a)) : Dunders.NOT_IMPLEMENTED); // adjoint's ^ is power
        intType.method("__rxor__", a -> PyNumbers.isInt(operand(a)) ? xor(operand(a), self(a)) : Dunders.NOT_IMPLEMENTED);
        intType.method("__invert__", a -> PyNumbers.invert(self(a.expect(0, 0))));
        intType.method("__index__", a -> PyNumbers.pos(self(a.expect(0, 0))));
        for (String name : new String[] {"__int__", "__trunc__", "__floor__", "__ceil__"}) intType.method(name, a -> PyNumbers.pos(self(a.expect(0, 0))));
        floatType.method("__int__", a -> PyNumbers.truncate((Double) self(a.expect(0, 0))));
        floatType.method("__trunc__", a -> PyNumbers.truncate((Double) self(a.expect(0, 0))));
        floatType.method("__floor__", a -> PyNumbers.truncate(Math.floor((Double) self(a.expect(0, 0)))));
        floatType.method("__ceil__", a -> PyNumbers.truncate(Math.ceil((Double) self(a.expect(0, 0)))));
    }

    /** What int and float both have, each taking the operands {@code accepts} says (int: ints; float: ints and floats). */
    private static void both(PyClass type, Predicate<Object> accepts) {
        for (OperatorNames.Binary b : OperatorNames.BINARY) {
            if (b.bitwise() || b.op() == TokenType.AT) continue; // the arithmetic: int's bitwise ones are int's alone; numbers have no @
            type.method(b.method(), a -> accepts.test(operand(a)) ? Operators.binary(b.op(), self(a), operand(a)) : Dunders.NOT_IMPLEMENTED);
            type.method(b.reflected(), a -> accepts.test(operand(a)) ? Operators.binary(b.op(), operand(a), self(a)) : Dunders.NOT_IMPLEMENTED);
        }
        type.method("__divmod__", a -> accepts.test(operand(a)) ? divmod(self(a), operand(a)) : Dunders.NOT_IMPLEMENTED);
        type.method("__rdivmod__", a -> accepts.test(operand(a)) ? divmod(operand(a), self(a)) : Dunders.NOT_IMPLEMENTED);
        for (OperatorNames.Comparison c : OperatorNames.COMPARISONS)
            type.method(c.method(), a -> accepts.test(operand(a)) ? Operators.compare(c.op(), self(a), operand(a)) : Dunders.NOT_IMPLEMENTED);
        type.method("__neg__", a -> PyNumbers.neg(self(a.expect(0, 0))));
        type.method("__pos__", a -> PyNumbers.pos(self(a.expect(0, 0))));
        type.method("__abs__", a -> PyNumbers.abs(self(a.expect(0, 0))));
        type.method("__bool__", a -> PyNumbers.truthy(self(a.expect(0, 0))));
        type.method("__float__", a -> PyNumbers.toDouble(self(a.expect(0, 0))));
        type.method("__hash__", a -> SetOrder.hash(HashKey.of(self(a.expect(0, 0)))));
        type.method("__round__", a -> {
            a.expect(0, 1, "ndigits");
            Object v = self(a), digits = a.option(0, "ndigits", null);
            if (digits == null) return v instanceof Double d ? PyNumbers.round(d) : PyNumbers.pos(v);
            long n = Values.toLong(digits, "ndigits");
            return v instanceof Double d ? (Object) PyNumbers.roundFloat(d, n) : PyNumbers.roundInt(v, n);
        });
    }

    private static Object divmod(Object a, Object b) {
        return Values.tuple(Operators.binary(TokenType.SLASH_SLASH, a, b), Operators.binary(TokenType.PERCENT, a, b));
    }

    /** Python's int ^ (bools give a bool): int.__xor__ and operator.xor, since adjoint's ^ operator is power. */
    static Object xor(Object a, Object b) {
        return a instanceof Boolean p && b instanceof Boolean q ? (Object) (p ^ q) : PyNumbers.normalize(PyNumbers.big(a).xor(PyNumbers.big(b)));
    }

    private static Object self(Args a) {
        return Values.number(a.self());
    }

    private static Object operand(Args a) {
        a.expect(1, 1);
        return Values.number(a.get(0));
    }
}
