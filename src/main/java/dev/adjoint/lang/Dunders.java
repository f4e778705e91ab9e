package dev.adjoint.lang;

import java.util.Map;

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

    private static final Map<TokenType, String[]> BINARY = Map.ofEntries(
            Map.entry(TokenType.PLUS, new String[] {"__add__", "__radd__", "__iadd__"}),
            Map.entry(TokenType.MINUS, new String[] {"__sub__", "__rsub__", "__isub__"}),
            Map.entry(TokenType.STAR, new String[] {"__mul__", "__rmul__", "__imul__"}),
            Map.entry(TokenType.SLASH, new String[] {"__truediv__", "__rtruediv__", "__itruediv__"}),
            Map.entry(TokenType.SLASH_SLASH, new String[] {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}),
            Map.entry(TokenType.PERCENT, new String[] {"__mod__", "__rmod__", "__imod__"}),
            Map.entry(TokenType.STAR_STAR, new String[] {"__pow__", "__rpow__", "__ipow__"}),
            Map.entry(TokenType.AT, new String[] {"__matmul__", "__rmatmul__", "__imatmul__"}),
            Map.entry(TokenType.AMPERSAND, new String[] {"__and__", "__rand__", "__iand__"}),
            Map.entry(TokenType.PIPE, new String[] {"__or__", "__ror__", "__ior__"}),
            Map.entry(TokenType.LEFT_SHIFT, new String[] {"__lshift__", "__rlshift__", "__ilshift__"}),
            Map.entry(TokenType.RIGHT_SHIFT, new String[] {"__rshift__", "__rrshift__", "__irshift__"}));

    private static final Map<TokenType, String[]> COMPARE = Map.of(
            TokenType.EQUAL_EQUAL, new String[] {"__eq__", "__eq__"},
            TokenType.BANG_EQUAL, new String[] {"__ne__", "__ne__"},
            TokenType.LESS, new String[] {"__lt__", "__gt__"},
            TokenType.LESS_EQUAL, new String[] {"__le__", "__ge__"},
            TokenType.GREATER, new String[] {"__gt__", "__lt__"},
            TokenType.GREATER_EQUAL, new String[] {"__ge__", "__le__"});

    private Dunders() {}

    /** a op b through a.__op__(b), then b.__rop__(a); NOT_IMPLEMENTED if neither handles it. */
    static Object binary(TokenType op, Object a, Object b) {
        String[] names = names(op, a, b);
        return names == null ? NOT_IMPLEMENTED : eitherSide(names[0], names[1], a, b);
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
        String[] names = names(op, a, b);
        if (names != null && a instanceof PyInstance i && i.has(names[2])) {
            Object r = i.call(names[2], b);
            if (r != NOT_IMPLEMENTED) return r;
        }
        return NOT_IMPLEMENTED;
    }

    /** ^ is power in adjoint, but an object that defines __xor__ gets it. */
    private static String[] names(TokenType op, Object a, Object b) {
        if (op == TokenType.CARET) {
            boolean xor = (a instanceof PyInstance i && i.has("__xor__")) || (b instanceof PyInstance j && j.has("__rxor__"));
            return xor ? new String[] {"__xor__", "__rxor__", "__ixor__"} : BINARY.get(TokenType.STAR_STAR);
        }
        return BINARY.get(op);
    }

    /** a op b through a.__op__(b), then the reflected b.__rop__(a); == and != fall back to identity. */
    static Object compare(TokenType op, Object a, Object b) {
        String[] names = COMPARE.get(op);
        if (names == null) return NOT_IMPLEMENTED;
        Object r0 = eitherSide(names[0], names[1], a, b);
        if (r0 != NOT_IMPLEMENTED) return r0;
        if (op == TokenType.BANG_EQUAL && a instanceof PyInstance i && i.has("__eq__")) {
            Object r = i.call("__eq__", b);
            if (r != NOT_IMPLEMENTED) return !Values.truthy(r);
        }
        if (op == TokenType.EQUAL_EQUAL) return a == b;
        if (op == TokenType.BANG_EQUAL) return a != b;
        return NOT_IMPLEMENTED;
    }
}
