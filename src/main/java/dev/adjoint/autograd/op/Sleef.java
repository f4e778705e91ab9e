package dev.adjoint.autograd.op;

/**
 * exp, tanh, erf, log1p and lgamma as PyTorch's CPU kernels compute them in float64: PyTorch calls SLEEF's 1.0-ulp
 * vector functions (Sleef_expd4_u10, Sleef_tanhd4_u10, Sleef_erfd4_u10, Sleef_log1pd4_u10, Sleef_lgammad4_u10 on AVX2, with
 * fused multiply-adds), whose
 * last bit differs from Java's Math.tanh for about one input in six and from commons-math3's erf
 * (a regularised gamma function) for one in three, so a student comparing digits with PyTorch (micrograd's video
 * does) saw other numbers. These are SLEEF 3.5.1's algorithms (sleefsimddp.c, dd.h) written out in
 * Java (SLEEF is under the Boost Software License), in double-double arithmetic. Checked bit for
 * bit against torch 1.13: tanh on 30,000 inputs in [-20, 20], erf on 40,000 in [-7, 7], exp on 35,000
 * in [-745, 710]; lgamma and log1p against Debian's libsleef (Sleef_lgammad1_u10purecfma,
 * Sleef_log1pd1_u10purecfma, which torch.lgamma and torch.log1p agree with everywhere; the C
 * library's lgamma differs in one value of four, its log1p in one of twenty: Poisson's and
 * Binomial's log_prob, Laplace's draws).
 */
final class Sleef {
    private Sleef() {}

    /** A double-double: the value x + y with |y| below half an ulp of x. */
    record DD(double x, double y) {}

    private static final double R_LN2 = 1.442695040888963407359924681001892137426645954152985934135449406931;
    private static final double L2U = .69314718055966295651160180568695068359375, L2L = .28235290563031577122588448175013436025525412068e-12;

    static double tanh(double x) {
        double a = Math.abs(x);
        DD d = expk2(new DD(a, 0));
        DD e = reciprocal(d);
        d = divide(add2(d, new DD(-e.x, -e.y)), add2(d, e));
        double y = d.x + d.y;
        if (a > 18.714973875 || Double.isNaN(y)) y = 1.0;
        y = Math.copySign(y, x);
        return Double.isNaN(x) ? x : y;
    }

    /**
     * e^x (Sleef_expd4_u10): x reduced by q·ln 2 in two fused steps, a degree-12 polynomial in
     * Estrin's form, then scaled by 2^q; ∞ above 709.78…, 0 below −1000.
     */
    static double exp(double x) {
        double dq = Math.rint(x * R_LN2);
        int q = (int) dq;
        double s = Math.fma(dq, -L2U, x);
        s = Math.fma(dq, -L2L, s);
        double s2 = s * s, s4 = s2 * s2, s8 = s4 * s4;
        double u = Math.fma(s8, Math.fma(s, +0.2081276378237164457e-8, +0.2511210703042288022e-7),
                Math.fma(s4, poly4(s, s2, +0.2755762628169491192e-6, +0.2755723402025388239e-5, +0.2480158687479686264e-4, +0.1984126989855865850e-3),
                        poly4(s, s2, +0.1388888888914497797e-2, +0.8333333333314938210e-2, +0.4166666666666602598e-1, +0.1666666666666669072e+0)));
        u = Math.fma(u, s, 0.5);
        u = Math.fma(u, s, 1);
        u = Math.fma(u, s, 1);
        u = scale(u, q);
        if (x > 709.78271114955742909217217426) return Double.POSITIVE_INFINITY;
        return x < -1000 ? 0 : u;
    }

    /**
     * erf: below 1 an odd polynomial in x²; from 1 to 6, 1 − e^p(x) with p a polynomial; ±1 beyond.
     * The polynomial's last steps are kept in double-double.
     */
    static double erf(double x) {
        double a = Math.abs(x);
        boolean small = a < 1.0, middle = a < 3.7;
        double u = small ? a * a : a;
        double[] c = small ? ERF_SMALL : middle ? ERF_MIDDLE : ERF_LARGE;
        double t = c[0];
        for (int i = 1; i < c.length; i++) t = Math.fma(t, u, c[i]);
        DD d = add2(timesExact(t, u), small ? new DD(1.1283791670955125586, 1.5335459613165822674e-17)
                : middle ? new DD(3.4110644736196137587e-08, -2.4875650708323294246e-24) : new DD(0.00024963035690526438285, -5.4362665034856259795e-21));
        if (small) d = times(d, a);
        else {
            DD e = expk2(d);
            d = add(1.0, new DD(-e.x, -e.y));
        }
        double y = Math.copySign(a < 6.0 ? d.x + d.y : 1, x);
        return Double.isNaN(a) ? Double.NaN : y;
    }

    // erf's polynomial coefficients below 1 (in x²), below 3.7 and below 6 (in x), highest first
    private static final double[] ERF_SMALL = {
        +0.6801072401395392157e-20, -0.2161766247570056391e-18, +0.4695919173301598752e-17, -0.9049140419888010819e-16,
        +0.1634018903557411517e-14, -0.2783485786333455216e-13, +0.4463221276786412722e-12, -0.6711366622850138987e-11,
        +0.9422759050232658346e-10, -0.1229055530100228477e-08, +0.1480719281585085023e-07, -0.1636584469123402714e-06,
        +0.1646211436588923363e-05, -0.1492565035840624866e-04, +0.1205533298178966496e-03, -0.8548327023450851166e-03,
        +0.5223977625442188799e-02, -0.2686617064513125569e-01, +0.1128379167095512753e+00, -0.3761263890318375380e+00};
    private static final double[] ERF_MIDDLE = {
        +0.2830954522087717660e-13, -0.1509491946179481940e-11, +0.3827857177807173152e-10, -0.6139733921558987241e-09,
        +0.6985387934608038824e-08, -0.5988224513034371474e-07, +0.4005716952355346640e-06, -0.2132190104575784400e-05,
        +0.9092461304042630325e-05, -0.3079188080966205457e-04, +0.7971413443082370762e-04, -0.1387853215225442864e-03,
        +0.6469678026257590965e-04, +0.4996645280372945860e-03, -0.1622802482842520535e-02, +0.1615320557049377171e-03,
        +0.1915262325574875607e-01, -0.1027818298486033455e+00, -0.6366172819842503827e+00, -0.1128379590648910469e+01};
    private static final double[] ERF_LARGE = {
        -0.5846750404269610493e-17, +0.6076691048812607898e-15, -0.3007518609604893831e-13, +0.9427906260824646063e-12,
        -0.2100110908269393629e-10, +0.3534639523461223473e-09, -0.4664967728285395926e-08, +0.4943823283769000532e-07,
        -0.4271203394761148254e-06, +0.3034067677404915895e-05, -0.1776295289066871135e-04, +0.8524547630559505050e-04,
        -0.3290582944961784398e-03, +0.9696966068789101157e-03, -0.1812527628046986137e-02, -0.4725409828123619017e-03,
        +0.2090315427924229266e-01, -0.1052041921842776645e+00, -0.6345351808766568347e+00, -0.1129442929103524396e+01};

    /**
     * log(1 + d) (Sleef_log1pd4_u10): 1 + d = m·2^e with m near 1 (d's digits kept by a fused
     * d·2^−e + (2^−e − 1)), then 2·atanh(m / (2 + m)) as a series; ∞ above 1e307, NaN below −1.
     */
    static double log1p(double d) {
        double dp1 = d + 1;
        boolean subnormal = dp1 < Double.MIN_NORMAL;
        if (subnormal) dp1 *= (double) (1L << 32) * (double) (1L << 32);
        int e = (int) ((Double.doubleToRawLongBits(dp1 * (1.0 / 0.75)) >>> 52) & 0x7ff) - 0x3ff;
        double t = Double.longBitsToDouble(Double.doubleToRawLongBits(1.0) - ((long) e << 52)); // 2^−e
        double m = Math.fma(d, t, t - 1);
        if (subnormal) e -= 64;
        double two = 2 + m;
        double r = plusTwoAtanh(e, divide(new DD(m, 0), new DD(two, (2 - two) + m)));
        if (d > 1e307) r = Double.POSITIVE_INFINITY;
        if (d < -1 || Double.isNaN(d)) r = Double.NaN;
        if (d == -1) r = Double.NEGATIVE_INFINITY;
        if (d == 0 && 1 / d < 0) r = -0.0;
        return r;
    }

    /**
     * ln d (Sleef_logd4_u10, which torch.log and log_softmax's log of the sum call): d = m·2^e with
     * m in [0.75, 1.5), then e·ln 2 + 2·atanh((m − 1)/(m + 1)); ∞ at ∞, NaN below 0, −∞ at 0.
     */
    static double log(double d) {
        Reduced a = reduce(d);
        return logEdges(a.d, plusTwoAtanh(a.e, a.x));
    }

    /**
     * log₂ d (Sleef_log2d4_u10, torch.log2): e + (m − 1)/(m + 1)·2/ln 2 in double-double plus the
     * odd series, d = m·2^e as for {@link #log}.
     */
    static double log2(double d) {
        Reduced a = reduce(d);
        DD x = a.x;
        double x2 = x.x * x.x, t = poly7(x2, +0.2211941750456081490e+0, +0.2200768693152277689e+0, +0.2623708057488514656e+0, +0.3205977477944495502e+0,
                +0.4121985945485324709e+0, +0.5770780162997058982e+0, +0.96179669392608091449);
        DD s = add2((double) a.e, times(x, new DD(2.885390081777926774, 6.0561604995516736434e-18)));
        s = add2(s, x2 * x.x * t);
        return logEdges(a.d, s.x + s.y);
    }

    /** log₁₀ d (Sleef_log10d4_u10, torch.log10): e·log₁₀ 2 + (m − 1)/(m + 1)·2/ln 10 plus the odd series. */
    static double log10(double d) {
        Reduced a = reduce(d);
        DD x = a.x;
        double x2 = x.x * x.x, t = poly7(x2, +0.6653725819576758460e-1, +0.6625722782820833712e-1, +0.7898105214313944078e-1, +0.9650955035715275132e-1,
                +0.1240841409721444993e+0, +0.1737177927454605086e+0, +0.2895296546021972617e+0);
        DD s = times(new DD(0.30102999566398119802, -2.803728127785170339e-18), a.e);
        s = add(s, times(x, new DD(0.86858896380650363334, 1.1430059694096389311e-17)));
        return logEdges(a.d, plus(s, x2 * x.x * t));
    }

    /** d = m·2^e with m in [0.75, 1.5) (a subnormal d scaled by 2^64 first) and x = (m − 1)/(m + 1) in double-double. */
    private record Reduced(double d, int e, DD x) {}

    private static Reduced reduce(double d) {
        boolean subnormal = d < Double.MIN_NORMAL;
        if (subnormal) d *= (double) (1L << 32) * (double) (1L << 32);
        int e = (int) ((Double.doubleToRawLongBits(d * (1.0 / 0.75)) >>> 52) & 0x7ff) - 0x3ff;
        double m = Double.longBitsToDouble(Double.doubleToRawLongBits(d) - ((long) e << 52)); // d·2^−e
        return new Reduced(d, subnormal ? e - 64 : e, divide(add2(-1, m), add2(1, m)));
    }

    /** The logarithms' special values: ∞ at ∞, NaN below 0 and at NaN, −∞ at 0 (d as reduced); else r. */
    private static double logEdges(double d, double r) {
        if (d == Double.POSITIVE_INFINITY) return Double.POSITIVE_INFINITY;
        if (d < 0 || Double.isNaN(d)) return Double.NaN;
        return d == 0 ? Double.NEGATIVE_INFINITY : r;
    }

    /** SLEEF's POLY7 in x² (Estrin's scheme over x², x⁴, x⁸), the highest coefficient first. */
    private static double poly7(double x2, double c6, double c5, double c4, double c3, double c2, double c1, double c0) {
        double x4 = x2 * x2, x8 = x4 * x4;
        return Math.fma(x8, Math.fma(x4, c6, Math.fma(x2, c5, c4)), Math.fma(x4, Math.fma(x2, c3, c2), Math.fma(x2, c1, c0)));
    }

    /** s + y rounded, s a double-double and |y| ≤ |s| (ddadd_vd2_vd2_vd, then the two parts added). */
    private static double plus(DD s, double y) {
        double sum = s.x + y;
        return sum + (((s.x - sum) + y) + s.y);
    }

    /** e^a − 1 (Sleef_expm1d4_u10, torch.expm1): expk2's double-double e^a minus 1; −1 below −36.7, ∞ above 709.78. */
    static double expm1(double a) {
        DD d = add2(expk2(new DD(a, 0)), -1.0);
        double x = d.x + d.y;
        if (a > 709.782712893383996732223) x = Double.POSITIVE_INFINITY;
        if (a < -36.736800569677101399113302437) x = -1;
        return a == 0 && 1 / a < 0 ? -0.0 : x;
    }

    /** 2^d (Sleef_exp2d4_u10, torch.exp2): d = q + s with |s| ≤ 1/2, a degree-11 polynomial in s by Estrin's scheme, scaled by 2^q. */
    static double exp2(double d) {
        double u = Math.rint(d), s = d - u;
        int q = (int) u;
        double s2 = s * s, s4 = s2 * s2, s8 = s4 * s4;
        u = Math.fma(s8, Math.fma(s, +0.4434359082926529454e-9, +0.7073164598085707425e-8),
                Math.fma(s4, poly4(s, s2, +0.1017819260921760451e-6, +0.1321543872511327615e-5, +0.1525273353517584730e-4, +0.1540353045101147808e-3),
                        poly4(s, s2, +0.1333355814670499073e-2, +0.9618129107597600536e-2, +0.5550410866482046596e-1, +0.2402265069591012214e+0)));
        u = Math.fma(u, s, +0.6931471805599452862e+0);
        u = Math.fma(u, s, 1);
        u = scale(u, q);
        if (d >= 1024) return Double.POSITIVE_INFINITY;
        return d < -2000 ? 0 : u;
    }

    static final double M_1_PI = 0.318309886183790671537767526745028724;
    static final double PI_A = 3.1415926218032836914, PI_B = 3.1786509424591713469e-08, PI_C = 1.2246467864107188502e-16,
            PI_D = 1.2736634327021899816e-24, PI_A2 = 3.141592653589793116, PI_B2 = 1.2246467991473532072e-16;

    /**
     * The argument reduction sin and cos take for a vector of four: the short one (two parts of π)
     * when every lane is below 15, the long one (four parts) below 1e14. SLEEF picks it for the
     * whole vector, so a lane's last bit can depend on its neighbours' sizes.
     */
    static int trigRange(double maxAbs) {
        if (maxAbs < 15) return 0;
        return maxAbs < 1e14 ? 1 : 2;
    }

    /**
     * sin d (Sleef_sind4_u10) with the reduction {@link #trigRange} chose for its vector: d − qπ
     * in double-double, then an odd polynomial, the sign from q. Range 2 (a lane from 1e14, ∞ or
     * NaN in the vector: SLEEF's Payne-Hanek reduction, not written out here) gives the C
     * library's sin for those lanes and the long reduction for the others.
     */
    static double sin(double d, int range) {
        if (range == 2 && !(Math.abs(d) < 1e14)) return Math.sin(d);
        // d − qπ as the double-double sx + sy, written out in doubles: the engine's scalar graphs call this per node and must not allocate
        double dql, sx, sy;
        if (range == 0) {
            dql = Math.rint(d * M_1_PI);
            double u = Math.fma(dql, -PI_A2, d), q = dql * -PI_B2;
            sx = u + q;
            sy = (u - sx) + q;
        } else {
            double dqh = trunc(d * (M_1_PI / (1 << 24))) * (1 << 24);
            dql = Math.rint(Math.fma(d, M_1_PI, -dqh));
            double u = Math.fma(dqh, -PI_A, d), q = dql * -PI_A;
            sx = u + q;
            sy = (u - sx) + q;
            for (int k = 0; k < 4; k++) { // + dqh·−PI_B, dql·−PI_B, dqh·−PI_C, dql·−PI_C, each by ddadd2
                double p = (k % 2 == 0 ? dqh : dql) * (k < 2 ? -PI_B : -PI_C), t = sx + p, v = t - sx;
                sy = ((sx - (t - v)) + (p - v)) + sy;
                sx = t;
            }
            double p = (dqh + dql) * -PI_D, t = sx + p;
            sy = ((sx - t) + p) + sy;
            sx = t;
        }
        double u = sinPolynomial(sx, sy);
        if (((long) dql & 1) != 0) u = -u;
        return d == 0 ? d : u;
    }

    /** cos d (Sleef_cosd4_u10): d − (q + ½)π with q odd-numbered as SLEEF counts it, then sin's polynomial. */
    static double cos(double d, int range) {
        if (range == 2 && !(Math.abs(d) < 1e14)) return Math.cos(d);
        double dqh = 0, dql, first, second;
        if (range == 0) {
            dql = Math.fma(2, Math.rint(Math.fma(d, M_1_PI, -0.5)), 1);
            first = d;
            second = dql * (-PI_A2 * 0.5);
        } else {
            dqh = trunc(Math.fma(d, M_1_PI / (1 << 23), -M_1_PI / (1 << 24)));
            dql = 2 * Math.rint(d * M_1_PI + Math.fma(dqh, -(1 << 23), -0.5)) + 1;
            dqh *= 1 << 24;
            first = Math.fma(dqh, -PI_A * 0.5, d);
            second = dql * (-PI_A * 0.5);
        }
        double sx = first + second, v0 = sx - first; // ddadd2 of two doubles, then the rest as sin's
        double sy = (first - (sx - v0)) + (second - v0), last = dql * (-PI_B2 * 0.5);
        if (range != 0) {
            for (int k = 0; k < 4; k++) {
                double p = (k % 2 == 0 ? dqh : dql) * (k < 2 ? -PI_B * 0.5 : -PI_C * 0.5), t = sx + p, v = t - sx;
                sy = ((sx - (t - v)) + (p - v)) + sy;
                sx = t;
            }
            last = (dqh + dql) * (-PI_D * 0.5);
        }
        double t = sx + last;
        sy = ((sx - t) + last) + sy;
        double u = sinPolynomial(t, sy);
        return ((long) dql & 2) == 0 ? -u : u;
    }

    /** sin t for the reduced t = tx + ty (|t| ≤ π/2): t·(1 + t²·p(t²)) in double-double, p of degree 7 by Estrin's scheme. */
    private static double sinPolynomial(double tx, double ty) {
        double sx = tx * tx, sy = Math.fma(tx + tx, ty, Math.fma(tx, tx, -sx)); // t² (ddsqu)
        double s2 = sx * sx, s4 = s2 * s2;
        double u = Math.fma(s4, Math.fma(sx, 2.72052416138529567917983e-15, -7.6429259411395447190023e-13),
                poly4(sx, s2, 1.60589370117277896211623e-10, -2.5052106814843123359368e-08, 2.75573192104428224777379e-06, -0.000198412698412046454654947));
        u = Math.fma(u, sx, 0.00833333333333318056201922);
        double m = u * sx, ax = -0.166666666666666657414808 + m, ay = (-0.166666666666666657414808 - ax) + m; // −1/6 + u·s
        double px = ax * sx, py = Math.fma(ax, sy, Math.fma(ay, sx, Math.fma(ax, sx, -px)));                  // times s²
        double xx = 1 + px, xy = ((1 - xx) + px) + py;                                                          // 1 + that
        return Math.fma(tx, xx, Math.fma(ty, xx, tx * xy));
    }

    /** Toward zero, as vtruncate. */
    static double trunc(double d) {
        return d < 0 ? Math.ceil(d) : Math.floor(d);
    }

    /**
     * x^y (Sleef_powd4_u10): e^(y·log|x|) with the logarithm and the exponential both in
     * double-double, then the sign for a negative x and the special cases of C's pow.
     */
    static double pow(double x, double y) {
        boolean yInt = Math.rint(y) == y, yOdd = yInt && Math.abs(y) < 0x1p53 && ((long) y & 1) != 0;
        DD d = times(logk(Math.abs(x)), y);
        double result = d.x > 709.78271114955742909217217426 ? Double.POSITIVE_INFINITY : expk(d);
        result *= x > 0 ? 1 : yInt ? (yOdd ? -1 : 1) : Double.NaN;
        if (Double.isInfinite(y)) {
            double efx = (Math.abs(x) - 1) * Math.signum(y);
            result = efx < 0 ? 0 : efx == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(x) || x == 0)
            result = (yOdd ? Math.copySign(1, x) : 1) * ((x == 0 ? -y : y) < 0 ? 0 : Double.POSITIVE_INFINITY);
        if (Double.isNaN(x) || Double.isNaN(y)) result = Double.NaN;
        return y == 0 || x == 1 ? 1 : result;
    }

    /** ln d in double-double (SLEEF's logk): e·ln 2 + 2·atanh((m − 1)/(m + 1)) with a degree-9 series in x². */
    private static DD logk(double d) {
        Reduced r = reduce(d);
        DD x = r.x, x2 = square(x);
        double x4 = x2.x * x2.x, x8 = x4 * x4, x16 = x8 * x8;
        double t = Math.fma(x16, 0.116255524079935043668677,
                Math.fma(x8, poly4(x2.x, x4, 0.103239680901072952701192, 0.117754809412463995466069, 0.13332981086846273921509, 0.153846227114512262845736),
                        poly4(x2.x, x4, 0.181818180850050775676507, 0.222222222230083560345903, 0.285714285714249172087875, 0.400000000000000077715612)));
        DD s = times(new DD(0.693147180559945286226764, 2.319046813846299558417771e-17), r.e);
        s = add(s, new DD(x.x * 2, x.y * 2));
        x = times(x2, x);
        s = add(s, times(x, new DD(0.666666666666666629659233, 3.80554962542412056336616e-17)));
        x = times(x2, x);
        return add(s, times(x, t));
    }

    /** e^d for a double-double d, rounded (SLEEF's expk): d − q·ln 2, a degree-10 polynomial, 1 + s + s²·p(s), scaled by 2^q. */
    private static double expk(DD d) {
        double dq = Math.rint((d.x + d.y) * R_LN2);
        int q = (int) dq;
        DD s = normalize(add2(add2(d, dq * -L2U), dq * -L2L));
        double s2 = s.x * s.x, s4 = s2 * s2, s8 = s4 * s4;
        double u = Math.fma(s8, Math.fma(s.x, 2.51069683420950419527139e-08, 2.76286166770270649116855e-07),
                Math.fma(s4, poly4(s.x, s2, 2.75572496725023574143864e-06, 2.48014973989819794114153e-05, 0.000198412698809069797676111, 0.0013888888939977128960529),
                        poly4(s.x, s2, 0.00833333333332371417601081, 0.0416666666665409524128449, 0.166666666666666740681535, 0.500000000000000999200722)));
        DD t = add(add(1, s), times(square(s), u));
        return d.x < -1000 ? 0 : scale(t.x + t.y, q);
    }

    /** e·ln 2 + 2·atanh(x) in double-double, x small: log's and log1p's shared last steps (an odd series in x). */
    private static double plusTwoAtanh(int e, DD x) {
        DD s = times(new DD(0.693147180559945286226764, 2.319046813846299558417771e-17), e);
        double x2 = x.x * x.x, t = poly7(x2, 0.1532076988502701353e+0, 0.1525629051003428716e+0, 0.1818605932937785996e+0, 0.2222214519839380009e+0,
                0.2857142932794299317e+0, 0.3999999999635251990e+0, 0.6666666666667333541e+0);
        s = add(s, new DD(x.x * 2, x.y * 2));
        return plus(s, x2 * x.x * t);
    }

    /** ln |Γ(a)| (Sleef_lgammad4_u10): gammak's log of the scaled part plus the log of its factor; ∞ at the poles and ±∞. */
    static double lgamma(double a) {
        DD[] parts = gammak(a);
        DD y = add2(parts[0], logk2(abs(parts[1])));
        double r = y.x + y.y;
        boolean nonPositiveInteger = a <= 0 && a == Math.rint(a);
        if (Double.isInfinite(a) || nonPositiveInteger || (!Double.isNaN(a) && Double.isNaN(r))) return Double.POSITIVE_INFINITY;
        return r;
    }

    /**
     * SLEEF's gammak: Γ(a) as e^clc · (clln / clld) in double-doubles, by Stirling's series above 2.3
     * (after raising a small argument by 5 with the product kept in clln), a polynomial around 1 or 2
     * below, and the reflection Γ(a)Γ(1 − a) = π / sin πa for a below ½.
     */
    private static DD[] gammak(double a) {
        DD clc, clln = new DD(1, 0), clld = new DD(1, 0), x, y, z;
        double t, u;
        boolean tiny = Math.abs(a) < 1e-306, reflected = a < 0.5;
        x = tiny ? new DD(0, 0) : reflected ? add2(1, -a) : new DD(a, 0);
        boolean nearOne = 0.5 <= x.x && x.x <= 1.1, large = 2.3 <= x.x;
        y = normalize(times(add2(x, 1), x));
        y = normalize(times(add2(x, 2), y));
        y = normalize(times(add2(x, 3), y));
        y = normalize(times(add2(x, 4), y));
        boolean raised = large && x.x <= 7;
        if (raised) {
            clln = y;
            x = add2(x, 5);
        }
        t = large ? 1 / x.x : normalize(add2(x, nearOne ? -1 : -2)).x;
        u = GAMMA_COEFFICIENTS[large ? 0 : nearOne ? 1 : 2][0];
        for (int k = 1; k < GAMMA_COEFFICIENTS[0].length; k++) u = Math.fma(u, t, GAMMA_COEFFICIENTS[large ? 0 : nearOne ? 1 : 2][k]);
        y = times(add2(x, -0.5), logk2(x));
        y = add2(y, new DD(-x.x, -x.y));
        y = add2(y, new DD(0.91893853320467278056, -3.8782941580672414498e-17)); // ½ log 2π
        z = add2(timesExact(u, t), nearOne ? -0.4006856343865314862e+0 : -0.6735230105319810201e-1);
        z = add2(times(z, t), nearOne ? +0.8224670334241132030e+0 : +0.3224670334241132030e+0);
        z = add2(times(z, t), nearOne ? -0.5772156649015328655e+0 : +0.4227843350984671345e+0);
        z = times(z, t);
        clc = large ? y : z;
        if (large) clld = add2(timesExact(u, t), 1);
        y = clln;
        if (tiny) clc = new DD(83.1776616671934334590333, 3.67103459631568507221878e-15); // log 2^120
        else if (reflected) clc = add2(new DD(1.1447298858494001639, 1.026595116270782638e-17), new DD(-clc.x, -clc.y)); // log π
        clln = tiny ? new DD(1, 0) : reflected ? clln : clld;
        if (reflected) {
            t = a - (double) (1L << 28) * (int) (a * (1.0 / (1L << 28)));
            x = times(clld, sinpik(t));
        }
        clld = tiny ? new DD(a * ((double) (1L << 60) * (double) (1L << 60)), 0) : reflected ? x : y;
        return new DD[] {clc, divide(clln, clld)};
    }

    /** gammak's polynomial coefficients, highest first: Stirling's series above 2.3, then around 1, then around 2. */
    private static final double[][] GAMMA_COEFFICIENTS = {
        {-156.801412704022726379848862, +1.120804464289911606838558160000, +13.39798545514258921833306020000, -0.116546276599463200848033357000,
            -1.391801093265337481495562410000, +0.015056113040026424412918973400, +0.179540117061234856098844714000, -0.002481743600264997730942489280,
            -0.029527880945699120504851034100, +0.000540164767892604515196325186, +0.006403362833808069794787256200, -0.000162516262783915816896611252,
            -0.001914438498565477526465972390, +7.20489541602001055898311517e-05, +0.000839498720672087279971000786, -5.17179090826059219329394422e-05,
            -0.000592166437353693882857342347, +6.97281375836585777403743539e-05, +0.000784039221720066627493314301, -0.000229472093621399176949318732,
            -0.002681327160493827160473958490, +0.003472222222222222222175164840, +0.083333333333333333335592087900},
        {+0.2947916772827614196e+2, +0.1281459691827820109e+3, +0.2617544025784515043e+3, +0.3287022855685790432e+3, +0.2818145867730348186e+3,
            +0.1728670414673559605e+3, +0.7748735764030416817e+2, +0.2512856643080930752e+2, +0.5766792106140076868e+1, +0.7270275473996180571e+0,
            +0.8396709124579147809e-1, -0.8211558669746804595e-1, +0.6828831828341884458e-1, -0.7712481339961671511e-1, +0.8337492023017314957e-1,
            -0.9094964931456242518e-1, +0.1000996313575929358e+0, -0.1113342861544207724e+0, +0.1255096673213020875e+0, -0.1440498967843054368e+0,
            +0.1695571770041949811e+0, -0.2073855510284092762e+0, +0.2705808084277815939e+0},
        {+0.7074816000864609279e-7, +0.4009244333008730443e-6, +0.1040114641628246946e-5, +0.1508349150733329167e-5, +0.1288143074933901020e-5,
            +0.4744167749884993937e-6, -0.6554816306542489902e-7, -0.3189252471452599844e-6, +0.1358883821470355377e-6, -0.4343931277157336040e-6,
            +0.9724785897406779555e-6, -0.2036886057225966011e-5, +0.4373363141819725815e-5, -0.9439951268304008677e-5, +0.2050727030376389804e-4,
            -0.4492620183431184018e-4, +0.9945751236071875931e-4, -0.2231547599034983196e-3, +0.5096695247101967622e-3, -0.1192753911667886971e-2,
            +0.2890510330742210310e-2, -0.7385551028674461858e-2, +0.2058080842778455335e-1}};

    /** log of a positive double-double: d = m·2^e with m near 1, then 2·atanh((m − 1)/(m + 1)) as a series in double-doubles. */
    private static DD logk2(DD d) {
        int e = ilogb(d.x * (1.0 / 0.75));
        DD m = new DD(scale(d.x, -e), scale(d.y, -e));
        DD x = divide(add2(m, -1), add2(m, 1)), x2 = square(x);
        double x4 = x2.x * x2.x, x8 = x4 * x4;
        double t = Math.fma(x8, Math.fma(x4, 0.13860436390467167910856, Math.fma(x2.x, 0.131699838841615374240845, 0.153914168346271945653214)),
                Math.fma(x4, Math.fma(x2.x, 0.181816523941564611721589, 0.22222224632662035403996), Math.fma(x2.x, 0.285714285511134091777308, 0.400000000000914013309483)));
        t = Math.fma(t, x2.x, 0.666666666666664853302393);
        DD s = times(new DD(0.693147180559945286226764, 2.319046813846299558417771e-17), e);
        s = add(s, new DD(x.x * 2, x.y * 2));
        return add(s, times(times(x2, x), t));
    }

    /** The exponent of d (SLEEF's ilogbk: a subnormal-range d scaled up first). */
    private static int ilogb(double d) {
        boolean small = d < 4.9090934652977266E-91;
        if (small) d *= 2.037035976334486E90;
        int q = (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0xfff);
        return q - (small ? 300 + 0x3ff : 0x3ff);
    }

    /** sin πd as a double-double (SLEEF's sinpik): d reduced to a quarter period, a polynomial for sin or cos there. */
    private static DD sinpik(double d) {
        double u = d * 4.0;
        int q = (int) u;
        q = (q + ((q >>> 31) ^ 1)) & ~1;
        boolean cos = (q & 2) == 2;
        double s = u - q, t = s;
        s = s * s;
        DD s2 = timesExact(t, t);
        u = cos ? 9.94480387626843774090208e-16 : -2.02461120785182399295868e-14;
        u = Math.fma(u, s, cos ? -3.89796226062932799164047e-13 : 6.948218305801794613277840e-12);
        u = Math.fma(u, s, cos ? 1.150115825399960352669010e-10 : -1.75724749952853179952664e-09);
        u = Math.fma(u, s, cos ? -2.46113695010446974953590e-08 : 3.133616889668683928784220e-07);
        u = Math.fma(u, s, cos ? 3.590860448590527540050620e-06 : -3.65762041821615519203610e-05);
        u = Math.fma(u, s, cos ? -0.000325991886927389905997954 : 0.0024903945701927185027435600);
        DD x = add2(u * s, cos ? new DD(0.0158543442438155018914259, -1.04693272280631521908845e-18) : new DD(-0.0807455121882807852484731, 3.61852475067037104849987e-18));
        x = add2(times(s2, x), cos ? new DD(-0.308425137534042437259529, -1.95698492133633550338345e-17) : new DD(0.785398163397448278999491, 3.06287113727155002607105e-17));
        x = times(x, cos ? s2 : new DD(t, 0));
        if (cos) x = add2(x, 1);
        return (q & 4) == 4 ? new DD(-x.x, -x.y) : x;
    }

    /** e^d of a double-double d: reduced by q ln 2, a degree-12 polynomial, then scaled by 2^q; 0 below −1000. */
    static DD expk2(DD d) {
        double dq = Math.rint((d.x + d.y) * R_LN2);
        int q = (int) dq;
        DD s = add2(d, dq * -L2U);
        s = add2(s, dq * -L2L);
        DD s2 = square(s), s4 = square(s2);
        double x = s.x, x2 = s2.x, x4 = s4.x, x8 = s4.x * s4.x;
        double low = Math.fma(x4, poly4(x, x2, +0.2505230023782644465e-7, +0.2755724800902135303e-6, +0.2755731892386044373e-5, +0.2480158735605815065e-4),
                poly4(x, x2, +0.1984126984148071858e-3, +0.1388888888886763255e-2, +0.8333333333333347095e-2, +0.4166666666666669905e-1));
        double u = Math.fma(x8, Math.fma(x, +0.1602472219709932072e-9, +0.2092255183563157007e-8), low);
        DD t = add(0.5, times(s, +0.1666666666666666574e+0));
        t = add(1.0, times(t, s));
        t = add(1.0, times(t, s));
        t = add(t, times(s4, u));
        if (d.x < -1000) return new DD(0, 0);
        return new DD(scale(t.x, q), scale(t.y, q));
    }

    static double poly4(double x, double x2, double c3, double c2, double c1, double c0) {
        return Math.fma(x2, Math.fma(x, c3, c2), Math.fma(x, c1, c0));
    }

    /** d · 2^e in two steps, as SLEEF's ldexp2 (no overflow of 2^e on the way). */
    private static double scale(double d, int e) {
        return d * Math.scalb(1.0, e >> 1) * Math.scalb(1.0, e - (e >> 1));
    }

    static DD add2(double x, double y) {
        double s = x + y, v = s - x;
        return new DD(s, (x - (s - v)) + (y - v));
    }

    static DD add2(double x, DD y) {
        double s = x + y.x, v = s - x;
        return new DD(s, ((x - (s - v)) + (y.x - v)) + y.y);
    }

    static DD normalize(DD t) {
        double s = t.x + t.y;
        return new DD(s, (t.x - s) + t.y);
    }

    /** |d|: the low part's sign flipped with the high part's. */
    private static DD abs(DD d) {
        return new DD(Math.abs(d.x), Double.longBitsToDouble(Double.doubleToRawLongBits(d.y) ^ (Double.doubleToRawLongBits(d.x) & Long.MIN_VALUE)));
    }

    static DD add2(DD x, double y) {
        double s = x.x + y, v = s - x.x;
        return new DD(s, (x.x - (s - v)) + (y - v) + x.y);
    }

    static DD add2(DD x, DD y) {
        double s = x.x + y.x, v = s - x.x;
        return new DD(s, (x.x - (s - v)) + (y.x - v) + (x.y + y.y));
    }

    /** x + y for |x| ≥ |y| (ddadd_vd2_vd_vd). */
    static DD addFast(double x, double y) {
        double s = x + y;
        return new DD(s, (x - s) + y);
    }

    /** x + y for |x.x| ≥ |y| (ddadd_vd2_vd2_vd). */
    static DD addFast(DD x, double y) {
        double s = x.x + y;
        return new DD(s, ((x.x - s) + y) + x.y);
    }

    /** x + y for |x| ≥ |y|. */
    static DD add(DD x, DD y) {
        double s = x.x + y.x;
        return new DD(s, (x.x - s) + y.x + x.y + y.y);
    }

    /** x + y for |x| ≥ |y|. */
    static DD add(double x, DD y) {
        double s = x + y.x;
        return new DD(s, (x - s) + y.x + y.y);
    }

    /** x·y exactly, as a double-double. */
    static DD timesExact(double x, double y) {
        double s = x * y;
        return new DD(s, Math.fma(x, y, -s));
    }

    static DD times(DD x, double y) {
        double s = x.x * y;
        return new DD(s, Math.fma(x.y, y, Math.fma(x.x, y, -s)));
    }

    static DD times(DD x, DD y) {
        double s = x.x * y.x;
        return new DD(s, Math.fma(x.x, y.y, Math.fma(x.y, y.x, Math.fma(x.x, y.x, -s))));
    }

    static DD square(DD x) {
        double s = x.x * x.x;
        return new DD(s, Math.fma(x.x + x.x, x.y, Math.fma(x.x, x.x, -s)));
    }

    static DD reciprocal(DD d) {
        double s = 1 / d.x;
        return new DD(s, s * Math.fma(-d.y, s, Math.fma(-d.x, s, 1)));
    }

    static DD divide(DD n, DD d) {
        double t = 1 / d.x, s = n.x * t, u = Math.fma(t, n.x, -s), v = Math.fma(-d.y, t, Math.fma(-d.x, t, 1));
        return new DD(s, Math.fma(s, v, Math.fma(n.y, t, u)));
    }
}
