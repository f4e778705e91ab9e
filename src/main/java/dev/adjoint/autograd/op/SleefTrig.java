package dev.adjoint.autograd.op;

import static dev.adjoint.autograd.op.Sleef.M_1_PI;
import static dev.adjoint.autograd.op.Sleef.PI_A;
import static dev.adjoint.autograd.op.Sleef.PI_A2;
import static dev.adjoint.autograd.op.Sleef.PI_B;
import static dev.adjoint.autograd.op.Sleef.PI_B2;
import static dev.adjoint.autograd.op.Sleef.PI_C;
import static dev.adjoint.autograd.op.Sleef.PI_D;

import dev.adjoint.autograd.op.Sleef.DD;

/**
 * tan, asin, acos, atan and atan2 as PyTorch 1.13's CPU kernels compute them in float64: SLEEF's
 * 1.0-ulp vector functions (Sleef_tand4_u10, Sleef_asind4_u10, Sleef_acosd4_u10, Sleef_atand4_u10,
 * Sleef_atan2d4_u10 on AVX2, with fused multiply-adds), SLEEF 3.5.1's algorithms (sleefsimddp.c,
 * dd.h) written out in Java in double-double arithmetic (SLEEF is under the Boost Software
 * License). The C library's differ from them in the last bit for a few inputs in a hundred.
 * Checked bit for bit against torch 1.13 (scripts/fixtures/sleef_trig_fixtures.py).
 */
final class SleefTrig {
    private SleefTrig() {}

    private static final double M_2_PI_H = 0.63661977236758138243, M_2_PI_L = -3.9357353350364971764e-17;
    private static final double PI_H = 3.141592653589793116, PI_L = 1.2246467991473532072e-16;

    /**
     * tan d (Sleef_tand4_u10) with the reduction {@link Sleef#trigRange} chose for its vector:
     * d − qπ/2 in double-double, tan of the half of it by an odd polynomial, then the double-angle
     * formula, inverted for odd q. Range 2 (a lane from 1e14, ∞ or NaN in the vector: SLEEF's
     * Payne-Hanek reduction, not written out here) gives the C library's tan for those lanes.
     */
    static double tan(double d, int range) {
        if (range == 2 && !(Math.abs(d) < 1e14)) return StrictMath.tan(d);
        DD s;
        long ql;
        if (range == 0) {
            double dql = Math.rint(d * (2 * M_1_PI));
            ql = (long) dql;
            s = Sleef.addFast(Math.fma(dql, -PI_A2 * 0.5, d), dql * (-PI_B2 * 0.5));
        } else {
            double dqh = Sleef.trunc(d * (2 * M_1_PI / (1 << 24))) * (1 << 24);
            s = Sleef.add2(Sleef.times(new DD(M_2_PI_H, M_2_PI_L), d), (d < 0 ? -0.5 : 0.5) - dqh);
            double dql = Sleef.trunc(s.x() + s.y());
            ql = (long) dql;
            s = Sleef.addFast(Math.fma(dqh, -PI_A * 0.5, d), dql * (-PI_A * 0.5));
            s = Sleef.add2(s, dqh * (-PI_B * 0.5));
            s = Sleef.add2(s, dql * (-PI_B * 0.5));
            s = Sleef.add2(s, dqh * (-PI_C * 0.5));
            s = Sleef.add2(s, dql * (-PI_C * 0.5));
            s = Sleef.addFast(s, (dqh + dql) * (-PI_D * 0.5));
        }
        DD t = scale(s, 0.5);
        s = Sleef.square(t);
        double s2 = s.x() * s.x(), s4 = s2 * s2;
        double u = estrin(new double[] {s.x(), s2, s4}, 0.3245098826639276316e-3, 0.5619219738114323735e-3, 0.1460781502402784494e-2,
                0.3591611540792499519e-2, 0.8863268409563113126e-2, 0.2186948728185535498e-1, 0.5396825399517272970e-1, 0.1333333333330500581e+0);
        u = Math.fma(u, s.x(), 0.3333333333333343695e+0);
        DD x = Sleef.add(t, Sleef.times(Sleef.times(s, t), u));
        DD y = Sleef.add(-1, Sleef.square(x));
        x = scale(x, -2);
        boolean odd = (ql & 1) == 1;
        x = Sleef.divide(odd ? new DD(-y.x(), -y.y()) : x, odd ? x : y);
        double r = x.x() + x.y();
        return d == 0 ? d : r;
    }

    // asin's and acos's polynomial in x² (highest first)
    private static final double[] ASIN = {
        +0.3161587650653934628e-1, -0.1581918243329996643e-1, +0.1929045477267910674e-1, +0.6606077476277170610e-2,
        +0.1215360525577377331e-1, +0.1388715184501609218e-1, +0.1735956991223614604e-1, +0.2237176181932048341e-1,
        +0.3038195928038132237e-1, +0.4464285681377102438e-1, +0.7500000000378581611e-1, +0.1666666666666497543e+0};

    /** asin d (Sleef_asind4_u10): below ½ an odd polynomial in d; above, π/2 − 2·asin √((1 − |d|)/2). */
    static double asin(double d) {
        HalfAngle h = HalfAngle.of(d);
        DD y = subtract(subtract(new DD(PI_H / 4, PI_L / 4), h.x), h.u);
        double r = h.small ? h.u + h.x.x() : (y.x() + y.y()) * 2;
        return mulSign(r, d);
    }

    /** acos d (Sleef_acosd4_u10): π/2 − asin d below ½; 2·asin √((1 − |d|)/2) above, from π for negative d. */
    static double acos(double d) {
        HalfAngle h = HalfAngle.of(d);
        DD y = subtract(new DD(PI_H / 2, PI_L / 2), Sleef.addFast(mulSign(h.x.x(), d), mulSign(h.u, d)));
        if (!h.small) y = scale(Sleef.addFast(h.x, h.u), 2);
        if (!h.small && d < 0) y = subtract(new DD(PI_H, PI_L), y);
        return y.x() + y.y();
    }

    /**
     * asin's and acos's shared start: x = |d| below ½, else √((1 − |d|)/2) in double-double (0 at
     * |d| = 1), and u = x³·p(x²), asin x = x + u.
     */
    private record HalfAngle(boolean small, DD x, double u) {
        static HalfAngle of(double d) {
            double a = Math.abs(d);
            boolean small = a < 0.5;
            double x2 = small ? d * d : (1 - a) * 0.5, x4 = x2 * x2, x8 = x4 * x4, x16 = x8 * x8;
            DD x = a == 1 ? new DD(0, 0) : small ? new DD(a, 0) : sqrt(x2);
            return new HalfAngle(small, x, estrin(new double[] {x2, x4, x8, x16}, ASIN) * (x2 * x.x()));
        }
    }

    /** atan d (Sleef_atand4_u10): atan2k of (|d|, 1), the sign of d; ±π/2 at ±∞. */
    static double atan(double d) {
        DD r = atan2k(new DD(Math.abs(d), 0), new DD(1, 0));
        double v = Double.isInfinite(d) ? 1.570796326794896557998982 : r.x() + r.y();
        return mulSign(v, d);
    }

    /** atan2(y, x) (Sleef_atan2d4_u10): atan2k of (|y|, x) with C's special values at zeros and infinities. */
    static double atan2(double y, double x) {
        if (Math.abs(x) < 5.5626846462680083984e-309) { // scaled up so that y/x keeps its digits
            x *= 1L << 53;
            y *= 1L << 53;
        }
        DD d = atan2k(new DD(Math.abs(y), 0), new DD(x, 0));
        double r = mulSign(d.x() + d.y(), x);
        if (Double.isInfinite(x) || x == 0) r = Math.PI / 2 - infinitySigned(x, mulSign(Math.PI / 2, x));
        if (Double.isInfinite(y)) r = Math.PI / 2 - infinitySigned(x, mulSign(Math.PI / 4, x));
        if (y == 0) r = Double.doubleToRawLongBits(x) < 0 ? Math.PI : 0;
        return Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : mulSign(r, y);
    }

    // atan2k's polynomial in t = (y/x)², highest first, before its last four steps
    private static final double[] ATAN = {
        1.06298484191448746607415e-05, -0.000125620649967286867384336, 0.00070557664296393412389774, -0.00251865614498713360352999,
        0.00646262899036991172313504, -0.0128281333663399031014274, 0.0208024799924145797902497, -0.0289002344784740315686289,
        0.0359785005035104590853656, -0.041848579703592507506027, 0.0470843011653283988193763, -0.0524914210588448421068719,
        0.0587946590969581003860434, -0.0666620884778795497194182, 0.0769225330296203768654095, -0.0909090442773387574781907};

    /**
     * atan(y/x) + qπ/2 in double-double (SLEEF's atan2k_u1): the quotient of the smaller by the
     * larger (x's sign moved into q), an odd polynomial in it.
     */
    private static DD atan2k(DD y, DD x) {
        int q = x.x() < 0 ? -2 : 0;
        if (x.x() < 0) x = new DD(-x.x(), -x.y());
        boolean swap = x.x() < y.x();
        if (swap) q++;
        DD s = Sleef.divide(swap ? new DD(-x.x(), -x.y()) : y, swap ? y : x);
        DD t = Sleef.normalize(Sleef.square(s));
        double t1 = t.x(), t2 = t1 * t1, t4 = t2 * t2, t8 = t4 * t4;
        double u = estrin(new double[] {t1, t2, t4, t8}, ATAN);
        u = Math.fma(u, t1, 0.111111108376896236538123);
        u = Math.fma(u, t1, -0.142857142756268568062339);
        u = Math.fma(u, t1, 0.199999999997977351284817);
        u = Math.fma(u, t1, -0.333333333333317605173818);
        t = Sleef.add(s, Sleef.times(Sleef.times(s, t), u));
        return Sleef.add(Sleef.times(new DD(1.570796326794896557998982, 6.12323399573676603586882e-17), q), t);
    }

    /**
     * SLEEF's POLYn by Estrin's scheme, as its macros nest: the lowest 2^k coefficients (2^k the
     * largest power of two below n) plus x^(2^k) times the rest. {@code powers} are x, x², x⁴, ...;
     * {@code c} the coefficients, highest first.
     */
    static double estrin(double[] powers, double... c) {
        return estrin(powers, c, 0, c.length);
    }

    private static double estrin(double[] powers, double[] c, int from, int n) {
        if (n == 1) return c[from];
        if (n == 2) return Math.fma(powers[0], c[from], c[from + 1]);
        int k = 31 - Integer.numberOfLeadingZeros(n - 1), low = 1 << k;
        return Math.fma(powers[k], estrin(powers, c, from, n - low), estrin(powers, c, from + n - low, low));
    }

    /** √d in double-double (ddsqrt): the double root corrected by (d − t²)/(2t). */
    private static DD sqrt(double d) {
        double t = Math.sqrt(d), r = 1 / t;
        DD rec = new DD(r, r * Math.fma(-t, r, 1));
        return scale(Sleef.times(Sleef.add2(d, Sleef.timesExact(t, t)), rec), 0.5);
    }

    private static DD scale(DD d, double s) {
        return new DD(d.x() * s, d.y() * s);
    }

    /** x − y for |x| ≥ |y| (ddsub_vd2_vd2_vd2). */
    static DD subtract(DD x, DD y) {
        double s = x.x() - y.x(), t = x.x() - s;
        t = t - y.x();
        t = t + x.y();
        return new DD(s, t - y.y());
    }

    /** x − y for |x.x| ≥ |y| (ddsub_vd2_vd2_vd). */
    private static DD subtract(DD x, double y) {
        double s = x.x() - y;
        return new DD(s, ((x.x() - s) - y) + x.y());
    }

    /** x with its sign flipped where y's sign bit is set (vmulsign). */
    private static double mulSign(double x, double y) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ (Double.doubleToRawLongBits(y) & Long.MIN_VALUE));
    }

    /** m with d's sign bit or'ed in when d is infinite, else 0 (SLEEF's visinf2). */
    private static double infinitySigned(double d, double m) {
        if (!Double.isInfinite(d)) return 0;
        return Double.longBitsToDouble((Double.doubleToRawLongBits(d) & Long.MIN_VALUE) | Double.doubleToRawLongBits(m));
    }
}
