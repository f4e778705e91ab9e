package dev.adjoint.ndarray;

/**
 * sinh and cosh bit for bit as glibc 2.36 computes them (fdlibm's e_sinh.c and e_cosh.c, which
 * glibc keeps for doubles) on glibc's own expm1 and exp ({@link LibmExpm1}, {@link LibmExp}), so
 * math.sinh and math.cosh give CPython's last digit (Java's Math.sinh/cosh differ on a few
 * percent of inputs).
 */
public final class LibmHyperbolic {
    private LibmHyperbolic() {}

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** |x| up to the overflow threshold (0x408633ce8fb9f87d, about 710.4758600739439). */
    private static boolean belowOverflow(double x) {
        return (Double.doubleToRawLongBits(x) & Long.MAX_VALUE) <= 0x408633ce8fb9f87dL;
    }

    public static double sinh(double x) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x; // inf or NaN
        double h = highWord(x) < 0 ? -0.5 : 0.5, a = Math.abs(x);
        if (ix < 0x40360000) { // |x| < 22: from E = expm1(|x|)
            if (ix < 0x3e300000) return x; // |x| < 2^-28
            double t = LibmExpm1.expm1(a);
            if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) return h * LibmExp.exp(a); // |x| below log(DBL_MAX)
        if (belowOverflow(x)) { // exp(|x|/2)² without overflowing on the way
            double w = LibmExp.exp(0.5 * a), t = h * w;
            return t * w;
        }
        return x * 1.0e307; // overflow: ±inf
    }

    public static double cosh(double x) {
        int ix = highWord(x) & 0x7fffffff;
        double a = Math.abs(x);
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3fd62e43) { // |x| < ln2/2: 1 + expm1(|x|)² / (2 exp(|x|))
                if (ix < 0x3c800000) return 1.0; // |x| < 2^-55
                double t = LibmExpm1.expm1(a), w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = LibmExp.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) return 0.5 * LibmExp.exp(a);
        if (belowOverflow(x)) {
            double w = LibmExp.exp(0.5 * a), t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) return x * x; // inf or NaN
        return Double.POSITIVE_INFINITY; // overflow
    }
}
