package dev.adjoint.ndarray;

/** log10 bit for bit as glibc 2.36 computes it, so math.log10 gives CPython's last digit (Java's Math.log10 differs on about 8% of inputs). */
public final class LibmLog10 {
    private LibmLog10() {}

    private static final double TWO54 = 1.80143985094819840000e+16, IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01, LOG10_2LO = 3.69423907715893078616e-13;

    /**
     * log10 as glibc 2.36's (fdlibm's e_log10.c on glibc's log, {@link LibmLog}): x = 2^n·m with
     * m in [1, 2) (or [0.5, 1) for n < 0), then n·log10(2) in two parts plus log(m)/ln 10.
     */
    public static double log10(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32), k = 0;
        if (hx < 0x00100000) { // x < 2^-1022, or negative
            if ((bits & Long.MAX_VALUE) == 0) return Double.NEGATIVE_INFINITY;
            if (hx < 0) return Double.NaN;
            k -= 54;
            x *= TWO54; // subnormal: scaled up
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        int i = k < 0 ? 1 : 0;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        double m = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * LibmLog.log(m);
        return z + y * LOG10_2HI;
    }
}
