package dev.adjoint.ndarray;

/**
 * e^x − 1 bit for bit as glibc 2.36 computes it on x86-64 CPUs with FMA ({@code __expm1_fma}, what
 * CPython's math.expm1 and NumPy's Generator.pareto, power and logseries call): fdlibm's algorithm
 * (x = k·ln2 + r with a correction c for the rounding of r, then a rational approximation of
 * e^r − 1 built from hfx = r/2 and the polynomial r1), with r1 summed as glibc's version sums it,
 * in three pieces (1 + hxs·Q1 + hxs²·(Q2 + hxs·Q3) + hxs⁴·(Q4 + hxs·Q5)) rather than by Horner's
 * rule as fdlibm and Java's StrictMath do, and every a·b ± c fused, as the compiler fused them in
 * the FMA build (found against 600,000 values of glibc's expm1, all equal; Java's StrictMath.expm1
 * differs on ~0.1% of them). LibmExpm1Test keeps a sample.
 */
public final class LibmExpm1 {
    private LibmExpm1() {}

    private static final double O_THRESHOLD = 7.09782712893383973096e+02, LN2_HI = 6.93147180369123816490e-01,
            LN2_LO = 1.90821492927058770002e-10, INV_LN2 = 1.44269504088896338700e+00;
    private static final double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
            Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;

    public static double expm1(double x) {
        int hx = (int) (Double.doubleToRawLongBits(x) >>> 32);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56·ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78
                if (hx >= 0x7ff00000) return Double.isNaN(x) ? x + x : negative ? -1.0 : x;
                if (x > O_THRESHOLD) return Double.POSITIVE_INFINITY;
            }
            if (negative) return -1.0; // e^x below half an ulp of 1
        }
        int k;
        double c = 0;
        if (hx > 0x3fd62e42) { // |x| > ln2/2: reduce
            double hi, lo;
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5·ln2
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) Math.fma(INV_LN2, x, negative ? -0.5 : 0.5);
                double t = k;
                hi = Math.fma(-t, LN2_HI, x); // t·LN2_HI is exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54
            return x;
        } else k = 0;
        double hfx = 0.5 * x, hxs = x * hfx, h2 = hxs * hxs, h4 = h2 * h2;
        double r1 = Math.fma(h4, Math.fma(hxs, Q5, Q4), Math.fma(h2, Math.fma(hxs, Q3, Q2), Math.fma(hxs, Q1, 1.0)));
        double t = Math.fma(-r1, hfx, 3.0);
        double e = hxs * ((r1 - t) / Math.fma(-x, t, 6.0));
        if (k == 0) return x - Math.fma(x, e, -hxs);
        e = Math.fma(x, e - c, -c) - hxs;
        if (k == -1) return Math.fma(0.5, x - e, -0.5);
        if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : Math.fma(2.0, x - e, 1.0);
        double twoPowK = Double.longBitsToDouble((long) (0x3ff + k) << 52);
        if (k <= -2 || k > 56) { // exp(x) − 1 loses nothing here
            double y = 1.0 - (e - x);
            y = k == 1024 ? y * 2.0 * 0x1p1023 : y * twoPowK;
            return y - 1.0;
        }
        if (k < 20) {
            double oneLess = Double.longBitsToDouble((long) (0x3ff00000 - (0x200000 >> k)) << 32); // 1 − 2^-k
            return (oneLess - (e - x)) * twoPowK;
        }
        double tiny = Double.longBitsToDouble((long) ((0x3ff - k) << 20) << 32); // 2^-k
        return (x - (e + tiny) + 1.0) * twoPowK;
    }
}
