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
}
