package dev.adjoint.autograd.op;

import dev.adjoint.autograd.op.Sleef.DD;

/**
 * atan2 as the C library computes it (glibc's: CPython's math.atan2, NumPy's arctan2, and
 * PyTorch's atan2 kernel for the elements its vector loop leaves over and for whole rows it cannot
 * vectorise): glibc 2.36 rounds atan2 correctly in all but about one input in a few thousand,
 * which Java's StrictMath (fdlibm) misses in one input in six. Here: SLEEF's atan2 r, then one Newton step, r + (y·cos r − x·sin r) /
 * (x·cos r + y·sin r), the sine and cosine and the residual in double-double, so the last addition
 * rounds r + δ as the true angle rounds. Zeros, infinities and NaN keep C's special values.
 */
public final class LibmAtan2 {
    private LibmAtan2() {}

    private static final double PIO2_H = 1.5707963267948966, PIO2_L = 6.123233995736766e-17;

    public static double atan2(double y, double x) {
        double r = SleefTrig.atan2(y, x);
        if (!(Double.isFinite(x) && Double.isFinite(y)) || x == 0 || y == 0) return r;
        double big = Math.max(Math.abs(x), Math.abs(y));
        if (big > 0x1p900 || big < 0x1p-900) { // a common power of two keeps the angle and the residual in range
            int shift = -Math.getExponent(big);
            x = Math.scalb(x, shift);
            y = Math.scalb(y, shift);
            if (x == 0 || y == 0) return r;
        }
        DD[] sc = sinCos(r);
        DD num = Sleef.add2(Sleef.times(sc[1], y), negate(Sleef.times(sc[0], x)));
        DD den = Sleef.add2(Sleef.times(sc[1], x), Sleef.times(sc[0], y));
        double delta = (num.x() + num.y()) / (den.x() + den.y());
        return r + delta;
    }

    private static final int TERMS = 14; // (π/4)^29/29! is below 2^-106
    private static final DD[] SIN = series(1), COS = series(0);

    /** (−1)^n/(2n + first)! for n below TERMS, in double-double. */
    private static DD[] series(int first) {
        DD[] c = new DD[TERMS];
        DD term = new DD(1, 0);
        for (int k = 2; k <= first; k++) term = Sleef.divide(term, new DD(k, 0));
        for (int n = 0; n < TERMS; n++) {
            c[n] = term;
            int a = 2 * n + first + 1;
            term = Sleef.divide(term, new DD(-(double) a * (a + 1), 0));
        }
        return c;
    }

    /** {sin r, cos r} in double-double for |r| ≤ π: r less the nearest multiple of π/2, then the Taylor series by Horner's rule. */
    private static DD[] sinCos(double r) {
        long k = Math.round(r / PIO2_H);
        DD t = Sleef.add2(Sleef.add2(r, -k * PIO2_H), -k * PIO2_L);
        DD t2 = Sleef.square(t), sin = SIN[TERMS - 1], cos = COS[TERMS - 1];
        for (int n = TERMS - 2; n >= 0; n--) {
            sin = Sleef.add2(Sleef.times(sin, t2), SIN[n]);
            cos = Sleef.add2(Sleef.times(cos, t2), COS[n]);
        }
        sin = Sleef.times(sin, t);
        switch ((int) (k & 3)) {
            case 1: return new DD[] {cos, negate(sin)};
            case 2: return new DD[] {negate(sin), negate(cos)};
            case 3: return new DD[] {negate(cos), sin};
            default: return new DD[] {sin, cos};
        }
    }

    private static DD negate(DD d) {
        return new DD(-d.x(), -d.y());
    }
}
