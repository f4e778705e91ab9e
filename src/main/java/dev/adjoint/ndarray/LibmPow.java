package dev.adjoint.ndarray;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * x^y bit for bit as glibc (2.28 and later) computes it on x86-64 CPUs with FMA, which is the
 * {@code pow} NumPy's legacy gamma, beta, Weibull and power draws call: Szabolcs Nagy's
 * algorithm from Arm's optimized-routines (MIT licence), which glibc ships as {@code __pow}.
 * log(x) to about 68 bits as a double and a tail (x = 2^k·z, log z = log c + log1p(z/c − 1)
 * with c from a 128-entry table and a degree-8 polynomial), times y as a double and a tail, then
 * {@link LibmExp#exp(double, double)}. Java's Math.pow and StrictMath.pow are within 1 ulp but
 * not the same function.
 *
 * <p>The table is computed here from its definition (1/c, log c rounded to 43 bits, and the rest
 * of log c); the order of operations, including the multiply-adds the compiler fused in glibc's
 * {@code __pow_fma}, follows that build and was checked against CPython's {@code math.pow}
 * (LibmPowTest). {@link Math#fma} is exact on every JVM.
 */
public final class LibmPow {
    private LibmPow() {}

    private static final int N = 128;
    /** z, x's significand scaled into [OFF, 2·OFF), keeps log z's cancellation small near 1. */
    private static final long OFF = 0x3fe6955500000000L;
    private static final double LN2HI = 0x1.62e42fefa3800p-1, LN2LO = 0x1.ef35793c76730p-45;
    /** log1p(r) − r + r²/2 ≈ r³·(A1 + r·A2 + ar2·(A3 + r·A4 + ar2·(A5 + r·A6))) with ar2 = −r²/2, for |r| < 1/128. */
    private static final double A1 = 0x1.555555555556p-2 * -2, A2 = -0x1.0000000000006p-2 * -2, A3 = 0x1.999999959554ep-3 * 4,
            A4 = -0x1.555555529a47ap-3 * 4, A5 = 0x1.2495b9b4845e9p-3 * -8, A6 = -0x1.0002b8b263fc3p-3 * -8;

    /** Made on first use: for each subinterval of z, 1/c (with few bits, so z/c − 1 is exact), log c to 43 bits and the rest of it. */
    private static final class Table {
        static final double[] INVC = new double[N], LOGC = new double[N], LOGCTAIL = new double[N];

        static {
            MathContext mc = new MathContext(50);
            for (int i = 0; i < N; i++) {
                double from = Double.longBitsToDouble(OFF + ((long) i << 45)), to = Double.longBitsToDouble(OFF + ((long) (i + 1) << 45));
                double center = (from + to) / 2;
                double invc = center < 1 ? Math.rint(N / center) / N : Math.rint(2 * N / center) / N / 2;
                BigDecimal logc = log(BigDecimal.ONE.divide(new BigDecimal(invc), mc), mc);
                double head = logc.multiply(new BigDecimal(0x1p43)).setScale(0, RoundingMode.HALF_EVEN).doubleValue() / 0x1p43;
                INVC[i] = invc;
                LOGC[i] = head;
                LOGCTAIL[i] = LibmExp.Table.nearest(logc.subtract(new BigDecimal(head)));
            }
        }

        /** log c for c near 1: 2·atanh((c − 1)/(c + 1)) by its series. */
        private static BigDecimal log(BigDecimal c, MathContext mc) {
            BigDecimal u = c.subtract(BigDecimal.ONE).divide(c.add(BigDecimal.ONE), mc), u2 = u.multiply(u, mc), term = u, sum = BigDecimal.ZERO;
            BigDecimal tiny = BigDecimal.ONE.movePointLeft(mc.getPrecision());
            for (int k = 1; term.abs().compareTo(tiny) > 0; k += 2) {
                sum = sum.add(term.divide(BigDecimal.valueOf(k), mc), mc);
                term = term.multiply(u2, mc);
            }
            return sum.multiply(BigDecimal.valueOf(2), mc);
        }
    }

    public static double pow(double x, double y) {
        long ix = Double.doubleToRawLongBits(x), iy = Double.doubleToRawLongBits(y);
        int topx = top12(x), topy = top12(y);
        boolean negate = false;
        if (Integer.compareUnsigned(topx - 0x001, 0x7ff - 0x001) >= 0 || Integer.compareUnsigned((topy & 0x7ff) - 0x3be, 0x43e - 0x3be) >= 0) {
            // x subnormal, zero, negative, infinite or NaN; or |y| < 2^-65, |y| ≥ 2^63 or y not finite
            if (zeroInfNan(iy)) {
                if (2 * iy == 0) return 1.0;
                if (ix == Double.doubleToRawLongBits(1.0)) return 1.0;
                if (Double.isNaN(x) || Double.isNaN(y)) return x + y;
                if (2 * ix == 2 * Double.doubleToRawLongBits(1.0)) return 1.0;
                if ((Long.compareUnsigned(2 * ix, 2 * Double.doubleToRawLongBits(1.0)) < 0) == (iy >= 0)) return 0.0; // |x| < 1, y = inf or |x| > 1, y = -inf
                return y * y;
            }
            if (zeroInfNan(ix)) {
                double x2 = x * x;
                if (ix < 0 && checkInt(iy) == 1) x2 = -x2;
                return iy < 0 ? 1 / x2 : x2;
            }
            if (ix < 0) { // finite x < 0
                int yint = checkInt(iy);
                if (yint == 0) return Double.NaN;
                negate = yint == 1;
                ix &= Long.MAX_VALUE;
                topx &= 0x7ff;
            }
            if (Integer.compareUnsigned((topy & 0x7ff) - 0x3be, 0x43e - 0x3be) >= 0) {
                if (ix == Double.doubleToRawLongBits(1.0)) return 1.0;
                if ((topy & 0x7ff) < 0x3be) return ix > Double.doubleToRawLongBits(1.0) ? 1.0 + y : 1.0 - y; // |y| < 2^-65
                return (ix > Double.doubleToRawLongBits(1.0)) == (topy < 0x800) ? Double.POSITIVE_INFINITY : 0.0;
            }
            if (topx == 0) { // subnormal x: normalised, its exponent below the normal range
                ix = Double.doubleToRawLongBits(Double.longBitsToDouble(ix) * 0x1p52) & Long.MAX_VALUE;
                ix -= 52L << 52;
            }
        }
        double[] lo = new double[1];
        double hi = log(ix, lo);
        double ehi = y * hi;
        double elo = Math.fma(y, lo[0], Math.fma(y, hi, -ehi));
        double r = LibmExp.exp(ehi, elo);
        return negate ? -r : r;
    }

    /** log(x) as hi + tail (tail in {@code lo[0]}), for the bits of a positive x, normalised. */
    private static double log(long ix, double[] lo) {
        long tmp = ix - OFF;
        int i = (int) ((tmp >>> 45) & (N - 1));
        double kd = (double) (tmp >> 52);
        double z = Double.longBitsToDouble(ix - (tmp & (0xfffL << 52)));
        double invc = Table.INVC[i], logc = Table.LOGC[i], logctail = Table.LOGCTAIL[i];

        double r = Math.fma(z, invc, -1.0);
        double t1 = Math.fma(kd, LN2HI, logc); // exact: logc has 43 bits
        double t2 = t1 + r;
        double lo1 = Math.fma(kd, LN2LO, logctail);
        double lo2 = t1 - t2 + r;
        double ar = -0.5 * r, ar2 = r * ar, ar3 = r * ar2;
        double hi = t2 + ar2;
        double lo3 = Math.fma(ar, r, -ar2);
        double lo4 = t2 - hi + ar2;
        double q = Math.fma(ar2, Math.fma(ar2, Math.fma(r, A6, A5), Math.fma(r, A4, A3)), Math.fma(r, A2, A1));
        double sum = Math.fma(ar3, q, lo1 + lo2 + lo3 + lo4);
        double y = hi + sum;
        lo[0] = hi - y + sum;
        return y;
    }

    private static int top12(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 52);
    }

    /** 0 if y is not an integer, 1 if it is odd, 2 if even (y finite, non-zero). */
    private static int checkInt(long iy) {
        int e = (int) (iy >>> 52 & 0x7ff);
        if (e < 0x3ff) return 0;
        if (e > 0x3ff + 52) return 2;
        if ((iy & ((1L << (0x3ff + 52 - e)) - 1)) != 0) return 0;
        if ((iy & (1L << (0x3ff + 52 - e))) != 0) return 1;
        return 2;
    }

    private static boolean zeroInfNan(long i) {
        return Long.compareUnsigned(2 * i - 1, 2 * Double.doubleToRawLongBits(Double.POSITIVE_INFINITY) - 1) >= 0;
    }
}
