package dev.adjoint.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's int and float arithmetic. An int is a {@code Long}, or a {@code BigInteger} once it
 * leaves 64 bits (never a BigInteger that fits in a long); a float is a {@code Double}; a bool
 * is an int (True + True is 2). Mixed int/float operations give floats, {@code /} always does,
 * {@code //} and {@code %} floor as Python does, and comparisons between ints and floats are exact.
 */
public final class PyNumbers {
    /**
     * Refuses an int result of about {@code bits} bits that is larger than the memory rule of lists
     * and arrays allows (--max-elements, counted in 64-bit words) or than a Java int can hold (2**31
     * bits), before any of it is computed: a MemoryError, as a list over the limit is.
     */
    static void checkIntSize(double bits, String what) {
        long limit = Math.min(dev.adjoint.ndarray.Limits.maxElements() * 64, Integer.MAX_VALUE);
        if (bits > limit)
            throw new PyError("MemoryError", String.format(java.util.Locale.ROOT, "the result of %s would be an int of %,.0f bits, over the limit of %,d bits (--max-elements)",
                    what, Math.floor(bits), limit));
    }

    /** CPython's limit on converting ints to and from decimal text (sys.get_int_max_str_digits()). */
    static final int MAX_STR_DIGITS = 4300;
    /** sys.set_int_max_str_digits's limit (0: none) on this thread, which the session running sets before each input (Interpreter.run). */
    private static final ThreadLocal<int[]> STR_DIGITS = ThreadLocal.withInitial(() -> new int[] {MAX_STR_DIGITS});

    static {
        dev.adjoint.scope.Carried.register(() -> { // sys.set_int_max_str_digits is the session's, on its threads too
            int digits = STR_DIGITS.get()[0];
            return () -> {
                int previous = STR_DIGITS.get()[0];
                STR_DIGITS.get()[0] = digits;
                return () -> STR_DIGITS.get()[0] = previous;
            };
        });
    }

    static int maxStrDigits() {
        return STR_DIGITS.get()[0];
    }

    static void setMaxStrDigits(int digits) {
        STR_DIGITS.get()[0] = digits;
    }

    /** int(text) of more decimal digits than the limit: CPython's ValueError (converting is quadratic). */
    static void checkStrDigits(int digits) {
        int limit = maxStrDigits();
        if (limit > 0 && digits > limit)
            throw PyError.value("Exceeds the limit (" + limit + " digits) for integer string conversion: value has " + digits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }

    private PyNumbers() {}

    /** An int, float or bool (a Python number; not a tracked number or a tensor). */
    public static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof BigInteger;
    }

    /** An int or bool. */
    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Boolean || v instanceof BigInteger;
    }

    /** The int for a BigInteger: a Long when it fits. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    static BigInteger big(Object v) {
        if (v instanceof BigInteger b) return b;
        return BigInteger.valueOf(asLong(v));
    }

    /** A Long or Boolean as a long (callers check first). */
    private static long asLong(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
    }

    private static boolean isSmall(Object v) {
        return v instanceof Long || v instanceof Boolean;
    }

    public static double toDouble(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) throw PyError.overflow("int too large to convert to float");
            return d;
        }
        if (v instanceof Long || v instanceof Boolean) return asLong(v);
        throw PyError.type("must be real number, not " + Values.typeName(v)); // a library argument that is not a number
    }

    /** The nearest double, infinite for an int beyond the float range (a node's value may be inexact; Python's is not). */
    public static double approx(Object v) {
        return v instanceof BigInteger b ? b.doubleValue() : toDouble(v);
    }

    // ---- arithmetic ----

    public static Object add(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) return toDouble(a) + toDouble(b);
        if (isSmall(a) && isSmall(b)) {
            long x = asLong(a), y = asLong(b), r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return r;
        }
        return normalize(big(a).add(big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) return toDouble(a) - toDouble(b);
        if (isSmall(a) && isSmall(b)) {
            long x = asLong(a), y = asLong(b), r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return r;
        }
        return normalize(big(a).subtract(big(b)));
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) return toDouble(a) * toDouble(b);
        if (isSmall(a) && isSmall(b)) {
            long x = asLong(a), y = asLong(b);
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
        }
        return normalize(big(a).multiply(big(b)));
    }

    /** {@code /}: always a float, correctly rounded for ints of any size. */
    public static Object trueDiv(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            double y = toDouble(b);
            if (y == 0) throw PyError.zeroDivision("float division by zero");
            return toDouble(a) / y;
        }
        if (!truthy(b)) throw PyError.zeroDivision("division by zero"); // no BigInteger per division
        if (isSmall(a) && isSmall(b) && Math.abs(asLong(a)) <= 1L << 53 && Math.abs(asLong(b)) <= 1L << 53)
            return (double) asLong(a) / (double) asLong(b); // both exact as doubles: one correctly rounded division
        double q = new BigDecimal(big(a)).divide(new BigDecimal(big(b)), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(q)) throw PyError.overflow("integer division result too large for a float");
        return q;
    }

    public static Object floorDiv(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            double x = toDouble(a), y = toDouble(b);
            if (y == 0) throw PyError.zeroDivision("float floor division by zero");
            return floatDivmod(x, y)[0];
        }
        if (!truthy(b)) throw PyError.zeroDivision("integer division or modulo by zero");
        if (isSmall(a) && isSmall(b) && !(asLong(a) == Long.MIN_VALUE && asLong(b) == -1)) return Math.floorDiv(asLong(a), asLong(b));
        BigInteger[] qr = big(a).divideAndRemainder(big(b));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != big(b).signum()) q = q.subtract(BigInteger.ONE);
        return normalize(q);
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            double x = toDouble(a), y = toDouble(b);
            if (y == 0) throw PyError.zeroDivision("float modulo");
            return floatDivmod(x, y)[1];
        }
        if (!truthy(b)) throw PyError.zeroDivision("integer modulo by zero");
        if (isSmall(a) && isSmall(b)) return Math.floorMod(asLong(a), asLong(b));
        BigInteger r = big(a).mod(big(b).abs());
        if (big(b).signum() < 0 && r.signum() != 0) r = r.add(big(b));
        return normalize(r);
    }

    /** CPython's float_divmod: floor quotient and remainder with the divisor's sign. */
    static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx; // fmod
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    public static Object pow(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            BigInteger e = big(b);
            if (e.signum() >= 0) return intPow(big(a), e);
            if (big(a).signum() == 0) throw PyError.zeroDivision("0.0 cannot be raised to a negative power");
        }
        double x = toDouble(a), y = toDouble(b);
        // a negative number to a fractional power is a complex number, as in Python 3 ((-8) ** (1/3))
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.floor(y)) return ComplexMath.power(new PyComplex(x, 0.0), new PyComplex(y, 0.0));
        return floatPow(x, y);
    }

    /**
     * float ** float as CPython's float_pow: its special cases first (x**0 is 1 even for nan,
     * 1**nan and (-1)**inf are 1, inf and zero bases by the exponent's sign and parity, 0 to a
     * negative power a ZeroDivisionError), then glibc's pow of |x| ({@link LibmPow}), negated for
     * a negative base and an odd exponent.
     */
    public static double floatPow(double x, double y) {
        if (y == 0) return 1.0;
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) return 1.0;
            return (y > 0) == (ax > 1.0) ? Math.abs(y) : 0.0;
        }
        boolean oddY = Math.abs(y) % 2.0 == 1.0;
        if (Double.isInfinite(x)) return y > 0 ? (oddY ? x : Math.abs(x)) : (oddY ? Math.copySign(0.0, x) : 0.0);
        if (x == 0) {
            if (y < 0) throw PyError.zeroDivision("0.0 cannot be raised to a negative power");
            return oddY ? x : 0.0;
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.floor(y)) throw PyError.value("a negative number to a fractional power is a complex number, which this value cannot be");
            x = -x;
            negate = oddY;
        }
        if (x == 1.0) return negate ? -1.0 : 1.0;
        double r = dev.adjoint.ndarray.LibmPow.pow(x, y);
        if (Double.isInfinite(r)) throw PyError.overflow("(34, 'Numerical result out of range')");
        return negate ? -r : r;
    }

    private static Object intPow(BigInteger base, BigInteger exp) {
        if (base.signum() == 0) return exp.signum() == 0 ? 1L : 0L;
        if (base.equals(BigInteger.ONE)) return 1L;
        if (base.equals(BigInteger.ONE.negate())) return exp.testBit(0) ? -1L : 1L;
        BigInteger magnitude = base.abs();
        double log2 = magnitude.bitLength() < 1000 ? Math.log(magnitude.doubleValue()) / Math.log(2) : magnitude.bitLength();
        checkIntSize(Math.floor(exp.doubleValue() * log2) + 1, "**");
        return normalize(base.pow(exp.intValue()));
    }

    public static Object neg(Object a) {
        if (a instanceof Double d) return -d;
        if (isSmall(a) && asLong(a) != Long.MIN_VALUE) return -asLong(a);
        return normalize(big(a).negate());
    }

    /** Unary plus: a bool becomes an int. */
    public static Object pos(Object a) {
        return a instanceof Boolean b ? (Object) (b ? 1L : 0L) : a;
    }

    public static Object abs(Object a) {
        if (a instanceof Double d) return Math.abs(d);
        if (isSmall(a) && asLong(a) != Long.MIN_VALUE) return Math.abs(asLong(a));
        return normalize(big(a).abs());
    }

    // ---- ints only: bitwise operators ----

    public static Object bitwise(TokenType op, Object a, Object b) {
        BigInteger x = big(a), y = big(b);
        return switch (op) {
            case AMPERSAND -> a instanceof Boolean p && b instanceof Boolean q ? (Object) (p & q) : normalize(x.and(y));
            case PIPE -> a instanceof Boolean p && b instanceof Boolean q ? (Object) (p | q) : normalize(x.or(y));
            case CARET -> a instanceof Boolean p && b instanceof Boolean q ? (Object) (p ^ q) : normalize(x.xor(y));
            case LEFT_SHIFT -> {
                if (y.signum() < 0) throw PyError.value("negative shift count");
                if (x.signum() != 0) checkIntSize(x.bitLength() + y.doubleValue(), "<<");
                yield normalize(x.signum() == 0 ? BigInteger.ZERO : x.shiftLeft(y.intValue()));
            }
            case RIGHT_SHIFT -> {
                if (y.signum() < 0) throw PyError.value("negative shift count");
                yield normalize(y.bitLength() > 31 ? BigInteger.valueOf(x.signum() < 0 ? -1 : 0) : x.shiftRight(y.intValue()));
            }
            default -> throw new IllegalStateException("not a bitwise operator: " + op);
        };
    }

    public static Object invert(Object a) {
        return normalize(big(a).not());
    }

    // ---- comparison ----

    /** Exact comparison (-1, 0, 1) of two numbers, neither NaN. */
    public static int compare(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) return Long.compare(asLong(a), asLong(b));
        if (isInt(a) && isInt(b)) return big(a).compareTo(big(b));
        if (a instanceof Double x && b instanceof Double y) return Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
        // an int against a float: exact, whatever the int's size
        if (a instanceof Double x) return -compareIntFloat(b, x);
        return compareIntFloat(a, (Double) b);
    }

    private static int compareIntFloat(Object i, double f) {
        if (Double.isInfinite(f)) return f > 0 ? -1 : 1;
        if (isSmall(i) && Math.abs(asLong(i)) <= 1L << 53) return Double.compare((double) asLong(i), f == 0 ? 0.0 : f);
        return new BigDecimal(big(i)).compareTo(new BigDecimal(f));
    }

    public static boolean isNaN(Object v) {
        return v instanceof Double d && d.isNaN();
    }

    /** Python's == between numbers (1 == 1.0 == True). */
    public static boolean equal(Object a, Object b) {
        if (isNaN(a) || isNaN(b)) return false;
        return compare(a, b) == 0;
    }

    public static boolean truthy(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof Long l) return l != 0;
        if (v instanceof Double d) return d != 0;
        return ((BigInteger) v).signum() != 0;
    }

    // ---- conversions ----

    /** int(x) of a float: truncated toward zero. */
    public static Object truncate(double d) {
        if (Double.isNaN(d)) throw PyError.value("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw PyError.overflow("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return (long) d;
        return normalize(new BigDecimal(d).toBigInteger());
    }

    /** round(x): the nearest int, ties to even. */
    public static Object round(double d) {
        if (Double.isNaN(d)) throw PyError.value("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw PyError.overflow("cannot convert float infinity to integer");
        return normalize(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
    }

    /** round(x, n) of a float: correctly rounded to n decimals, ties to even on the exact binary value. */
    public static double roundFloat(double d, long n) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) return d;
        if (n > 330) return d;
        if (n < -330) return Math.copySign(0.0, d);
        double r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) throw PyError.overflow("rounded value too large to represent"); // round(1.7976931348623157e308, -308)
        return r == 0 ? Math.copySign(0.0, d) : r;
    }

    /** round(i, n) of an int: unchanged for n >= 0, else to a multiple of 10**-n, ties to even. */
    public static Object roundInt(Object i, long n) {
        if (n >= 0) return pos(i);
        if (n < -10_000) return 0L;
        return normalize(new BigDecimal(big(i)).setScale((int) n, RoundingMode.HALF_EVEN).toBigInteger());
    }

    /** The text of an int, in decimal; past 4300 digits a ValueError, as CPython (converting is quadratic). */
    public static String intText(Object i) {
        if (i instanceof Boolean b) return b ? "1" : "0";
        // under 2000 bits an int has fewer digits than any limit (the least is 641): the limit is not even read
        if (!(i instanceof BigInteger b) || b.bitLength() < 2000) return i.toString();
        int limit = maxStrDigits();
        if (limit == 0 || b.bitLength() < limit * 3.32) return b.toString(); // 10^limit has about limit * log2(10) bits
        if (b.bitLength() > limit * 3.33 + 1) throw tooManyDigits(limit);
        String text = b.toString();
        if (text.length() - (b.signum() < 0 ? 1 : 0) > limit) throw tooManyDigits(limit);
        return text;
    }

    private static PyError tooManyDigits(int limit) {
        return PyError.value("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    /** Python's repr of a number: ints in decimal, floats as the shortest text that reads back the same. */
    public static String repr(Object v) {
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Double d) return FloatRepr.repr(d);
        return intText(v);
    }
}
