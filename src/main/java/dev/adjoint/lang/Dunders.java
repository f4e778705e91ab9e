package dev.adjoint.lang;

/** Operators on objects of user classes, through their special methods (__add__, __radd__, __eq__, __lt__, ...). */
final class Dunders {
    /** Python's NotImplemented: what a special method returns to let the other operand try. */
    static final Object NOT_IMPLEMENTED = NotImplemented.INSTANCE;

    enum NotImplemented {
        INSTANCE;

        @Override
        public String toString() {
            return "NotImplemented";
        }
    }

    private Dunders() {}

    /** a op b through a.__op__(b), then b.__rop__(a); NOT_IMPLEMENTED if neither handles it. */
    static Object binary(TokenType op, Object a, Object b) {
        OperatorNames.Binary names = names(op, a, b);
        return names == null ? NOT_IMPLEMENTED : eitherSide(names.method(), names.reflected(), a, b);
    }

    /** a.forward(b), else b.reflected(a), else NOT_IMPLEMENTED. */
    private static Object eitherSide(String forward, String reflected, Object a, Object b) {
        if (a instanceof PyInstance i && i.has(forward)) {
            Object r = i.call(forward, b);
            if (r != NOT_IMPLEMENTED) return r;
        }
        if (b instanceof PyInstance i && i.has(reflected)) {
            Object r = i.call(reflected, a);
            if (r != NOT_IMPLEMENTED) return r;
        }
        return NOT_IMPLEMENTED;
    }

    /** a op= b through a.__iop__(b), else NOT_IMPLEMENTED (then a = a op b). */
    static Object inPlace(TokenType op, Object a, Object b) {
        OperatorNames.Binary names = names(op, a, b);
        if (names != null && a instanceof PyInstance i && i.has(names.inPlace())) {
            Object r = i.call(names.inPlace(), b);
            if (r != NOT_IMPLEMENTED) return r;
        }
        return NOT_IMPLEMENTED;
    }

    /** ^ is power in adjoint, but an object that defines __xor__ gets it. */
    private static OperatorNames.Binary names(TokenType op, Object a, Object b) {
        if (op == TokenType.CARET) {
            OperatorNames.Binary xor = OperatorNames.XOR;
            boolean defined = (a instanceof PyInstance i && i.has(xor.method())) || (b instanceof PyInstance j && j.has(xor.reflected()));
            return defined ? xor : OperatorNames.binary(TokenType.STAR_STAR);
        }
        return OperatorNames.binary(op);
    }

    /** a op b through a.__op__(b), then the reflected b.__rop__(a); == and != fall back to identity. */
    static Object compare(TokenType op, Object a, Object b) {
        OperatorNames.Comparison names = OperatorNames.comparison(op);
        if (names == null) return NOT_IMPLEMENTED;
        Object r0 = eitherSide(names.method(), names.reflected(), a, b);
        if (r0 != NOT_IMPLEMENTED) return r0;
        if (BuiltinSubclasses.carriesValue(a) || BuiltinSubclasses.carriesValue(b)) // Stack([1]) == [1]: their values, as the built-in type compares them
            return Operators.compare(op, BuiltinSubclasses.valueOf(a), BuiltinSubclasses.valueOf(b));
        if (op == TokenType.BANG_EQUAL && a instanceof PyInstance i && i.has("__eq__")) {
            Object r = i.call("__eq__", b);
            if (r != NOT_IMPLEMENTED) return !Values.truthy(r);
        }
        if (op == TokenType.EQUAL_EQUAL) return a == b;
        if (op == TokenType.BANG_EQUAL) return a != b;
        return NOT_IMPLEMENTED;
    }
}
