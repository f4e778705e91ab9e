package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.NumpyRandom;
import java.util.function.Function;

/**
 * The legacy generator's other distributions (numpy/random/src/distributions and legacy/), drawn as
 * NumPy 1.24's RandomState draws them, each from res53 uniforms (and glibc's log and exp, as
 * NumPy's C calls them): exponential and standard_exponential (-log(1 - U)), lognormal,
 * laplace, poisson (multiplication below 10, Hoermann's PTRS from 10), binomial (inversion while
 * n*min(p, 1-p) <= 30, else BTPE) and multinomial (a binomial per category). The parameters are
 * numbers (NumPy also broadcasts arrays of them).
 */
final class LegacyDistributions {
    private LegacyDistributions() {}

    static void add(PyModule m, Function<Args, NumpyRandom> source) {
        m.add(Builtin.of("standard_exponential", a -> {
            NumpyRandom r = source.apply(a.expect(0, 1, "size"));
            return NumpyRandomModule.sized(a, a.option(0, "size", null), () -> standardExponential(r), NpType.FLOAT64);
        }));
        m.add(Builtin.of("exponential", a -> {
            a.expect(0, 2, "scale", "size");
            double scale = number(a, 0, "scale", 1);
            if (scale < 0 || Double.isNaN(scale)) throw PyError.value("scale < 0");
            NumpyRandom r = source.apply(a);
            return NumpyRandomModule.sized(a, a.option(1, "size", null), () -> scale * standardExponential(r), NpType.FLOAT64);
        }));
        m.add(Builtin.of("lognormal", a -> {
            a.expect(0, 3, "mean", "sigma", "size");
            double mean = number(a, 0, "mean", 0), sigma = number(a, 1, "sigma", 1);
            if (sigma < 0 || Double.isNaN(sigma)) throw PyError.value("sigma < 0");
            NumpyRandom r = source.apply(a);
            return NumpyRandomModule.sized(a, a.option(2, "size", null), () -> LibmExp.exp(mean + sigma * r.nextGaussian()), NpType.FLOAT64);
        }));
        m.add(Builtin.of("laplace", a -> {
            a.expect(0, 3, "loc", "scale", "size");
            double loc = number(a, 0, "loc", 0), scale = number(a, 1, "scale", 1);
            if (scale < 0 || Double.isNaN(scale)) throw PyError.value("scale < 0");
            NumpyRandom r = source.apply(a);
            return NumpyRandomModule.sized(a, a.option(2, "size", null), () -> laplace(r, loc, scale), NpType.FLOAT64);
        }));
        m.add(Builtin.of("poisson", a -> {
            a.expect(0, 2, "lam", "size");
            double lam = number(a, 0, "lam", 1);
            if (lam < 0 || Double.isNaN(lam)) throw PyError.value("lam < 0 or lam is NaN");
            if (lam > 9.223372006484771e18) throw PyError.value("lam value too large");
            NumpyRandom r = source.apply(a);
            return NumpyRandomModule.sized(a, a.option(1, "size", null), () -> poisson(r, lam), NpType.INT64);
        }));
        m.add(Builtin.of("binomial", a -> {
            a.expect(2, 3, "n", "p", "size");
            long n = count(a, 0, "n");
            double p = number(a, 1, "p", 0);
            checkProbability(p); // NumPy checks p, then n
            if (n < 0) throw PyError.value("n < 0");
            NumpyRandom r = source.apply(a);
            return NumpyRandomModule.sized(a, a.option(2, "size", null), () -> binomial(r, p, n), NpType.INT64);
        }));
        m.add(Builtin.of("multinomial", a -> {
            a.expect(2, 3, "n", "pvals", "size");
            long n = count(a, 0, "n");
            NpArray pArray = Operand.required(a.option(1, "pvals", null), "multinomial");
            if (pArray.ndim() != 1) throw PyError.value("object too deep for desired array");
            double[] p = pArray.values().toArray();
            int d = p.length;
            double head = kahanSum(p, d - 1);
            for (double q : p) if (q < 0 || q > 1 || Double.isNaN(q)) throw PyError.value("pvals < 0, pvals > 1 or pvals contains NaNs");
            if (head > 1.0 + 1e-12) throw PyError.value("sum(pvals[:-1]) > 1.0");
            if (n < 0) throw PyError.value("n < 0");
            NumpyRandom r = source.apply(a);
            Object size = a.option(2, "size", null);
            int[] outer = size == null ? new int[0] : Numpy.shape(a, size);
            int rows = dev.adjoint.ndarray.Shapes.size(outer);
            double[] out = new double[rows * d];
            for (int row = 0; row < rows; row++) {
                long left = n;
                double remaining = 1.0;
                for (int j = 0; j < d - 1; j++) {
                    long k = binomial(r, p[j] / remaining, left);
                    out[row * d + j] = k;
                    left -= k;
                    if (left <= 0) break;
                    remaining -= p[j];
                }
                if (left > 0) out[row * d + d - 1] = left;
            }
            int[] shape = java.util.Arrays.copyOf(outer, outer.length + 1);
            shape[outer.length] = d;
            return NpArray.of(NDArray.of(out, shape), NpType.INT64);
        }));
    }

    private static double number(Args a, int index, String name, double absent) {
        Object v = a.option(index, name, null);
        if (v == null) return absent;
        NpArray x = Operand.of(v);
        if (x == null || x.ndim() > 0)
            throw PyError.type("adjoint's np.random." + a.function() + " takes a number for " + name + ", not " + Values.typeName(v) + " (NumPy also broadcasts arrays)");
        return x.values().item();
    }

    private static long count(Args a, int index, String name) {
        Object v = a.option(index, name, null);
        if (v == null) throw a.error("missing required argument '" + name + "'");
        return (long) number(a, index, name, 0); // a C long, as NumPy's <long>n
    }

    private static void checkProbability(double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) throw PyError.value("p < 0, p > 1 or p is NaN");
    }

    /** NumPy's kahan_sum of the first n entries (how it checks that probabilities sum to 1). */
    static double kahanSum(double[] p, int n) {
        if (n <= 0) return 0.0;
        double sum = p[0], c = 0;
        for (int i = 1; i < n; i++) {
            double y = p[i] - c, t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /** legacy_standard_exponential: -log(1 - U). */
    private static double standardExponential(NumpyRandom r) {
        return -LibmLog.log(1.0 - r.nextDouble());
    }

    /** random_laplace: a uniform of exactly 0 is drawn again. */
    private static double laplace(NumpyRandom r, double loc, double scale) {
        while (true) {
            double u = r.nextDouble();
            if (u >= 0.5) return loc - scale * LibmLog.log(2.0 - u - u);
            if (u > 0.0) return loc + scale * LibmLog.log(u + u);
        }
    }

    static long poisson(NumpyRandom r, double lam) {
        if (lam >= 10) return poissonPtrs(r, lam);
        if (lam == 0) return 0;
        double enlam = LibmExp.exp(-lam), prod = 1.0;
        long x = 0;
        while (true) {
            prod *= r.nextDouble();
            if (prod > enlam) x++;
            else return x;
        }
    }

    /** Hoermann's transformed rejection (random_poisson_ptrs). */
    private static long poissonPtrs(NumpyRandom r, double lam) {
        double slam = Math.sqrt(lam), loglam = LibmLog.log(lam);
        double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = r.nextDouble() - 0.5, v = r.nextDouble(), us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || us < 0.013 && v > us) continue;
            if (LibmLog.log(v) + LibmLog.log(invalpha) - LibmLog.log(a / (us * us) + b) <= -lam + k * loglam - logGamma(k + 1)) return k;
        }
    }

    /** random_loggam (SPECFUN's series, as NumPy computes it). */
    private static double logGamma(double x) {
        double[] c = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04, 8.417508417508418e-04,
            -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00};
        if (x == 1.0 || x == 2.0) return 0.0;
        long n = x <= 7.0 ? (long) (7 - x) : 0;
        double x0 = x + n, x2 = 1.0 / (x0 * x0), gl0 = c[9];
        for (int k = 8; k >= 0; k--) gl0 = gl0 * x2 + c[k];
        double gl = gl0 / x0 + 0.5 * LibmLog.log(2 * Math.PI) + (x0 - 0.5) * LibmLog.log(x0) - x0;
        for (long k = 1; k <= n; k++) {
            gl -= LibmLog.log(x0 - 1.0);
            x0 -= 1.0;
        }
        return gl;
    }

    /** random_binomial: inversion or BTPE on the smaller of p and 1 - p. */
    static long binomial(NumpyRandom r, double p, long n) {
        if (n == 0 || p == 0.0) return 0;
        if (p <= 0.5) return p * n <= 30.0 ? inversion(r, n, p) : btpe(r, n, p);
        double q = 1.0 - p;
        return n - (q * n <= 30.0 ? inversion(r, n, q) : btpe(r, n, q));
    }

    private static long inversion(NumpyRandom r, long n, double p) {
        double q = 1.0 - p, qn = LibmExp.exp(n * LibmLog.log(q)), np = n * p;
        long bound = (long) Math.min(n, np + 10.0 * Math.sqrt(np * q + 1));
        long x = 0;
        double px = qn, u = r.nextDouble();
        while (u > px) {
            x++;
            if (x > bound) {
                x = 0;
                px = qn;
                u = r.nextDouble();
            } else {
                u -= px;
                px = ((n - x + 1) * p * px) / (x * q);
            }
        }
        return x;
    }

    /** Kachitvichyanukul and Schmeiser's BTPE (random_binomial_btpe), its steps as NumPy's labels name them. */
    private static long btpe(NumpyRandom rng, long n, double p) {
        double r = Math.min(p, 1.0 - p), q = 1.0 - r, fm = n * r + r;
        long m = (long) Math.floor(fm);
        double p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
        double xm = m + 0.5, xl = xm - p1, xr = xm + p1, c = 0.134 + 20.5 / (15.3 + m);
        double a0 = (fm - xl) / (fm - xl * r), laml = a0 * (1.0 + a0 / 2.0);
        double a1 = (xr - fm) / (xr * q), lamr = a1 * (1.0 + a1 / 2.0);
        double p2 = p1 * (1.0 + 2.0 * c), p3 = p2 + c / laml, p4 = p3 + c / lamr;
        while (true) { // Step10
            double nrq = n * r * q, u = rng.nextDouble() * p4, v = rng.nextDouble();
            long y;
            if (u <= p1) {
                y = (long) Math.floor(xm - p1 * v + u);
                return p > 0.5 ? n - y : y; // Step60
            }
            if (u <= p2) { // Step20
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
                if (v > 1.0) continue;
                y = (long) Math.floor(x);
            } else if (u <= p3) { // Step30
                y = (long) Math.floor(xl + LibmLog.log(v) / laml);
                if (y < 0 || v == 0.0) continue;
                v = v * (u - p2) * laml;
            } else { // Step40
                y = (long) Math.floor(xr - LibmLog.log(v) / lamr);
                if (y > n || v == 0.0) continue;
                v = v * (u - p3) * lamr;
            }
            long k = Math.abs(y - m); // Step50
            if (!(k > 20 && k < nrq / 2.0 - 1)) {
                double s = r / q, a = s * (n + 1), f = 1.0;
                if (m < y) for (long i = m + 1; i <= y; i++) f *= a / i - s;
                else if (m > y) for (long i = y + 1; i <= m; i++) f /= a / i - s;
                if (v > f) continue;
                return p > 0.5 ? n - y : y;
            }
            double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5); // Step52
            double t = -k * k / (2 * nrq), bigA = LibmLog.log(v);
            if (bigA < t - rho) return p > 0.5 ? n - y : y;
            if (bigA > t + rho) continue;
            double x1 = y + 1, f1 = m + 1, z = n + 1 - m, w = n - y + 1;
            double x2 = x1 * x1, f2 = f1 * f1, z2 = z * z, w2 = w * w;
            double bound = xm * LibmLog.log(f1 / x1) + (n - m + 0.5) * LibmLog.log(z / w) + (y - m) * LibmLog.log(w * r / (x1 * q))
                    + stirling(f1, f2) + stirling(z, z2) + stirling(x1, x2) + stirling(w, w2);
            if (bigA > bound) continue;
            return p > 0.5 ? n - y : y;
        }
    }

    /** BTPE's Stirling correction term of v (v2 = v * v). */
    private static double stirling(double v, double v2) {
        return (13680. - (462. - (132. - (99. - 140. / v2) / v2) / v2) / v2) / v / 166320.;
    }
}
