package dev.adjoint.ndarray;

/**
 * cbrt as glibc computes it (CPython's math.cbrt and, on CPUs without AVX-512, NumPy's np.cbrt call
 * the C library's; Java's Math.cbrt is correctly rounded, glibc's is not: cbrt(27.0) is
 * 3.0000000000000004 there): a polynomial first guess on the mantissa in [0.5, 1), one Halley
 * step, times 2^(e/3).
 */
public final class LibmCbrt {
    private LibmCbrt() {}

    private static final double CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    public static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) return x + x;
        double a = Math.abs(x);
        // frexp: a = xm·2^xe with xm in [0.5, 1) (a subnormal scaled up first, exactly)
        int e = Math.getExponent(a) == Double.MIN_EXPONENT - 1 ? Math.getExponent(Math.scalb(a, 54)) - 54 : Math.getExponent(a);
        int xe = e + 1;
        double xm = Math.scalb(a, -xe);
        double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
                + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(ym, xe / 3) * (x < 0.0 ? -1.0 : 1.0);
    }
}
