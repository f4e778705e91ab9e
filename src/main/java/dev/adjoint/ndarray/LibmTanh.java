package dev.adjoint.ndarray;

/**
 * tanh bit for bit as glibc 2.36 computes it (fdlibm's s_tanh.c, kept by glibc for doubles) on
 * glibc's own expm1 ({@link LibmExpm1}): 1 − 2/(e^2|x| − 1 + 2) from 1 on, −t/(t + 2) with
 * t = e^−2|x| − 1 below, ±1 from 22. PyTorch's scalar loops call it for the elements left after
 * the vectors (mish's and friends' last n mod 8).
 */
public final class LibmTanh {
    private LibmTanh() {}

    public static double tanh(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int ix = (int) (bits >>> 32) & 0x7fffffff;
        boolean negative = bits < 0;
        if (ix >= 0x7ff00000) return negative ? 1 / x - 1 : 1 / x + 1; // ±1 at ±inf, NaN at NaN
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if ((bits & Long.MAX_VALUE) == 0) return x; // ±0
            if (ix < 0x3c800000) return x * (1 + x); // |x| < 2^-55
            if (ix >= 0x3ff00000) {
                double t = LibmExpm1.expm1(2 * Math.abs(x));
                z = 1 - 2 / (t + 2);
            } else {
                double t = LibmExpm1.expm1(-2 * Math.abs(x));
                z = -t / (t + 2);
            }
        } else {
            z = 1 - 1e-300; // 1, raising inexact in C
        }
        return negative ? -z : z;
    }
}
