package dev.adjoint.ndarray;

/**
 * erf and erfc as glibc 2.36 computes them (the libm CPython's math.erf and statistics.NormalDist
 * call on Debian 12): Sun's fdlibm method — a rational approximation on [0, 0.84375), one about 1
 * on [0.84375, 1.25), and exp(-x*x - 0.5625) * exp(correction + R/S) beyond — with the terms
 * evaluated in glibc's split order (even and odd parts in pairs), so every rounding is glibc's and
 * the results are its bits. The coefficients are given by their IEEE bits.
 */
public final class LibmErf {
    private LibmErf() {}

    private static double bits(long b) {
        return Double.longBitsToDouble(b);
    }

    private static final double TINY = 1e-300, ERX = bits(0x3FEB0AC160000000L), EFX = bits(0x3FC06EBA8214DB69L);
    /** erf(x) = x + x*P(x^2)/Q(x^2) on [0, 0.84375). */
    private static final double[] PP = {bits(0x3FC06EBA8214DB68L), bits(0xBFD4CD7D691CB913L), bits(0xBF9D2A51DBD7194FL), bits(0xBF77A291236668E4L),
            bits(0xBEF8EAD6120016ACL)};
    private static final double[] QQ = {0.0, bits(0x3FD97779CDDADC09L), bits(0x3FB0A54C5536CEBAL), bits(0x3F74D022C4D36B0FL), bits(0x3F215DC9221C1A10L),
            bits(0xBED09C4342A26120L)};
    /** erf(x) = ERX + P(s)/Q(s), s = |x| - 1, on [0.84375, 1.25). */
    private static final double[] PA = {bits(0xBF6359B8BEF77538L), bits(0x3FDA8D00AD92B34DL), bits(0xBFD7D240FBB8C3F1L), bits(0x3FD45FCA805120E4L),
            bits(0xBFBC63983D3E28ECL), bits(0x3FA22A36599795EBL), bits(0xBF61BF380A96073FL)};
    private static final double[] QA = {0.0, bits(0x3FBB3E6618EEE323L), bits(0x3FE14AF092EB6F33L), bits(0x3FB2635CD99FE9A7L), bits(0x3FC02660E763351FL),
            bits(0x3F8BEDC26B51DD1CL), bits(0x3F888B545735151DL)};
    /** erfc(x) = exp(-x*x - 0.5625 + R(1/x^2)/S(1/x^2)) / x on [1.25, 1/0.35). */
    private static final double[] RA = {bits(0xBF843412600D6435L), bits(0xBFE63416E4BA7360L), bits(0xC0251E0441B0E726L), bits(0xC04F300AE4CBA38DL),
            bits(0xC0644CB184282266L), bits(0xC067135CEBCCABB2L), bits(0xC054526557E4D2F2L), bits(0xC023A0EFC69AC25CL)};
    private static final double[] SA = {0.0, bits(0x4033A6B9BD707687L), bits(0x4061350C526AE721L), bits(0x407B290DD58A1A71L), bits(0x40842B1921EC2868L),
            bits(0x407AD02157700314L), bits(0x405B28A3EE48AE2CL), bits(0x401A47EF8E484A93L), bits(0xBFAEEFF2EE749A62L)};
    /** The same on [1/0.35, 28). */
    private static final double[] RB = {bits(0xBF84341239E86F4AL), bits(0xBFE993BA70C285DEL), bits(0xC031C209555F995AL), bits(0xC064145D43C5ED98L),
            bits(0xC083EC881375F228L), bits(0xC09004616A2E5992L), bits(0xC07E384E9BDC383FL)};
    private static final double[] SB = {0.0, bits(0x403E568B261D5190L), bits(0x40745CAE221B9F0AL), bits(0x409802EB189D5118L), bits(0x40A8FFB7688C246AL),
            bits(0x40A3F219CEDF3BE6L), bits(0x407DA874E79FE763L), bits(0xC03670E242712D62L)};

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** x*P(x^2)/Q(x^2), the small-argument correction. */
    private static double small(double x) {
        double z = x * x;
        double r1 = PP[0] + z * PP[1], z2 = z * z;
        double r2 = PP[2] + z * PP[3], z4 = z2 * z2;
        double s1 = 1.0 + z * QQ[1], s2 = QQ[2] + z * QQ[3], s3 = QQ[4] + z * QQ[5];
        double r = r1 + z2 * r2 + z4 * PP[4], s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** P(s)/Q(s) with s = |x| - 1. */
    private static double nearOne(double x) {
        double s = Math.abs(x) - 1.0;
        double p1 = PA[0] + s * PA[1], s2 = s * s;
        double q1 = 1.0 + s * QA[1], s4 = s2 * s2;
        double p2 = PA[2] + s * PA[3], s6 = s4 * s2;
        double q2 = QA[2] + s * QA[3], p3 = PA[4] + s * PA[5], q3 = QA[4] + s * QA[5];
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6], q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
        return p / q;
    }

    /** exp(-x*x - 0.5625 + R/S) for |x| >= 1.25 (x positive), the square split so that it is exact; {@code ix} is x's high word. */
    private static double tail(double x, int ix, int rangeSplit) {
        double s = 1.0 / (x * x), rr, ss;
        if (ix < rangeSplit) {
            double r1 = RA[0] + s * RA[1], s2 = s * s;
            double t1 = 1.0 + s * SA[1], s4 = s2 * s2;
            double r2 = RA[2] + s * RA[3], s6 = s4 * s2;
            double t2 = SA[2] + s * SA[3], s8 = s4 * s4;
            double r3 = RA[4] + s * RA[5], t3 = SA[4] + s * SA[5], r4 = RA[6] + s * RA[7], t4 = SA[6] + s * SA[7];
            rr = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            ss = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8];
        } else {
            double r1 = RB[0] + s * RB[1], s2 = s * s;
            double t1 = 1.0 + s * SB[1], s4 = s2 * s2;
            double r2 = RB[2] + s * RB[3], s6 = s4 * s2;
            double t2 = SB[2] + s * SB[3], r3 = RB[4] + s * RB[5], t3 = SB[4] + s * SB[5], t4 = SB[6] + s * SB[7];
            rr = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
            ss = t1 + s2 * t2 + s4 * t3 + s6 * t4;
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xFFFFFFFF00000000L);
        return LibmExp.exp(-z * z - 0.5625) * LibmExp.exp((z - x) * (z + x) + rr / ss);
    }

    public static double erf(double x) {
        int hx = high(x), ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return Double.isNaN(x) ? x : Math.signum(x);
        if (ix < 0x3feb0000) {
            if (ix < 0x3e300000) return ix < 0x00800000 ? 0.0625 * (16.0 * x + (16.0 * EFX) * x) : x + EFX * x;
            return x + x * small(x);
        }
        if (ix < 0x3ff40000) return hx >= 0 ? ERX + nearOne(x) : -ERX - nearOne(x);
        if (ix >= 0x40180000) return hx >= 0 ? 1.0 - TINY : TINY - 1.0;
        double ax = Math.abs(x), r = tail(ax, ix, 0x4006DB6E);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    public static double erfc(double x) {
        int hx = high(x), ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return Double.isNaN(x) ? x : x > 0 ? 0.0 : 2.0;
        if (ix < 0x3feb0000) {
            if (ix < 0x3c700000) return 1.0 - x;
            double y = small(x);
            if (hx < 0x3fd00000) return 1.0 - (x + x * y);
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) return hx >= 0 ? (1.0 - ERX) - nearOne(x) : 1.0 + (ERX + nearOne(x));
        if (ix < 0x403c0000) {
            if (hx < 0 && ix >= 0x40180000) return 2.0 - TINY;
            double ax = Math.abs(x), r = tail(ax, ix, 0x4006DB6D);
            return hx > 0 ? r / ax : 2.0 - r / ax;
        }
        return hx > 0 ? TINY * TINY : 2.0 - TINY;
    }
}
