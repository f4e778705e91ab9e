package dev.adjoint.ndarray;

import java.util.function.DoubleBinaryOperator;

/**
 * Integer arithmetic as NumPy's and PyTorch's int64 (and uint64) do it: in 64-bit two's
 * complement, wrapping around on overflow ({@code np.int64(2**62) * 4} is 0), where doubles would
 * round and a cast back would saturate. Values are held as doubles, so operands and results are
 * exact up to 2^53; beyond that a result is the wrapped value rounded to a double.
 */
public final class Int64Arithmetic {
    private Int64Arithmetic() {}

    private static final double TWO_64 = 0x1p64;

    /** The 64-bit pattern of an integer-valued double (one in [2^63, 2^64) as the uint64 it is). */
    public static long bits(double v) {
        return v >= 0x1p63 ? (long) (v - TWO_64) : (long) v;
    }

    /** The uint64 a pattern stands for, as a double. */
    public static double unsigned(long bits) {
        return bits >= 0 ? bits : bits + TWO_64;
    }

    public static final DoubleBinaryOperator ADD = (x, y) -> bits(x) + bits(y);
    public static final DoubleBinaryOperator SUBTRACT = (x, y) -> bits(x) - bits(y);
    public static final DoubleBinaryOperator MULTIPLY = (x, y) -> bits(x) * bits(y);
    /** Integer power by squaring, wrapping as C's loop does (the exponent is not negative). */
    public static final DoubleBinaryOperator POWER = (x, y) -> power(bits(x), bits(y));

    /** base^exponent wrapped; a negative exponent gives what PyTorch's integer powi gives: 1 for 1, ±1 for -1, else 0 (the truncated quotient). */
    public static long power(long base, long exponent) {
        if (exponent < 0) return base == 1 ? 1 : base == -1 ? ((-exponent) % 2 == 0 ? 1 : -1) : 0;
        long r = 1;
        while (exponent > 0) {
            if ((exponent & 1) != 0) r *= base;
            base *= base;
            exponent >>>= 1;
        }
        return r;
    }

    /** The wrapped sum of n values from {@code from}. */
    public static long sum(double[] v, int from, int n) {
        long s = 0;
        for (int i = from; i < from + n; i++) s += bits(v[i]);
        return s;
    }

    /** The wrapped product of n values from {@code from}. */
    public static long product(double[] v, int from, int n) {
        long p = 1;
        for (int i = from; i < from + n; i++) p *= bits(v[i]);
        return p;
    }
}
