package dev.adjoint.lang.lib.numpy;

import java.util.function.DoubleSupplier;
import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.LibmLog1p;
import dev.adjoint.ndarray.LibmPow;
import dev.adjoint.random.NumpyRandom;
import dev.adjoint.random.UniformSource;

/**
 * The legacy generator's continuous draws, step for step as NumPy 1.24's RandomState makes them
 * (numpy/random/src/legacy/legacy-distributions.c, and distributions.c for the ones RandomState
 * shares with Generator): from res53 uniforms and legacy_gauss normals, with glibc's log, exp and
 * pow ({@link LibmLog}, {@link LibmExp}, {@link LibmPow}) where NumPy's C calls them, and no fused
 * multiply-adds elsewhere (NumPy's distributions are compiled for the baseline x86-64 CPU).
 */
final class LegacyContinuous {
    private LegacyContinuous() {}

    /** legacy_standard_exponential: -log(1 - U). */
    static double standardExponential(NumpyRandom r) {
        return -LibmLog.log(1.0 - r.nextDouble());
    }

    /** random_laplace: a uniform of exactly 0 is drawn again. */
    static double laplace(UniformSource r, double loc, double scale) {
        while (true) {
            double u = r.nextDouble();
            if (u >= 0.5) return loc - scale * LibmLog.log(2.0 - u - u);
            if (u > 0.0) return loc + scale * LibmLog.log(u + u);
        }
    }

    /** legacy_standard_gamma: {@link #standardGamma(UniformSource, DoubleSupplier, DoubleSupplier, double)} over the legacy normal and exponential. */
    static double standardGamma(NumpyRandom r, double shape) {
        return standardGamma(r, r::nextGaussian, () -> standardExponential(r), shape);
    }

    /**
     * The gamma draw both of NumPy's generators make (legacy_standard_gamma, random_standard_gamma;
     * they differ only in where the normal and exponential draws come from): an exponential at
     * shape 1; Johnk-like rejection below 1; Marsaglia and Tsang's squeeze above.
     */
    static double standardGamma(UniformSource r, DoubleSupplier normal, DoubleSupplier exponential, double shape) {
        if (shape == 1.0) return exponential.getAsDouble();
        if (shape == 0.0) return 0.0;
        if (shape < 1.0) {
            while (true) {
                double u = r.nextDouble(), v = exponential.getAsDouble();
                if (u <= 1.0 - shape) {
                    double x = LibmPow.pow(u, 1. / shape);
                    if (x <= v) return x;
                } else {
                    double y = -LibmLog.log((1 - u) / shape);
                    double x = LibmPow.pow(1.0 - shape + shape * y, 1. / shape);
                    if (x <= v + y) return x;
                }
            }
        }
        double b = shape - 1. / 3., c = 1. / Math.sqrt(9 * b);
        while (true) {
            double x, v;
            do {
                x = normal.getAsDouble();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            double u = r.nextDouble();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return b * v;
            if (LibmLog.log(u) < 0.5 * x * x + b * (1. - v + LibmLog.log(v))) return b * v;
        }
    }

    /** legacy_beta: Johnk's algorithm when both parameters are at most 1, else a ratio of gammas. */
    static double beta(NumpyRandom r, double a, double b) {
        if (a <= 1.0 && b <= 1.0) {
            while (true) {
                double u = r.nextDouble(), v = r.nextDouble();
                double x = LibmPow.pow(u, 1.0 / a), y = LibmPow.pow(v, 1.0 / b);
                if (x + y <= 1.0) {
                    if (x + y > 0) return x / (x + y);
                    double logX = LibmLog.log(u) / a, logY = LibmLog.log(v) / b, logM = logX > logY ? logX : logY;
                    logX -= logM;
                    logY -= logM;
                    return LibmExp.exp(logX - LibmLog.log(LibmExp.exp(logX) + LibmExp.exp(logY)));
                }
            }
        }
        double ga = standardGamma(r, a), gb = standardGamma(r, b);
        return ga / (ga + gb);
    }

    /** random_chisquare (legacy_chisquare): twice a gamma of half the degrees of freedom. */
    static double chisquare(BaseDraws r, double df) {
        return 2.0 * r.standardGamma(df / 2.0);
    }

    static double standardT(BaseDraws r, double df) {
        double num = r.normal(), denom = r.standardGamma(df / 2);
        return Math.sqrt(df / 2) * num / Math.sqrt(denom);
    }

    static double weibull(BaseDraws r, double a) {
        if (a == 0.0) return 0.0;
        return LibmPow.pow(r.exponential(), 1. / a);
    }

    static double pareto(NumpyRandom r, double a) {
        return LibmExp.exp(standardExponential(r) / a) - 1;
    }

    static double power(NumpyRandom r, double a) {
        return LibmPow.pow(1 - LibmExp.exp(-standardExponential(r)), 1. / a);
    }

    static double f(BaseDraws r, double dfnum, double dfden) {
        return (chisquare(r, dfnum) * dfden) / (chisquare(r, dfden) * dfnum);
    }

    /**
     * A chi-square and a shifted normal's square above 1 degree of freedom, else a Poisson mixture.
     * A NaN nonc gives NaN: the Generator's (random_noncentral_chisquare) before drawing anything,
     * the legacy generator's (legacy_noncentral_chisquare) after its draws.
     */
    static double noncentralChisquare(BaseDraws r, double df, double nonc, boolean nanFirst) {
        if (nanFirst && Double.isNaN(nonc)) return Double.NaN;
        if (nonc == 0) return chisquare(r, df);
        if (1 < df) {
            double chi2 = chisquare(r, df - 1), n = r.normal() + Math.sqrt(nonc);
            return chi2 + n * n;
        }
        long i = LegacyDistributions.poisson(r, nonc / 2.0);
        double out = chisquare(r, df + 2 * i);
        return Double.isNaN(nonc) ? Double.NaN : out;
    }

    static double noncentralF(BaseDraws r, double dfnum, double dfden, double nonc, boolean nanFirst) {
        double t = noncentralChisquare(r, dfnum, nonc, nanFirst) * dfden;
        return t / (chisquare(r, dfden) * dfnum);
    }

    static double wald(BaseDraws r, double mean, double scale) {
        double mu2l = mean / (2 * scale), y = r.normal();
        y = mean * y * y;
        double x = mean + mu2l * (y - Math.sqrt(4 * scale * y + y * y));
        double u = r.nextDouble();
        return u <= mean / (mean + x) ? x : mean * mean / x;
    }

    /** random_logistic: a uniform of exactly 0 is drawn again. */
    static double logistic(UniformSource r, double loc, double scale) {
        while (true) {
            double u = r.nextDouble();
            if (u > 0.0) return loc + scale * LibmLog.log(u / (1.0 - u));
        }
    }

    /** random_gumbel: 1 - U of exactly 1 is drawn again. */
    static double gumbel(UniformSource r, double loc, double scale) {
        while (true) {
            double u = 1.0 - r.nextDouble();
            if (u < 1.0) return loc - scale * LibmLog.log(-LibmLog.log(u));
        }
    }

    /** legacy_rayleigh, with C's log1p. */
    static double rayleigh(NumpyRandom r, double mode) {
        return mode * Math.sqrt(-2.0 * LibmLog1p.log1p(-r.nextDouble()));
    }

    static double triangular(UniformSource r, double left, double mode, double right) {
        double base = right - left, leftBase = mode - left, ratio = leftBase / base;
        double leftProd = leftBase * base, rightProd = (right - mode) * base;
        double u = r.nextDouble();
        return u <= ratio ? left + Math.sqrt(u * leftProd) : right - Math.sqrt((1.0 - u) * rightProd);
    }
}
