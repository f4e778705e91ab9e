package dev.adjoint.ndarray;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * e^x bit for bit as glibc (2.28 and later) computes it on x86-64 CPUs with FMA, which is what
 * CPython's math.exp calls: Szabolcs Nagy's algorithm from Arm's optimized-routines (MIT
 * licence), which glibc ships as {@code __exp}. x = (k + i/128)·ln2 + r with |r| ≤ ln2/256, so
 * e^x = 2^k · 2^(i/128) · e^r: the 128 powers 2^(i/128) from a table (a double and its
 * relative error), e^r − 1 a degree-5 polynomial. Java's Math.exp is within 1 ulp but differs
 * from it on ~0.13% of inputs (399 of 300,000 in the recorded test).
 *
 * <p>The table is computed here from its definition; the order of operations, including the
 * multiply-adds the compiler fused in glibc's {@code __exp_fma} (but not in the subnormal
 * branch, where a product is shared), was settled against 300,000 values CPython printed
 * (LibmExpTest): all equal. {@link Math#fma} is exact on every JVM.
 */
public final class LibmExp {
    private LibmExp() {}

    private static final int N = 128;
    private static final double INV_LN2_N = 0x1.71547652b82fep0 * N, NEG_LN2_HI_N = -0x1.62e42fefa0000p-8, NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
    /** 1.5·2^52: adding it rounds to an integer held in the low bits. */
    private static final double SHIFT = 0x1.8p52;
    /** e^r − 1 − r ≈ r²·(C2 + r·C3) + r⁴·(C4 + r·C5) for |r| ≤ ln2/256. */
    private static final double C2 = 0x1.ffffffffffdbdp-2, C3 = 0x1.555555555543cp-3, C4 = 0x1.55555cf172b91p-5, C5 = 0x1.1111167a4d017p-7;

    /** Made on first use: 2^(i/128) = H·(1 + tail) as (bits of tail, bits of H − i·2^45) pairs. */
    static final class Table {
        static final long[] T = new long[2 * N];

        static {
            MathContext mc = new MathContext(40);
            BigDecimal step = BigDecimal.valueOf(2);
            for (int i = 0; i < 7; i++) step = step.sqrt(mc); // 2^(1/128)
            BigDecimal p = BigDecimal.ONE;
            for (int i = 0; i < N; i++) {
                double h = nearest(p);
                double tail = nearest(p.subtract(new BigDecimal(h)).divide(new BigDecimal(h), mc));
                T[2 * i] = Double.doubleToRawLongBits(tail);
                T[2 * i + 1] = Double.doubleToRawLongBits(h) - ((long) i << 45);
                p = p.multiply(step, mc);
            }
        }

        /** The double nearest v (BigDecimal.doubleValue's rounding checked against the neighbours). */
        static double nearest(BigDecimal v) {
            double best = v.doubleValue();
            BigDecimal err = v.subtract(new BigDecimal(best)).abs();
            for (double c : new double[] {Math.nextUp(best), Math.nextDown(best)}) {
                BigDecimal e = v.subtract(new BigDecimal(c)).abs();
                if (e.compareTo(err) < 0) {
                    err = e;
                    best = c;
                }
            }
            return best;
        }
    }

    private static int top12(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 52);
    }

    public static double exp(double x) {
        return exp(x, 0.0);
    }

    /**
     * e^(x + xtail), |xtail| far below an ulp of x: exp's steps with the tail added to the reduced
     * argument, as glibc's pow calls them ({@link LibmPow}); exp(x) is exp(x, 0).
     */
    static double exp(double x, double xtail) {
        int abstop = top12(x) & 0x7ff;
        boolean large = false;
        if (abstop < 0x3c9) return 1.0 + x; // |x| < 2^-54 (and 0)
        if (abstop >= 0x408) { // |x| ≥ 512
            if (abstop >= 0x409) {
                if (x == Double.NEGATIVE_INFINITY) return 0.0;
                if (abstop >= 0x7ff) return 1.0 + x; // NaN, +inf
                return x < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            large = true;
        }
        double kd = Math.fma(INV_LN2_N, x, SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x)) + xtail;
        int idx = 2 * (int) (ki & (N - 1));
        double tail = Double.longBitsToDouble(Table.T[idx]);
        long sbits = Table.T[idx + 1] + (ki << 45);
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
        if (large) return scaled(tmp, sbits, ki);
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    /** 1.5·2^52/128: adding it rounds x to a multiple of 1/128 held in the low bits (exp2's reduction). */
    private static final double SHIFT_N = 0x1.8p52 / N;
    /** 2^r − 1 − r·E1 ≈ r²·(E2 + r·E3) + r⁴·(E4 + r·E5) for |r| ≤ 1/256. */
    private static final double E1 = 0x1.62e42fefa39efp-1, E2 = 0x1.ebfbdff82c424p-3, E3 = 0x1.c6b08d70cf4b5p-5, E4 = 0x1.3b2abd24650ccp-7, E5 = 0x1.5d7e09b4e3a84p-10;

    /**
     * 2^x as glibc computes it (torch.exp2 calls the C library's exp2 for each element): x = k/128 + r
     * with |r| ≤ 1/256, 2^(k/128) from exp's table, 2^r − 1 a degree-5 polynomial; glibc compiles
     * this one without fused multiply-adds (Debian 12's libm.so.6 has none in it).
     */
    public static double exp2(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int abstop = top12(x) & 0x7ff;
        boolean large = false;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) { // |x| < 2^-54 or ≥ 512
            if (abstop < 0x3c9) return 1.0 + x;
            if (abstop >= 0x409) { // |x| ≥ 1024
                if (x == Double.NEGATIVE_INFINITY) return 0.0;
                if (abstop >= 0x7ff) return 1.0 + x; // NaN, +inf
                if (bits >= 0) return Double.POSITIVE_INFINITY;
                if (Long.compareUnsigned(bits, Double.doubleToRawLongBits(-1075.0)) >= 0) return 0.0;
            }
            large = Long.compareUnsigned(2 * bits, 2 * Double.doubleToRawLongBits(928.0)) > 0;
        }
        double kd = x + SHIFT_N;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT_N;
        double r = x - kd;
        int idx = 2 * (int) (ki & (N - 1));
        double tail = Double.longBitsToDouble(Table.T[idx]);
        long sbits = Table.T[idx + 1] + (ki << 45);
        double r2 = r * r;
        double tmp = tail + r * E1 + r2 * (E2 + r * E3) + r2 * r2 * (E4 + r * E5);
        double scale;
        if (!large) {
            scale = Double.longBitsToDouble(sbits);
            return scale + scale * tmp;
        }
        if ((ki & 0x80000000L) == 0) { // k > 0: the exponent of scale may be one too large
            scale = Double.longBitsToDouble(sbits - (1L << 52));
            return 2 * (scale + scale * tmp);
        }
        scale = Double.longBitsToDouble(sbits + (1022L << 52));
        double y = scale + scale * tmp;
        if (y < 1.0) { // subnormal: round once, at the final precision
            double lo = scale - y + scale * tmp, hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0.0) y = 0.0;
        }
        return 0x1p-1022 * y;
    }

    /** scale·(1 + tmp) when the exponent of scale would overflow or underflow: computed scaled, then scaled back. */
    private static double scaled(double tmp, long sbits, long ki) {
        if ((ki & 0x80000000L) == 0) { // k > 0
            double scale = Double.longBitsToDouble(sbits - (1009L << 52));
            return 0x1p1009 * Math.fma(scale, tmp, scale);
        }
        double scale = Double.longBitsToDouble(sbits + (1022L << 52));
        double product = scale * tmp, y = scale + product;
        if (y < 1.0) { // subnormal: round once, at the final precision
            double lo = scale - y + product, hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0.0) y = 0.0;
        }
        return 0x1p-1022 * y;
    }
}
