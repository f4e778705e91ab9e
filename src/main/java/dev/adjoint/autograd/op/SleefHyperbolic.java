package dev.adjoint.autograd.op;

import dev.adjoint.autograd.op.Sleef.DD;

/**
 * sinh and cosh as PyTorch 1.13's CPU kernels compute them in float64: SLEEF 3.5.1's 1.0-ulp
 * vector functions (Sleef_sinhd4_u10, Sleef_coshd4_u10) for every element, (e^|x| ∓ e^−|x|)/2
 * with e^|x| and its reciprocal in double-double. Java's StrictMath differs from them in the last
 * bit for about one input in four. Checked against torch 1.13 (scripts/fixtures/sleef_trig_fixtures.py).
 */
final class SleefHyperbolic {
    private SleefHyperbolic() {}

    static double sinh(double x) {
        DD d = Sleef.expk2(new DD(Math.abs(x), 0));
        d = SleefTrig.subtract(d, Sleef.reciprocal(d));
        return finish((d.x() + d.y()) * 0.5, x, true);
    }

    static double cosh(double x) {
        DD d = Sleef.expk2(new DD(Math.abs(x), 0));
        d = Sleef.add(d, Sleef.reciprocal(d));
        return finish((d.x() + d.y()) * 0.5, x, false);
    }

    /** ∞ beyond 710 (and where e^|x| overflowed to NaN), the sign of x for sinh, NaN for NaN. */
    private static double finish(double y, double x, boolean odd) {
        if (Math.abs(x) > 710 || Double.isNaN(y)) y = Double.POSITIVE_INFINITY;
        if (odd) y = Double.longBitsToDouble(Double.doubleToRawLongBits(y) ^ (Double.doubleToRawLongBits(x) & Long.MIN_VALUE));
        return Double.isNaN(x) ? Double.NaN : y;
    }
}
