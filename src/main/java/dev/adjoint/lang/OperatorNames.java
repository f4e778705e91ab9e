package dev.adjoint.lang;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The special methods Python's operators call, by operator: {@code +} is {@code __add__} (reflected
 * {@code __radd__}, in place {@code __iadd__}), {@code <} is {@code __lt__} (reflected {@code __gt__}),
 * unary {@code -} is {@code __neg__}. The one table that the dispatch to user classes' methods
 * ({@link Dunders}) and every type that defines these methods (numbers, containers, enum members,
 * tensors, ndarrays) read; each keeps its own conversion of the receiver and operand.
 */
final class OperatorNames {
    private OperatorNames() {}

    /** A binary operator's methods: {@code a + b} is a.__add__(b), else b.__radd__(a); {@code a += b} tries a.__iadd__(b) first. */
    record Binary(TokenType op, String method, String reflected, String inPlace) {
        private Binary(TokenType op, String stem) {
            this(op, "__" + stem + "__", "__r" + stem + "__", "__i" + stem + "__");
        }

        /** & | << >>: what int has beyond the arithmetic. */
        boolean bitwise() {
            return op == TokenType.AMPERSAND || op == TokenType.PIPE || shift();
        }

        boolean shift() {
            return op == TokenType.LEFT_SHIFT || op == TokenType.RIGHT_SHIFT;
        }
    }

    /** A comparison's method, and the one the other operand is asked for when it declines ({@code a < b}: b.__gt__(a)). */
    record Comparison(TokenType op, String method, String reflected) {}

    /** A unary operator's method: {@code -a} is a.__neg__(). */
    record Unary(TokenType op, String method) {}

    /** In the order the types define them: arithmetic, {@code @}, then bitwise. */
    static final List<Binary> BINARY = List.of(new Binary(TokenType.PLUS, "add"), new Binary(TokenType.MINUS, "sub"),
            new Binary(TokenType.STAR, "mul"), new Binary(TokenType.SLASH, "truediv"), new Binary(TokenType.SLASH_SLASH, "floordiv"),
            new Binary(TokenType.PERCENT, "mod"), new Binary(TokenType.STAR_STAR, "pow"), new Binary(TokenType.AT, "matmul"),
            new Binary(TokenType.AMPERSAND, "and"), new Binary(TokenType.PIPE, "or"), new Binary(TokenType.LEFT_SHIFT, "lshift"),
            new Binary(TokenType.RIGHT_SHIFT, "rshift"));

    /** {@code ^} is power in adjoint; sets, and objects that define __xor__, get exclusive or. */
    static final Binary XOR = new Binary(TokenType.CARET, "xor");

    static final List<Comparison> COMPARISONS = List.of(new Comparison(TokenType.EQUAL_EQUAL, "__eq__", "__eq__"),
            new Comparison(TokenType.BANG_EQUAL, "__ne__", "__ne__"), new Comparison(TokenType.LESS, "__lt__", "__gt__"),
            new Comparison(TokenType.LESS_EQUAL, "__le__", "__ge__"), new Comparison(TokenType.GREATER, "__gt__", "__lt__"),
            new Comparison(TokenType.GREATER_EQUAL, "__ge__", "__le__"));

    static final List<Unary> UNARY = List.of(new Unary(TokenType.MINUS, "__neg__"), new Unary(TokenType.PLUS, "__pos__"),
            new Unary(TokenType.TILDE, "__invert__"));

    private static final Map<TokenType, Binary> BY_BINARY_TOKEN = new EnumMap<>(TokenType.class);
    private static final Map<TokenType, Comparison> BY_COMPARISON_TOKEN = new EnumMap<>(TokenType.class);

    static {
        for (Binary b : BINARY) BY_BINARY_TOKEN.put(b.op, b);
        for (Comparison c : COMPARISONS) BY_COMPARISON_TOKEN.put(c.op, c);
    }

    /** The binary operator's methods, or null for a token that is none. */
    static Binary binary(TokenType op) {
        return BY_BINARY_TOKEN.get(op);
    }

    /** The comparison's methods, or null for a token that is none. */
    static Comparison comparison(TokenType op) {
        return BY_COMPARISON_TOKEN.get(op);
    }
}
