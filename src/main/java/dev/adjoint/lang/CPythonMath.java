package dev.adjoint.lang;

import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.LibmPow;
import dev.adjoint.ndarray.LibmSin;

/**
 * The math functions CPython computes with its own code (Modules/mathmodule.c) rather than the C
 * library's, step for step so that the last digits agree.
 *
 * <p>gamma and lgamma (not libm's tgamma/lgamma): Lanczos' approximation with N = 13 and g = 6.0246800407767296
 * (Boost's parameters) as a rational function, a correction for the rounding of x + g − 1/2, the
 * reflection formula below zero, a table of factorials for small integers. The same steps on
 * glibc's exp, pow, log, sin and cos (CPython calls glibc's) give CPython's last digits. Errors
 * as math.gamma raises them: ValueError at poles, OverflowError past the double range.
 */
final class CPythonMath {
    private CPythonMath() {}

    private static final double PI = 3.141592653589793238462643383279502884197, LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double G = 6.024680040776729583740234375, G_MINUS_HALF = 5.524680040776729583740234375;
    /** The Lanczos sum's numerator coefficients (Boost's, double-checked by CPython with MPFR). */
    private static final double[] NUMERATOR = {23531376880.410759688572007674451636754734846804940,
            42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
            17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
            1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
            31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
            186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
            210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    /** The denominator x(x+1)...(x+11) by powers of x. */
    private static final double[] DENOMINATOR = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
            2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    /** (n-1)! for n = 1 to 23, exact in a double. */
    private static final double[] FACTORIALS = new double[23];

    static {
        FACTORIALS[0] = 1;
        for (int n = 1; n < FACTORIALS.length; n++) FACTORIALS[n] = FACTORIALS[n - 1] * n;
    }

    /** The Lanczos sum for x > 0: in powers of x below 5, of 1/x above (no overflow, smaller error). */
    private static double lanczosSum(double x) {
        double num = 0, den = 0;
        if (x < 5.0)
            for (int i = NUMERATOR.length - 1; i >= 0; i--) {
                num = num * x + NUMERATOR[i];
                den = den * x + DENOMINATOR[i];
            }
        else
            for (int i = 0; i < NUMERATOR.length; i++) {
                num = num / x + NUMERATOR[i];
                den = den / x + DENOMINATOR[i];
            }
        return num / den;
    }

    /** sin(πx) for finite x, exact at integers and half-integers (x reduced mod 2 first). */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0, r;
        switch ((int) Math.round(2.0 * y)) {
            case 0 -> r = LibmSin.sin(PI * y);
            case 1 -> r = LibmSin.cos(PI * (y - 0.5));
            case 2 -> r = LibmSin.sin(PI * (1.0 - y)); // not -sin(π(y-1)): that is -0.0 at y = 1
            case 3 -> r = -LibmSin.cos(PI * (y - 1.5));
            default -> r = LibmSin.sin(PI * (y - 2.0));
        }
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) return x;
            throw domainError();
        }
        if (x == 0) throw domainError();
        if (x == Math.floor(x)) {
            if (x < 0) throw domainError();
            if (x <= FACTORIALS.length) return FACTORIALS[(int) x - 1];
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return overflow(1.0 / x);
        if (absx > 200.0) {
            if (x < 0) return 0.0 / sinPi(x);
            throw rangeError();
        }
        double y = absx + G_MINUS_HALF;
        // z: the rounding error of y = absx + g - 1/2, scaled (see CPython's comment on the correction factor)
        double z = absx > G_MINUS_HALF ? (y - absx) - G_MINUS_HALF : (y - G_MINUS_HALF) - absx;
        z = z * G / y;
        double r;
        if (x < 0) {
            r = -PI / sinPi(absx) / absx * LibmExp.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= LibmPow.pow(y, absx - 0.5);
            else {
                double sqrtPow = LibmPow.pow(y, absx / 2.0 - 0.25);
                r /= sqrtPow;
                r /= sqrtPow;
            }
        } else {
            r = lanczosSum(absx) / LibmExp.exp(y);
            r += z * r;
            if (absx < 140.0) r *= LibmPow.pow(y, absx - 0.5);
            else {
                double sqrtPow = LibmPow.pow(y, absx / 2.0 - 0.25);
                r *= sqrtPow;
                r *= sqrtPow;
            }
        }
        return overflow(r);
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) throw domainError();
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return -LibmLog.log(absx);
        double r = LibmLog.log(lanczosSum(absx)) - G;
        r += (absx - 0.5) * (LibmLog.log(absx + G - 0.5) - 1);
        if (x < 0) r = LOG_PI - LibmLog.log(Math.abs(sinPi(absx))) - LibmLog.log(absx) - r;
        return overflow(r);
    }

    private static double overflow(double r) {
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    private static PyError domainError() {
        return PyError.value("math domain error");
    }

    private static PyError rangeError() {
        return PyError.overflow("math range error");
    }

    /**
     * hypot and dist: √(Σ v²) of the magnitudes {@code v} (max their largest, nan whether one is
     * NaN), as CPython's vector_norm: scaled by a power of two so the largest lies in [0.5, 1),
     * squares split exactly (Veltkamp-Dekker), summed with three compensations, then one
     * differential correction of the square root. inf wins over nan, as CPython's.
     */
    static double vectorNorm(double[] v, double max, boolean foundNan) {
        final double t27 = 134217729.0; // 2^27 + 1
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || v.length <= 1) return max;
        // frexp's exponent: max = m·2^maxE with 0.5 ≤ m < 1 (a subnormal max scaled up first)
        int maxE = Math.getExponent(max) >= Double.MIN_EXPONENT ? Math.getExponent(max) + 1 : Math.getExponent(max * 0x1p54) + 1 - 54;
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
        if (maxE < -1023) { // 1/2^maxE would overflow: divide by max instead
            for (double x : v) {
                x /= max;
                x = x * x;
                double old = csum;
                csum += x;
                frac1 += (old - csum) + x;
            }
            return max * Math.sqrt(csum - 1.0 + frac1);
        }
        double scale = Math.scalb(1.0, -maxE);
        for (double x : v) {
            x *= scale;
            double t = x * t27, hi = t - (t - x), lo = x - hi;
            double sq = hi * hi, old = csum;
            csum += sq;
            frac1 += (old - csum) + sq;
            double cross = 2.0 * hi * lo;
            old = csum;
            csum += cross;
            frac2 += (old - csum) + cross;
            frac3 += lo * lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        double t = h * t27, hi = t - (t - h), lo = h - hi;
        double x = -hi * hi, old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = -2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        x = -lo * lo;
        old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
}
