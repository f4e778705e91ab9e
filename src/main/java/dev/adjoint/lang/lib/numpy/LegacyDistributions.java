package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.NumpyRandom;
import dev.adjoint.random.UniformSource;
import dev.adjoint.lang.lib.numpy.LegacyParameters.Check;
import dev.adjoint.lang.lib.numpy.LegacyParameters.Param;
import java.util.function.Function;

import static dev.adjoint.lang.lib.numpy.LegacyParameters.distribution;

/**
 * The legacy generator's distributions beyond uniform numbers (numpy/random/mtrand.pyx), drawn as
 * NumPy 1.24's RandomState draws them: the continuous ones by {@link LegacyContinuous}, the
 * discrete ones here (poisson: multiplication below 10, Hoermann's PTRS from 10; binomial:
 * inversion while n*min(p, 1-p) <= 30, else BTPE; geometric: search from p = 1/3, else inversion;
 * negative_binomial: a Poisson of a gamma; multinomial: a binomial per category). Their parameters
 * are numbers or arrays, broadcast and checked as NumPy does ({@link LegacyParameters}).
 */
final class LegacyDistributions {
    private LegacyDistributions() {}

    static void add(PyModule m, Function<Args, NumpyRandom> source) {
        Check none = Check.NONE, nonNegative = Check.NON_NEGATIVE, positive = Check.POSITIVE;
        Param loc = Param.optional("loc", 0, none), scale = Param.optional("scale", 1, nonNegative);
        m.add(distribution("uniform", source, FLOAT, LegacyDistributions::checkRange, (r, p) -> p[0] + (p[1] - p[0]) * r.nextDouble(),
                Param.optional("low", 0, none), Param.optional("high", 1, none)));
        m.add(distribution("normal", source, FLOAT, null, (r, p) -> p[0] + p[1] * r.nextGaussian(), loc, scale));
        m.add(distribution("standard_normal", source, FLOAT, null, (r, p) -> r.nextGaussian()));
        m.add(distribution("standard_exponential", source, FLOAT, null, (r, p) -> LegacyContinuous.standardExponential(r)));
        m.add(distribution("exponential", source, FLOAT, null, (r, p) -> p[0] * LegacyContinuous.standardExponential(r), scale));
        m.add(distribution("lognormal", source, FLOAT, null, (r, p) -> LibmExp.exp(p[0] + p[1] * r.nextGaussian()),
                Param.optional("mean", 0, none), Param.optional("sigma", 1, nonNegative)));
        m.add(distribution("laplace", source, FLOAT, null, (r, p) -> LegacyContinuous.laplace(r, p[0], p[1]), loc, scale));
        m.add(distribution("logistic", source, FLOAT, null, (r, p) -> LegacyContinuous.logistic(r, p[0], p[1]), loc, scale));
        m.add(distribution("gumbel", source, FLOAT, null, (r, p) -> LegacyContinuous.gumbel(r, p[0], p[1]), loc, scale));
        m.add(distribution("rayleigh", source, FLOAT, null, (r, p) -> LegacyContinuous.rayleigh(r, p[0]), scale));
        Param alpha = Param.required("a", positive);
        m.add(distribution("beta", source, FLOAT, null, (r, p) -> LegacyContinuous.beta(r, p[0], p[1]), alpha, Param.required("b", positive)));
        Param gammaShape = Param.required("shape", nonNegative);
        m.add(distribution("standard_gamma", source, FLOAT, null, (r, p) -> LegacyContinuous.standardGamma(r, p[0]), gammaShape));
        m.add(distribution("gamma", source, FLOAT, null, (r, p) -> p[1] * LegacyContinuous.standardGamma(r, p[0]), gammaShape, scale));
        Param df = Param.required("df", positive);
        m.add(distribution("chisquare", source, FLOAT, null, (r, p) -> LegacyContinuous.chisquare(BaseDraws.legacy(r), p[0]), df));
        m.add(distribution("standard_t", source, FLOAT, null, (r, p) -> LegacyContinuous.standardT(BaseDraws.legacy(r), p[0]), df));
        Param nonc = Param.required("nonc", nonNegative);
        m.add(distribution("noncentral_chisquare", source, FLOAT, null, (r, p) -> LegacyContinuous.noncentralChisquare(BaseDraws.legacy(r), p[0], p[1], false), df, nonc));
        Param dfnum = Param.required("dfnum", positive), dfden = Param.required("dfden", positive);
        m.add(distribution("f", source, FLOAT, null, (r, p) -> LegacyContinuous.f(BaseDraws.legacy(r), p[0], p[1]), dfnum, dfden));
        m.add(distribution("noncentral_f", source, FLOAT, null, (r, p) -> LegacyContinuous.noncentralF(BaseDraws.legacy(r), p[0], p[1], p[2], false), dfnum, dfden, nonc));
        m.add(distribution("weibull", source, FLOAT, null, (r, p) -> LegacyContinuous.weibull(BaseDraws.legacy(r), p[0]), Param.required("a", nonNegative)));
        m.add(distribution("pareto", source, FLOAT, null, (r, p) -> LegacyContinuous.pareto(r, p[0]), alpha));
        m.add(distribution("power", source, FLOAT, null, (r, p) -> LegacyContinuous.power(r, p[0]), alpha));
        m.add(distribution("standard_cauchy", source, FLOAT, null, (r, p) -> r.nextGaussian() / r.nextGaussian()));
        m.add(distribution("wald", source, FLOAT, null, (r, p) -> LegacyContinuous.wald(BaseDraws.legacy(r), p[0], p[1]),
                Param.required("mean", positive), Param.required("scale", positive)));
        m.add(distribution("triangular", source, FLOAT, LegacyDistributions::checkTriangle, (r, p) -> LegacyContinuous.triangular(r, p[0], p[1], p[2]),
                Param.required("left", none), Param.required("mode", none), Param.required("right", none)));
        m.add(distribution("poisson", source, INT, null, (r, p) -> poisson(r, p[0]), Param.optional("lam", 1, Check.POISSON)));
        m.add(distribution("binomial", source, INT, LegacyDistributions::checkBinomial, (r, p) -> binomial(r, p[1], (long) p[0]),
                Param.required("n", none), Param.required("p", none)));
        m.add(distribution("negative_binomial", source, INT, null, (r, p) -> poisson(r, (1 - p[1]) / p[1] * LegacyContinuous.standardGamma(r, p[0])),
                Param.required("n", positive), Param.required("p", Check.PROBABILITY)));
        m.add(distribution("geometric", source, INT, null, (r, p) -> geometric(r, p[0]), Param.required("p", Check.OPEN_PROBABILITY)));
        m.add(Builtin.of("multinomial", a -> {
            a.expect(2, 3, "n", "pvals", "size");
            long n = (long) LegacyParameters.parameter(a.option(0, "n", null)).values().item(); // a C long, as NumPy's <long>n
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
            for (int row = 0; row < rows; row++) multinomial(r, n, p, out, row * d);
            int[] shape = java.util.Arrays.copyOf(outer, outer.length + 1);
            shape[outer.length] = d;
            return NpArray.of(NDArray.of(out, shape), NpType.INT64);
        }));
    }

    /** random_multinomial: n trials into out[offset ...] (zeros), a binomial per category but the last, which takes what is left. */
    static void multinomial(UniformSource r, long n, double[] p, double[] out, int offset) {
        int d = p.length;
        long left = n;
        double remaining = 1.0;
        for (int j = 0; j < d - 1; j++) {
            long k = binomial(r, p[j] / remaining, left);
            out[offset + j] = k;
            left -= k;
            if (left <= 0) break;
            remaining -= p[j];
        }
        if (left > 0) out[offset + d - 1] = left;
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

    private static final NpType FLOAT = NpType.FLOAT64, INT = NpType.INT64;

    /** uniform's range, high - low, must be finite (NumPy subtracts the arrays first, so their shapes must broadcast). */
    private static void checkRange(NpArray[] v, boolean array) {
        double[] low, high;
        if (array) {
            int[] shape;
            try {
                shape = dev.adjoint.ndarray.Shapes.broadcast(v[1].shape(), v[0].shape());
            } catch (dev.adjoint.ndarray.ShapeException e) {
                throw PyError.value("operands could not be broadcast together with shapes " + Elementwise.shapeText(v[1].shape()) + " "
                        + Elementwise.shapeText(v[0].shape()) + " ");
            }
            low = v[0].values().broadcastTo(shape).compact().toArray();
            high = v[1].values().broadcastTo(shape).compact().toArray();
        } else {
            low = v[0].values().toArray();
            high = v[1].values().toArray();
        }
        for (int i = 0; i < low.length; i++) if (!Double.isFinite(high[i] - low[i])) throw PyError.overflow("Range exceeds valid bounds");
    }

    /** triangular's left <= mode <= right, left < right, checked in NumPy's order. */
    static void checkTriangle(NpArray[] v, boolean array) {
        double[][] c = broadcastValues(v);
        for (double[] t : c) if (t[0] > t[1]) throw PyError.value("left > mode");
        for (double[] t : c) if (t[1] > t[2]) throw PyError.value("mode > right");
        for (double[] t : c) if (t[0] == t[2]) throw PyError.value("left == right");
    }

    /** binomial checks p, then n (as a C long). */
    static void checkBinomial(NpArray[] v, boolean array) {
        Check.PROBABILITY.check("p", v[1].values().toArray(), array);
        for (double n : v[0].values().toArray()) if ((long) n < 0) throw PyError.value("n < 0");
    }

    /** The parameters' values side by side, for checks that compare them (an element at a time in the broadcast shape). */
    private static double[][] broadcastValues(NpArray[] v) {
        java.util.List<int[]> shapes = new java.util.ArrayList<>();
        for (NpArray x : v) shapes.add(x.shape());
        int[] shape = LegacyParameters.broadcast(shapes);
        double[][] columns = new double[v.length][];
        for (int i = 0; i < v.length; i++) columns[i] = v[i].values().broadcastTo(shape).compact().toArray();
        double[][] rows = new double[dev.adjoint.ndarray.Shapes.size(shape)][v.length];
        for (int k = 0; k < rows.length; k++) for (int i = 0; i < v.length; i++) rows[k][i] = columns[i][k];
        return rows;
    }

    /** legacy_random_geometric: a search from p = 1/3, else inversion with C's log1p. */
    private static long geometric(NumpyRandom r, double p) {
        if (p >= GEOMETRIC_SEARCH) return geometricSearch(r, p);
        return (long) Math.ceil(dev.adjoint.ndarray.LibmLog1p.log1p(-r.nextDouble()) / LibmLog.log(1 - p));
    }

    /** From this p on, both generators' geometric searches the running sum of probabilities. */
    static final double GEOMETRIC_SEARCH = 0.333333333333333333333333;

    /** random_geometric_search: the first x whose cumulative probability reaches one uniform. */
    static long geometricSearch(UniformSource r, double p) {
        double u = r.nextDouble(), prod = p, sum = p, q = 1.0 - p;
        long x = 1;
        while (u > sum) {
            prod *= q;
            sum += prod;
            x++;
        }
        return x;
    }

    static long poisson(UniformSource r, double lam) {
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
    private static long poissonPtrs(UniformSource r, double lam) {
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
    static long binomial(UniformSource r, double p, long n) {
        if (n == 0 || p == 0.0) return 0;
        if (p <= 0.5) return p * n <= 30.0 ? inversion(r, n, p) : btpe(r, n, p);
        double q = 1.0 - p;
        return n - (q * n <= 30.0 ? inversion(r, n, q) : btpe(r, n, q));
    }

    private static long inversion(UniformSource r, long n, double p) {
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
    private static long btpe(UniformSource rng, long n, double p) {
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
