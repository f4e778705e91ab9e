package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import org.apache.commons.math3.special.Gamma;

/**
 * The special functions behind torch's erfinv, lgamma, digamma, polygamma and sinc. digamma,
 * trigamma, the higher polygammas (through Hurwitz's zeta) and erfinv follow the methods PyTorch's
 * CPU kernels use (Cephes' series and recurrences; a rational first guess refined by two Newton
 * steps), so their values agree with PyTorch's to the last bit or two; lgamma is
 * commons-math3's.
 */
final class SpecialFunctions {
    private SpecialFunctions() {}

    /** ln |Γ(x)| (polygamma's n!; torch.lgamma itself is {@link Sleef#lgamma}): ∞ at the poles 0, −1, −2, ...; below 0 by the reflection Γ(x)Γ(1 − x) = π / sin πx. */
    static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x <= 0 && x == Math.floor(x)) return Double.POSITIVE_INFINITY;
        if (x > 0) return Gamma.logGamma(x) + 0.0; // +0.0 at 1 and 2, where logGamma gives −0.0
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - Gamma.logGamma(1 - x);
    }

    /** ψ⁽ⁿ⁾(x): digamma (n = 0), trigamma (n = 1), else (−1)ⁿ⁺¹ n! ζ(n + 1, x). */
    static double polygamma(int n, double x) {
        if (n == 0) return digamma(x);
        if (n == 1) return trigamma(x);
        return ((n % 2) == 1 ? 1.0 : -1.0) * Math.exp(lgamma(n + 1.0)) * zeta(n + 1, x);
    }

    private static final double[] DIGAMMA_SERIES = {
        8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3, -4.16666666666666666667E-3,
        3.96825396825396825397E-3, -8.33333333333333333333E-3, 8.33333333333333333333E-2};

    /** ψ(x): reflected below 0, raised to 10 by ψ(x) = ψ(x + 1) − 1/x, then an asymptotic series. */
    static double digamma(double x) {
        if (x == 0) return Math.copySign(Double.POSITIVE_INFINITY, -x);
        if (x < 0) {
            if (x == Math.floor(x)) return Double.NaN;
            double r = x - (long) x; // the fraction, as C's modf
            return digamma(1 - x) - Math.PI / Math.tan(Math.PI * r);
        }
        double result = 0;
        while (x < 10) {
            result -= 1 / x;
            x += 1;
        }
        if (x == 10) return result + 2.25175258906672110764;
        double y = 0;
        if (x < 1.0e17) {
            double z = 1.0 / (x * x);
            y = z * polevl(z, DIGAMMA_SERIES);
        }
        return result + Math.log(x) - (0.5 / x) - y;
    }

    /** ψ′(x): reflected below ½, six steps of the recurrence, then the asymptotic series. */
    static double trigamma(double x) {
        double sign = 1, result = 0;
        if (x < 0.5) {
            sign = -1;
            double s = Math.sin(Math.PI * x);
            result -= (Math.PI * Math.PI) / (s * s);
            x = 1 - x;
        }
        for (int i = 0; i < 6; i++) {
            result += 1 / (x * x);
            x += 1;
        }
        double ixx = 1 / (x * x);
        result += (1 + 1 / (2 * x) + ixx * (1.0 / 6 - ixx * (1.0 / 30 - ixx * (1.0 / 42)))) / x;
        return sign * result;
    }

    private static final double[] ZETA_COEFFICIENTS = {
        12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
        -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15, 1.8152105401943546773e17,
        -7.1661652561756670113e18};

    private static final double MACHEP = 1.11022302462515654042E-16;

    /** Hurwitz's ζ(s, q) = Σ 1/(q + k)^s: the first terms summed, the rest by Euler–Maclaurin (Cephes). */
    static double zeta(double s, double q) {
        if (s == 1) return Double.POSITIVE_INFINITY;
        if (s < 1) return Double.NaN;
        if (q <= 0) {
            if (q == Math.floor(q)) return Double.POSITIVE_INFINITY;
            if (s != Math.floor(s)) return Double.NaN;
        }
        double sum = Math.pow(q, -s), a = q, b = 0;
        int i = 0;
        while (i < 9 || a <= 9.0) {
            i++;
            a += 1;
            b = Math.pow(a, -s);
            sum += b;
            if (Math.abs(b / sum) < MACHEP) return sum;
        }
        double w = a;
        sum += b * w / (s - 1);
        sum -= 0.5 * b;
        double f = 1, k = 0;
        for (double coefficient : ZETA_COEFFICIENTS) {
            f *= s + k;
            b /= w;
            double t = f * b / coefficient;
            sum += t;
            if (Math.abs(t / sum) < MACHEP) return sum;
            k += 1;
            f *= s + k;
            b /= w;
            k += 1;
        }
        return sum;
    }

    /**
     * erf⁻¹(y): a rational approximation (central below 0.7, a tail form above) refined by two
     * Newton steps on erf; ±∞ at ±1, NaN beyond.
     */
    static double erfinv(double y) {
        double a = Math.abs(y);
        if (a > 1 || Double.isNaN(y)) return Double.NaN;
        if (a == 1) return Math.copySign(Double.POSITIVE_INFINITY, y);
        double x;
        if (a <= 0.7) {
            double z = y * y;
            double num = ((-0.140543331 * z + 0.914624893) * z - 1.645349621) * z + 0.886226899;
            double den = (((0.012229801 * z - 0.329097515) * z + 1.442710462) * z - 2.118377725) * z + 1;
            x = y * num / den;
        } else {
            double z = Math.sqrt(-Math.log((1 - a) / 2));
            double num = ((1.641345311 * z + 3.429567803) * z - 1.624906493) * z - 1.970840454;
            double den = (1.637067800 * z + 3.543889200) * z + 1;
            x = Math.copySign(num, y) / den;
        }
        for (int step = 0; step < 2; step++) x -= (Sleef.erf(x) - y) / ((2 / Math.sqrt(Math.PI)) * Math.exp(-x * x));
        return x;
    }

    static double sinc(double x) {
        if (x == 0) return 1;
        double px = Math.PI * x;
        return StrictMath.sin(px) / px;
    }

    /**
     * g·sinc′(x) = g·(πx cos πx − sin πx) / (x²π), written with ops in the order of PyTorch's
     * sinc_backward; 0 where x²π is 0, which includes |x| below ~1e-162 where it underflows.
     */
    static Tensor sincGradient(Tensor g, Tensor x) {
        Tensor px = Ops.mul(x, Ops.scalar(Math.PI)), denominator = Ops.mul(Ops.mul(x, x), Ops.scalar(Math.PI));
        Tensor q = Ops.div(Ops.mul(g, Ops.sub(Ops.mul(px, Ops.cos(px)), Ops.sin(px))), denominator);
        return Ops.where(Ops.eq(denominator, Ops.scalar(0)), Ops.mul(x, Ops.scalar(0)), q);
    }

    private static double polevl(double x, double[] coefficients) {
        double r = 0;
        for (double c : coefficients) r = r * x + c;
        return r;
    }
}
