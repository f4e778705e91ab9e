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

    /** asinh as C's libm computes it (fdlibm's s_asinh, which glibc keeps for doubles, on glibc's log and log1p): the form of the logarithm that loses no digits at x's size. */
    public static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        if (a < 0x1p-28) return x; // asinh x = x to double precision
        double w;
        if (a > 0x1p28) w = LibmLog.log(a) + LN2;
        else if (a > 2) w = LibmLog.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        else {
            double t = x * x;
            w = LibmLog1p.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(w, x);
    }

    /** acosh (x ≥ 1) by fdlibm's e_acosh. */
    public static double acosh(double x) {
        if (x < 1 || Double.isNaN(x)) return Double.NaN;
        if (x >= 0x1p28) return Double.isInfinite(x) ? x : LibmLog.log(x) + LN2;
        if (x == 1) return 0;
        if (x > 2) {
            double t = x * x;
            return LibmLog.log(2 * x - 1 / (x + Math.sqrt(t - 1)));
        }
        double t = x - 1;
        return LibmLog1p.log1p(t + Math.sqrt(2 * t + t * t));
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
            t = 0.5 * LibmLog1p.log1p(t + t * a / (1 - a));
        } else {
            t = 0.5 * LibmLog1p.log1p((a + a) / (1 - a));
        }
        return Math.copySign(t, x);
    }

    /**
     * √(x² + y²) correctly rounded in all but the hardest cases (as SLEEF's hypot_u05, which
     * PyTorch calls): the squares kept exactly as double-doubles, then one Newton correction of
     * the square root. Java's hypot is within an ulp but differs in the last bit for one input in seven.
     */
    public static double hypot(double x, double y) {
        x = Math.abs(x);
        y = Math.abs(y);
        if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        double big = Math.max(x, y), small = Math.min(x, y);
        if (big == 0) return 0;
        int e = Math.getExponent(big);
        double a = Math.scalb(big, -e), b = Math.scalb(small, -e); // a in [1, 2): the squares can neither overflow nor vanish
        double a2 = a * a, b2 = b * b;
        double s = a2 + b2;
        double low = (a2 - s) + b2 + Math.fma(a, a, -a2) + Math.fma(b, b, -b2); // what s left out
        double r = Math.sqrt(s);
        r += (Math.fma(-r, r, s) + low) / (2 * r);
        return Math.scalb(r, e);
    }

    /**
     * PyTorch's div_floor of doubles, which is Python's float {@code //}: the quotient of the exact
     * remainder's complement, then floored (1 // 0.1 is 9.0, where floor(1 / 0.1) is 10); a zero
     * divisor gives IEEE's a / b.
     */
    public static double floorDivide(double a, double b) {
        if (b == 0) return a / b;
        double mod = a % b, div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) div -= 1;
        if (div == 0) return Math.copySign(0.0, a / b);
        double q = Math.floor(div);
        return div - q > 0.5 ? q + 1 : q;
    }

}
