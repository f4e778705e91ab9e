package dev.adjoint.ndarray;

/** Functions Java's Math lacks, exact where C's libm is (math.log2 and numpy.log2 share them). */
public final class ExactMath {
    private ExactMath() {}

    /** log2, exact for powers of two as C's log2 (log(x)/log(2) gives 29.000000000000004 at 2^29). */
    public static double log2(double x) {
        if (x > 0 && Double.isFinite(x) && (Double.doubleToRawLongBits(x) & 0x000fffffffffffffL) == 0 && Math.getExponent(x) >= Double.MIN_EXPONENT)
            return Math.getExponent(x);
        return Math.log(x) / Math.log(2);
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    /** asinh as C's libm computes it (fdlibm's s_asinh, which glibc keeps for doubles): the form of the logarithm that loses no digits at x's size. */
    public static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        if (a < 0x1p-28) return x; // asinh x = x to double precision
        double w;
        if (a > 0x1p28) w = StrictMath.log(a) + LN2;
        else if (a > 2) w = StrictMath.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        else {
            double t = x * x;
            w = StrictMath.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(w, x);
    }

    /** acosh (x ≥ 1) by fdlibm's e_acosh. */
    public static double acosh(double x) {
        if (x < 1 || Double.isNaN(x)) return Double.NaN;
        if (x >= 0x1p28) return Double.isInfinite(x) ? x : StrictMath.log(x) + LN2;
        if (x == 1) return 0;
        if (x > 2) {
            double t = x * x;
            return StrictMath.log(2 * x - 1 / (x + Math.sqrt(t - 1)));
        }
        double t = x - 1;
        return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
    }

    /** atanh (|x| ≤ 1) by fdlibm's e_atanh. */
    public static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1 || Double.isNaN(x)) return Double.NaN;
        if (a == 1) return Math.copySign(Double.POSITIVE_INFINITY, x);
        if (a < 0x1p-28) return x;
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * StrictMath.log1p(t + t * a / (1 - a));
        } else {
            t = 0.5 * StrictMath.log1p((a + a) / (1 - a));
        }
        return Math.copySign(t, x);
    }
}
