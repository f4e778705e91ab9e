package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tensor's special methods as attributes ({@code t.__add__(1)}, {@code t.__getitem__(0)}), as
 * {@code dir(t)} lists them: each is the operator itself ({@link Operators}), so calling the
 * method and writing the operator cannot disagree.
 */
final class TensorDunders {
    private TensorDunders() {}

    static Map<String, TensorMethods.Method> table() {
        Map<String, TensorMethods.Method> m = new LinkedHashMap<>();
        Map<String, TokenType> binary = Map.ofEntries(Map.entry("add", TokenType.PLUS), Map.entry("sub", TokenType.MINUS),
                Map.entry("mul", TokenType.STAR), Map.entry("truediv", TokenType.SLASH), Map.entry("floordiv", TokenType.SLASH_SLASH),
                Map.entry("mod", TokenType.PERCENT), Map.entry("pow", TokenType.STAR_STAR), Map.entry("matmul", TokenType.AT),
                Map.entry("and", TokenType.AMPERSAND), Map.entry("or", TokenType.PIPE));
        for (Map.Entry<String, TokenType> e : binary.entrySet()) {
            TokenType op = e.getValue();
            m.put("__" + e.getKey() + "__", (self, a) -> Operators.binary(op, self, other(a)));
            m.put("__r" + e.getKey() + "__", (self, a) -> Operators.binary(op, other(a), self));
            m.put("__i" + e.getKey() + "__", (self, a) -> Operators.inPlace(op, self, other(a)));
        }
        Map<String, TokenType> comparisons = Map.of("eq", TokenType.EQUAL_EQUAL, "ne", TokenType.BANG_EQUAL, "lt", TokenType.LESS,
                "le", TokenType.LESS_EQUAL, "gt", TokenType.GREATER, "ge", TokenType.GREATER_EQUAL);
        for (Map.Entry<String, TokenType> e : comparisons.entrySet())
            m.put("__" + e.getKey() + "__", (self, a) -> Operators.compare(e.getValue(), self, other(a)));
        m.put("__neg__", (self, a) -> Operators.unary(TokenType.MINUS, none(self, a)));
        m.put("__pos__", (self, a) -> Operators.unary(TokenType.PLUS, none(self, a)));
        m.put("__invert__", (self, a) -> Operators.unary(TokenType.TILDE, none(self, a)));
        m.put("__abs__", (self, a) -> Operators.abs(none(self, a)));
        m.put("__bool__", (self, a) -> Values.truthy(none(self, a)));
        m.put("__len__", (self, a) -> a.interpreter().len(none(self, a)));
        m.put("__getitem__", (self, a) -> a.interpreter().item(self, other(a)));
        m.put("__setitem__", (self, a) -> { // t.__setitem__(key, value) is t[key] = value: in place
            a.expect(2, 2);
            TensorIndex.set((dev.adjoint.autograd.Tensor) self, a.get(0), a.get(1), a.interpreter(), a.span());
            return null;
        });
        m.put("__contains__", (self, a) -> Operators.contains(self, other(a)));
        m.put("__repr__", (self, a) -> Repr.repr(none(self, a)));
        m.put("__str__", (self, a) -> Repr.str(none(self, a)));
        return m;
    }

    private static Object other(Args a) {
        return a.expect(1, 1).get(0);
    }

    private static Object none(Object self, Args a) {
        a.expect(0, 0);
        return self;
    }
}
