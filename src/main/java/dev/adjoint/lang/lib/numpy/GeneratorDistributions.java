package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.Values;
import dev.adjoint.lang.lib.numpy.LegacyParameters.Check;
import dev.adjoint.lang.lib.numpy.LegacyParameters.Param;
import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmExpm1;
import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.LibmLog1p;
import dev.adjoint.ndarray.LibmPow;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.random.NumpyZiggurat;
import dev.adjoint.random.Pcg64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.adjoint.lang.lib.numpy.LegacyParameters.drawing;

/**
 * The Generator's distributions (numpy/random/_generator.pyx over distributions.c, NumPy 1.24):
 * poisson, binomial, multinomial, geometric, laplace, logistic, gumbel, triangular and beta share
 * their algorithms with the legacy generator's ({@link LegacyDistributions}, {@link
 * LegacyContinuous}) and differ in the uniforms (PCG64's); normal, exponential, lognormal, gamma
 * and what builds on them (chisquare, standard_t, f, wald, weibull, dirichlet, ...) use the
 * ziggurat's draws ({@link NumpyZiggurat}, {@link BaseDraws#generator}). What is not here yet is
 * refused by name ({@link #missing}) rather than given with other numbers.
 */
final class GeneratorDistributions {
    private GeneratorDistributions() {}

    /** The Generator's method adjoint does not draw: vonmises ends in glibc's acos, whose last bits adjoint does not reproduce yet. */
    static final List<String> MISSING = List.of("vonmises");

    static PyError missing(String name) {
        return new PyError("NotImplementedError", "adjoint's Generator has no " + name + "() yet (it ends in glibc's acos, which adjoint"
                + " does not reproduce to the last bit)");
    }

    static void add(Map<String, Builtin.Fn> methods, Function<Args, Pcg64> source) {
        Check none = Check.NONE, nonNegative = Check.NON_NEGATIVE, positive = Check.POSITIVE;
        NpType real = NpType.FLOAT64, integer = NpType.INT64;
        Param loc = Param.optional("loc", 0, none), scale = Param.optional("scale", 1, nonNegative);
        methods.put("poisson", drawing("poisson", source, integer, null, (r, p) -> LegacyDistributions.poisson(r, p[0]),
                Param.optional("lam", 1, Check.POISSON)));
        methods.put("binomial", drawing("binomial", source, integer, LegacyDistributions::checkBinomial,
                (r, p) -> LegacyDistributions.binomial(r, p[1], (long) p[0]), Param.required("n", none), Param.required("p", none)));
        methods.put("geometric", drawing("geometric", source, integer, null, (r, p) -> geometric(r, p[0]), Param.required("p", Check.OPEN_PROBABILITY)));
        methods.put("laplace", drawing("laplace", source, real, null, (r, p) -> LegacyContinuous.laplace(r, p[0], p[1]), loc, scale));
        methods.put("logistic", drawing("logistic", source, real, null, (r, p) -> LegacyContinuous.logistic(r, p[0], p[1]), loc, scale));
        methods.put("gumbel", drawing("gumbel", source, real, null, (r, p) -> LegacyContinuous.gumbel(r, p[0], p[1]), loc, scale));
        methods.put("triangular", drawing("triangular", source, real, LegacyDistributions::checkTriangle,
                (r, p) -> LegacyContinuous.triangular(r, p[0], p[1], p[2]),
                Param.required("left", none), Param.required("mode", none), Param.required("right", none)));
        methods.put("beta", drawing("beta", source, real, null, (r, p) -> beta(BaseDraws.generator(r), p[0], p[1]),
                Param.required("a", positive), Param.required("b", positive)));
        methods.put("multinomial", a -> multinomial(a, source.apply(a)));
        methods.put("normal", drawing("normal", source, real, null, (r, p) -> p[0] + p[1] * NumpyZiggurat.standardNormal(r), loc, scale));
        methods.put("lognormal", drawing("lognormal", source, real, null, (r, p) -> LibmExp.exp(p[0] + p[1] * NumpyZiggurat.standardNormal(r)),
                Param.optional("mean", 0, none), Param.optional("sigma", 1, nonNegative)));
        methods.put("exponential", drawing("exponential", source, real, null, (r, p) -> p[0] * NumpyZiggurat.standardExponential(r), scale));
        Param shape = Param.required("shape", nonNegative);
        methods.put("standard_gamma", drawing("standard_gamma", source, real, null, (r, p) -> standardGamma(r, p[0]), shape));
        methods.put("gamma", drawing("gamma", source, real, null, (r, p) -> p[1] * standardGamma(r, p[0]), shape, scale));
        Param df = Param.required("df", positive), dfnum = Param.required("dfnum", positive), dfden = Param.required("dfden", positive);
        Param nonc = Param.required("nonc", nonNegative);
        methods.put("chisquare", drawing("chisquare", source, real, null, (r, p) -> LegacyContinuous.chisquare(BaseDraws.generator(r), p[0]), df));
        methods.put("standard_t", drawing("standard_t", source, real, null, (r, p) -> LegacyContinuous.standardT(BaseDraws.generator(r), p[0]), df));
        methods.put("standard_cauchy", drawing("standard_cauchy", source, real, null,
                (r, p) -> NumpyZiggurat.standardNormal(r) / NumpyZiggurat.standardNormal(r)));
        methods.put("f", drawing("f", source, real, null, (r, p) -> LegacyContinuous.f(BaseDraws.generator(r), p[0], p[1]), dfnum, dfden));
        methods.put("noncentral_chisquare", drawing("noncentral_chisquare", source, real, null,
                (r, p) -> LegacyContinuous.noncentralChisquare(BaseDraws.generator(r), p[0], p[1], true), df, nonc));
        methods.put("noncentral_f", drawing("noncentral_f", source, real, null,
                (r, p) -> LegacyContinuous.noncentralF(BaseDraws.generator(r), p[0], p[1], p[2], true), dfnum, dfden, nonc));
        methods.put("rayleigh", drawing("rayleigh", source, real, null, (r, p) -> p[0] * Math.sqrt(2.0 * NumpyZiggurat.standardExponential(r)), scale));
        methods.put("weibull", drawing("weibull", source, real, null, (r, p) -> LegacyContinuous.weibull(BaseDraws.generator(r), p[0]),
                Param.required("a", nonNegative)));
        methods.put("wald", drawing("wald", source, real, null, (r, p) -> LegacyContinuous.wald(BaseDraws.generator(r), p[0], p[1]),
                Param.required("mean", positive), Param.required("scale", positive)));
        methods.put("negative_binomial", drawing("negative_binomial", source, integer, GeneratorDistributions::checkNegativeBinomial,
                (r, p) -> LegacyDistributions.poisson(r, (1 - p[1]) / p[1] * standardGamma(r, p[0])),
                Param.required("n", Check.POSITIVE_NOT_NAN), Param.required("p", Check.OPEN_PROBABILITY)));
        Param exponent = Param.required("a", positive);
        methods.put("pareto", drawing("pareto", source, real, null, (r, p) -> LibmExpm1.expm1(NumpyZiggurat.standardExponential(r) / p[0]), exponent));
        methods.put("power", drawing("power", source, real, null,
                (r, p) -> LibmPow.pow(-LibmExpm1.expm1(-NumpyZiggurat.standardExponential(r)), 1. / p[0]), exponent));
        methods.put("logseries", drawing("logseries", source, integer, null, (r, p) -> logseries(r, p[0]), Param.required("p", Check.BELOW_1_PROBABILITY)));
        methods.put("zipf", drawing("zipf", source, integer, null, (r, p) -> zipf(r, p[0]), Param.required("a", Check.GREATER_THAN_1)));
        methods.put("hypergeometric", drawing("hypergeometric", source, integer, Hypergeometric::check,
                (r, p) -> Hypergeometric.draw(r, (long) p[0], (long) p[1], (long) p[2]),
                Param.required("ngood", none), Param.required("nbad", none), Param.required("nsample", none)));
        methods.put("dirichlet", a -> LegacyMultivariate.dirichlet(a.expect(1, 2, "alpha", "size"), args -> BaseDraws.generator(source.apply(args)), true));
        methods.put("multivariate_normal", a -> {
            a.expect(2, 5, "mean", "cov", "size", "check_valid", "tol", "method");
            Object method = Values.plain(a.option(-1, "method", "svd"));
            if (!List.of("svd", "eigh", "cholesky").contains(method)) throw PyError.value("method must be one of {'eigh', 'svd', 'cholesky'}");
            Pcg64 r = source.apply(a);
            return LegacyMultivariate.multivariateNormal(a, dims -> standardNormals(r, dims), (String) method);
        });
    }

    private static NDArray standardNormals(Pcg64 r, int[] shape) {
        double[] v = new double[Shapes.size(shape)];
        for (int i = 0; i < v.length; i++) v[i] = NumpyZiggurat.standardNormal(r);
        return NDArray.of(v, shape);
    }

    /** NumPy's check that no Poisson draw of negative_binomial gets a lam too large (POISSON_LAM_MAX). */
    private static void checkNegativeBinomial(NpArray[] v, boolean array) {
        double[] n = v[0].values().broadcastTo(LegacyParameters.broadcast(List.of(v[0].shape(), v[1].shape()))).compact().toArray();
        double[] p = v[1].values().broadcastTo(LegacyParameters.broadcast(List.of(v[0].shape(), v[1].shape()))).compact().toArray();
        for (int i = 0; i < n.length; i++)
            if ((1 - p[i]) / p[i] * (n[i] + 10 * Math.sqrt(n[i])) > 9.2233720064847708e18)
                throw PyError.value("n too large or p too small, see Generator.negative_binomial Notes");
    }

    /** random_logseries: Kemp's second accelerated generator (LK), a draw of 0 or below taken again. */
    private static double logseries(Pcg64 r, double p) {
        double logq = LibmLog1p.log1p(-p);
        while (true) {
            double v = r.nextDouble();
            if (v >= p) return 1;
            double u = r.nextDouble(), q = -LibmExpm1.expm1(logq * u);
            if (v <= q * q) {
                double result = Math.floor(1 + LibmLog.log(v) / LibmLog.log(q));
                if (result < 1 || v == 0.0) continue;
                return (long) result;
            }
            return v >= q ? 1 : 2;
        }
    }

    /** random_zipf: rejection from a power law; draws beyond the int64 range are rejected too. */
    private static double zipf(Pcg64 r, double a) {
        double am1 = a - 1.0, b = LibmPow.pow(2.0, am1);
        while (true) {
            double u = 1.0 - r.nextDouble(), v = r.nextDouble();
            double x = Math.floor(LibmPow.pow(u, -1.0 / am1));
            if (x > 9.223372036854775807e18 || x < 1.0) continue;
            double t = LibmPow.pow(1.0 + 1.0 / x, am1);
            if (v * x * (t - 1.0) / (b - 1.0) <= t / b) return x;
        }
    }

    /** random_standard_gamma: the legacy generator's algorithm over the ziggurat's normal and exponential draws. */
    static double standardGamma(Pcg64 r, double shape) {
        return LegacyContinuous.standardGamma(r, () -> NumpyZiggurat.standardNormal(r), () -> NumpyZiggurat.standardExponential(r), shape);
    }

    /** random_geometric: the search from p = 1/3; below, an exponential draw inverted. */
    private static long geometric(Pcg64 r, double p) {
        if (p >= LegacyDistributions.GEOMETRIC_SEARCH) return LegacyDistributions.geometricSearch(r, p);
        double z = Math.ceil(-NumpyZiggurat.standardExponential(r) / LibmLog1p.log1p(-p)); // random_geometric_inversion
        return z >= 9.223372036854776e18 ? Long.MAX_VALUE : (long) z;
    }

    /** random_beta: Johnk's algorithm when both parameters are at most 1 (a sum of 0 is drawn again); else a ratio of gammas. */
    static double beta(BaseDraws r, double a, double b) {
        if (a > 1.0 || b > 1.0) {
            double ga = r.standardGamma(a), gb = r.standardGamma(b);
            return ga / (ga + gb);
        }
        while (true) {
            double u = r.nextDouble(), v = r.nextDouble();
            double x = LibmPow.pow(u, 1.0 / a), y = LibmPow.pow(v, 1.0 / b), sum = x + y;
            if (sum <= 1.0 && sum > 0.0) return x / sum;
        }
    }

    /**
     * Generator.multinomial(n, pvals, size=None): pvals' last axis holds the categories; an array n
     * or pvals of several rows gives a row of counts for each element of their broadcast shape.
     */
    private static Object multinomial(Args a, Pcg64 r) {
        a.expect(2, 3, "n", "pvals", "size");
        NpArray n = LegacyParameters.parameter(a.option(0, "n", null));
        NpArray pvals = LegacyParameters.parameter(a.option(1, "pvals", null));
        Object size = a.option(2, "size", null);
        int[] pShape = pvals.shape();
        int d = pShape.length == 0 ? 0 : pShape[pShape.length - 1];
        if (d == 0) throw PyError.value("pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.");
        double[] p = pvals.values().compact().toArray();
        LegacyParameters.Check.PROBABILITY.check("pvals", p, true);
        for (int offset = 0; offset < p.length; offset += d) {
            if (LegacyDistributions.kahanSum(java.util.Arrays.copyOfRange(p, offset, offset + d), d - 1) > 1.0 + 1e-12) {
                String slice = pShape.length == 1 ? "[:-1]" : "[...,:-1]";
                boolean narrowFloat = pvals.type == NpType.FLOAT32 && java.util.Arrays.stream(p).sum() < 1.0001;
                throw PyError.value(narrowFloat ? "sum(pvals" + slice + ".astype(np.float64)) > 1.0. The pvals array is cast to 64-bit floating point prior"
                        + " to checking the sum. Precision changes when casting may cause problems even if the sum of the original pvals is valid."
                        : "sum(pvals" + slice + ") > 1.0");
            }
        }
        double[] counts = n.values().toArray();
        if (n.ndim() == 0 && pShape.length == 1) {
            int[] outer = size == null ? new int[0] : Numpy.shape(a, size);
            long trials = (long) counts[0];
            if (trials < 0) throw PyError.value("n < 0");
            int rows = Shapes.size(outer);
            double[] out = new double[rows * d];
            for (int row = 0; row < rows; row++) LegacyDistributions.multinomial(r, trials, p, out, row * d);
            return NpArray.of(NDArray.of(out, withLast(outer, d)), NpType.INT64);
        }
        for (double c : counts) if ((long) c < 0) throw PyError.value("n < 0");
        int[] rowsShape = java.util.Arrays.copyOf(pShape, pShape.length - 1);
        List<int[]> shapes = new ArrayList<>(List.of(n.shape(), rowsShape));
        int[] shape = LegacyParameters.broadcast(shapes);
        if (size != null) {
            int[] wanted = Numpy.shape(a, size);
            shapes.add(wanted);
            int[] joint = LegacyParameters.broadcast(shapes);
            if (!java.util.Arrays.equals(joint, wanted))
                throw PyError.value("Output size " + ArrayText.shapeRepr(wanted) + " is not compatible with broadcast dimensions of inputs "
                        + ArrayText.shapeRepr(joint) + ".");
            shape = joint;
        }
        double[] trials = n.values().broadcastTo(shape).compact().toArray();
        double[] rowStart = NDArray.arange(0, p.length, d).reshape(rowsShape).broadcastTo(shape).compact().toArray();
        double[] out = new double[trials.length * d];
        for (int i = 0; i < trials.length; i++) {
            int start = (int) rowStart[i];
            LegacyDistributions.multinomial(r, (long) trials[i], java.util.Arrays.copyOfRange(p, start, start + d), out, i * d);
        }
        return NpArray.of(NDArray.of(out, withLast(shape, d)), NpType.INT64);
    }

    private static int[] withLast(int[] shape, int last) {
        int[] s = java.util.Arrays.copyOf(shape, shape.length + 1);
        s[shape.length] = last;
        return s;
    }
}
