package dev.adjoint.lang;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The literals of one compiled unit (an input at the prompt, a script, a module, an exec'd string),
 * shared as CPython 3.11's compiler shares them, so that {@code is} answers as there: equal
 * constants of one unit are one object ({@code a = 257; b = 257; a is b} in a script is True),
 * identifier-like strings are interned across units ({@code mode is "train"} is True), and a
 * binary operation on two number or string literals is folded at compile time within CPython's
 * limits ({@code 10**3 is 1000}; {@code 2**1000} is not folded, so it is a new object each time).
 */
final class CodeConstants {
    /** ast_opt.c's limits on what is folded: 128-bit ints, 4096-character strings. */
    private static final int MAX_INT_BITS = 128, MAX_STR_SIZE = 4096;

    private final Map<Object, Object> pool = new HashMap<>();

    /** The unit's one object equal to {@code value} (same type): the first one seen. */
    Object share(Object value) {
        if (value instanceof String s) return string(s);
        if (!(value instanceof Long || value instanceof BigInteger || value instanceof Double)) return value;
        return pool.computeIfAbsent(new Key(value.getClass(), value), k -> value);
    }

    /** An identifier-like string interned for the whole session, as CPython's intern_string_constants does; another shared in the unit. */
    private Object string(String s) {
        if (isNameLike(s)) return s.intern();
        return pool.computeIfAbsent(new Key(String.class, s), k -> s);
    }

    /** CPython's all_name_chars: ASCII letters, digits and '_' only. */
    static boolean isNameLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /**
     * A constant and its type (1 and 1.0 are equal in Java's Long/Double only by type). Not a record:
     * a record's equals and hashCode are bootstrapped at first use, spinning method-handle classes
     * outside the start-up archive at every start (~30 classes, tens of ms of CPU).
     */
    private static final class Key {
        private final Class<?> type;
        private final Object value;

        Key(Class<?> type, Object value) {
            this.type = type;
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.type == type && k.value.equals(value);
        }

        @Override
        public int hashCode() {
            return 31 * type.hashCode() + value.hashCode();
        }
    }

    /**
     * {@code left op right} computed now when CPython's AST optimizer would (both literals, within
     * its size limits, no error), shared as a constant; null to leave it to run time.
     */
    Object fold(Object left, TokenType op, Object right) {
        if (!foldable(left) || !foldable(right) || !withinLimits(left, op, right)) return null;
        try {
            Object v = Operators.binary(op, left, right);
            return v instanceof String || v instanceof Long || v instanceof BigInteger || v instanceof Double ? share(v) : null;
        } catch (RuntimeException failed) { // 1/0, 'a' - 1: CPython leaves it to raise when it runs
            return null;
        }
    }

    private static boolean foldable(Object v) {
        return v instanceof String || v instanceof Long || v instanceof BigInteger || v instanceof Double;
    }

    /** safe_multiply, safe_power, safe_lshift and safe_mod of CPython 3.11's ast_opt.c. */
    private static boolean withinLimits(Object left, TokenType op, Object right) {
        boolean ints = isInt(left) && isInt(right);
        return switch (op) {
            case STAR -> {
                if (ints) yield isZero(left) || isZero(right) || bits(left) + bits(right) <= MAX_INT_BITS;
                if (left instanceof String s && isInt(right)) yield repeatWithin(s, right);
                if (right instanceof String s && isInt(left)) yield repeatWithin(s, left);
                yield true;
            }
            case STAR_STAR -> !ints || isZero(left) || signum(right) <= 0 || right instanceof Long w && bits(left) <= MAX_INT_BITS / w;
            case LEFT_SHIFT -> !ints || isZero(left) || isZero(right)
                    || right instanceof Long w && w >= 0 && w <= MAX_INT_BITS && bits(left) <= MAX_INT_BITS - w;
            case PERCENT -> !(left instanceof String);
            case PLUS, MINUS, SLASH, SLASH_SLASH, RIGHT_SHIFT, AMPERSAND, PIPE -> true;
            default -> false; // '^' is the lecture's power here, '@' folds nothing
        };
    }

    private static boolean repeatWithin(String s, Object times) {
        if (s.isEmpty()) return true;
        return times instanceof Long n && n >= 0 && n <= MAX_STR_SIZE / s.length();
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger;
    }

    private static boolean isZero(Object v) {
        return signum(v) == 0;
    }

    private static int signum(Object v) {
        return v instanceof Long l ? Long.signum(l) : ((BigInteger) v).signum();
    }

    /** _PyLong_NumBits: the bits of |v|. */
    private static long bits(Object v) {
        return v instanceof Long l ? 64 - Long.numberOfLeadingZeros(l == Long.MIN_VALUE ? l : Math.abs(l)) : ((BigInteger) v).abs().bitLength();
    }
}
