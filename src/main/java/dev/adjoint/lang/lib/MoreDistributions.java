package dev.adjoint.lang.lib;

import static dev.adjoint.lang.lib.Constraint.NON_NEGATIVE_INTEGER;
import static dev.adjoint.lang.lib.Constraint.POSITIVE;
import static dev.adjoint.lang.lib.Constraint.REAL;
import static dev.adjoint.lang.lib.TorchDistributions.DISTRIBUTION;
import static dev.adjoint.lang.lib.TorchDistributions.broadcastAll;
import static dev.adjoint.lang.lib.TorchDistributions.check;
import static dev.adjoint.lang.lib.TorchDistributions.extendedShape;
import static dev.adjoint.lang.lib.TorchDistributions.init;
import static dev.adjoint.lang.lib.TorchDistributions.initParameters;
import static dev.adjoint.lang.lib.TorchDistributions.param;
import static dev.adjoint.lang.lib.TorchDistributions.property;
import static dev.adjoint.lang.lib.TorchDistributions.self;
import static dev.adjoint.lang.lib.TorchDistributions.t;
import static dev.adjoint.lang.lib.TorchDistributions.validating;
import static dev.adjoint.lang.lib.TorchDistributions.value;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.TorchSize;
import dev.adjoint.lang.lib.TorchDistributions.Parameter;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.scope.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * torch.distributions' Laplace, LogNormal (a Normal through exp: PyTorch's TransformedDistribution
 * with ExpTransform), Geometric and Binomial as PyTorch 1.13 writes them, their draws PyTorch's
 * (Laplace's and Geometric's from uniform_, LogNormal's the Normal's; Binomial's come from
 * torch.binomial's own sampler and are refused), log_prob, cdf, entropy and moments term for
 * term as PyTorch's, so grad_fn and gradients agree.
 */
final class MoreDistributions {
    private MoreDistributions() {}

    static final PyClass LAPLACE = PyClass.library("Laplace", "torch.distributions.laplace", DISTRIBUTION);
    static final PyClass TRANSFORMED = PyClass.library("TransformedDistribution", "torch.distributions.transformed_distribution", DISTRIBUTION);
    static final PyClass LOG_NORMAL = PyClass.library("LogNormal", "torch.distributions.log_normal", TRANSFORMED);
    static final PyClass GEOMETRIC = PyClass.library("Geometric", "torch.distributions.geometric", DISTRIBUTION);
    static final PyClass BINOMIAL = PyClass.library("Binomial", "torch.distributions.binomial", DISTRIBUTION);
    static final List<PyClass> CLASSES = List.of(LAPLACE, LOG_NORMAL, GEOMETRIC, BINOMIAL);

    static void define() {
        laplace();
        logNormal();
        geometric();
        binomial();
    }

    private static Tensor n(double v) {
        return Ops.scalar(v);
    }

    /** Uniform draws of the parameters' dtype (PyTorch's {@code param.new(shape).uniform_(from, to)}). */
    private static Tensor uniform(Args a, int[] shape, double from, double to) {
        return Tensor.constant(TorchGenerator.of(a).uniform(shape, from, to, Torch.drawsDoubles(a)));
    }

    /** torch.finfo(dtype).eps and .tiny of the parameters' dtype (float32 unless float64 was asked for). */
    private static double eps(Args a) {
        return Torch.drawsDoubles(a) ? Math.ulp(1.0) : Math.ulp(1.0f);
    }

    private static double tiny(Args a) {
        return Torch.drawsDoubles(a) ? Double.MIN_NORMAL : Float.MIN_NORMAL;
    }

    // ---- Laplace(loc, scale, validate_args=None) ----

    private static void laplace() {
        LAPLACE.define("has_rsample", true);
        LAPLACE.method("__init__", a -> initParameters(a, new Parameter("loc", REAL), new Parameter("scale", POSITIVE)));
        property(LAPLACE, "mean", i -> t(i, "loc"));
        property(LAPLACE, "mode", i -> t(i, "loc"));
        property(LAPLACE, "variance", i -> Ops.mul(n(2), Ops.pow(t(i, "scale"), 2)));
        property(LAPLACE, "stddev", i -> Ops.mul(n(Math.pow(2, 0.5)), t(i, "scale")));
        LAPLACE.method("rsample", a -> { // loc − scale·sign(u)·log1p(−|u|), u uniform in (eps − 1, 1)
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            Tensor u = uniform(a, extendedShape(a, d), eps(a) - 1, 1);
            return Ops.sub(t(d, "loc"), Ops.mul(Ops.mul(t(d, "scale"), Ops.sign(u)), Ops.log1p(Ops.neg(Ops.abs(u)))));
        });
        LAPLACE.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, REAL);
            Tensor loc = t(d, "loc"), scale = t(d, "scale");
            return Ops.sub(Ops.neg(Ops.log(Ops.mul(n(2), scale))), Ops.div(Ops.abs(Ops.sub(value, loc)), scale));
        });
        LAPLACE.method("cdf", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, REAL);
            Tensor diff = Ops.sub(value, t(d, "loc"));
            return Ops.rsub(n(0.5), Ops.mul(Ops.mul(n(0.5), Ops.sign(diff)), Ops.expm1(Ops.div(Ops.neg(Ops.abs(diff)), t(d, "scale")))));
        });
        LAPLACE.method("icdf", a -> {
            PyInstance d = self(a);
            Tensor term = Ops.sub(GammaFamily.tensorArgument(a), n(0.5));
            return Ops.sub(t(d, "loc"), Ops.mul(Ops.mul(t(d, "scale"), Ops.sign(term)), Ops.log1p(Ops.mul(n(-2), Ops.abs(term)))));
        });
        LAPLACE.method("entropy", a -> Ops.add(n(1), Ops.log(Ops.mul(n(2), t(self(a.expect(0, 0)), "scale")))));
    }

    // ---- LogNormal(loc, scale, validate_args=None): Normal(loc, scale) through exp ----

    private static void logNormal() {
        TRANSFORMED.method("__init__", a -> {
            throw new PyError("NotImplementedError", "adjoint's TransformedDistribution is LogNormal's only (torch.distributions.transforms is not offered)");
        });
        LOG_NORMAL.define("has_rsample", true);
        LOG_NORMAL.method("__init__", a -> {
            PyInstance d = self(a.expect(2, 3, "loc", "scale", "validate_args"));
            PyInstance normal = (PyInstance) a.interpreter().call(TorchDistributions.NORMAL,
                    Arrays.asList(a.option(0, "loc", null), a.option(1, "scale", null), a.option(2, "validate_args", null)));
            d.setOwn("base_dist", normal);
            init(a, d, TorchDistributions.batchShape(normal), 2);
            return null;
        });
        property(LOG_NORMAL, "loc", i -> param(base(i), "loc"));
        property(LOG_NORMAL, "scale", i -> param(base(i), "scale"));
        property(LOG_NORMAL, "mean", i -> Ops.exp(Ops.add(param(i, "loc"), Ops.div(Ops.pow(param(i, "scale"), 2), n(2)))));
        property(LOG_NORMAL, "mode", i -> Ops.exp(Ops.sub(param(i, "loc"), Ops.square(param(i, "scale")))));
        property(LOG_NORMAL, "variance", i -> {
            Tensor scale2 = Ops.pow(param(i, "scale"), 2);
            return Ops.mul(Ops.sub(Ops.exp(scale2), n(1)), Ops.exp(Ops.add(Ops.mul(n(2), param(i, "loc")), Ops.pow(param(i, "scale"), 2))));
        });
        LOG_NORMAL.method("rsample", a -> Ops.exp(callBase(a, "rsample")));
        LOG_NORMAL.method("sample", a -> {
            try (Scope ignored = GradMode.noGrad()) {
                return Ops.exp(callBase(a, "sample"));
            }
        });
        LOG_NORMAL.method("log_prob", a -> { // 0.0 − log|J| at x = log y, plus the Normal's log_prob of x
            PyInstance d = self(a);
            Tensor value = value(a, d, POSITIVE);
            Tensor x = Ops.log(value);
            Tensor normal = (Tensor) d.interpreter().call(TorchDistributions.NORMAL.lookup("log_prob"), new ArrayList<>(List.of(base(d), x)));
            return Ops.add(Ops.rsub(n(0.0), x), normal);
        });
        LOG_NORMAL.method("entropy", a -> {
            PyInstance d = self(a.expect(0, 0));
            return Ops.add(TorchDistributions.call(base(d), "entropy"), param(d, "loc"));
        });
    }

    static PyInstance base(PyInstance transformed) {
        return (PyInstance) transformed.own("base_dist");
    }

    private static Tensor callBase(Args a, String method) {
        PyInstance d = self(a.expect(0, 1, "sample_shape"));
        Object shape = a.option(0, "sample_shape", TorchSize.of(new int[0]));
        return (Tensor) d.interpreter().call(TorchDistributions.NORMAL.lookup(method), new ArrayList<>(List.of(base(d), shape)));
    }

    // ---- Geometric(probs=None, logits=None, validate_args=None): failures before the first success ----

    private static void geometric() {
        GEOMETRIC.method("__init__", a -> {
            PyInstance d = self(a.expect(0, 3, "probs", "logits", "validate_args"));
            Tensor p = TorchDistributions.binaryInit(a, 0);
            TorchDistributions.binaryCheck(d, p);
            if (validating(d) && d.own("probs") == p) { // PyTorch's check beyond the unit interval
                List<Double> bad = new ArrayList<>();
                for (double v : p.value().toArray()) if (!(v > 0)) bad.add(v);
                if (!bad.isEmpty()) {
                    double[] b = bad.stream().mapToDouble(Double::doubleValue).toArray();
                    throw PyError.value("Expected parameter probs (Tensor of shape " + TorchDistributions.shapeTuple(p.shape()) + ") of distribution "
                            + TorchDistributions.repr(d) + " to be positive but found invalid values:\n" + dev.adjoint.lang.Repr.str(Tensor.constant(NDArray.of(b, b.length))));
                }
            }
            return null;
        });
        TorchDistributions.binaryParameters(GEOMETRIC);
        property(GEOMETRIC, "mean", i -> Ops.sub(Ops.mul(Ops.reciprocal(param(i, "probs")), n(1.)), n(1.)));
        property(GEOMETRIC, "mode", i -> Tensor.constant(NDArray.zeros(param(i, "probs").shape())));
        property(GEOMETRIC, "variance", i -> {
            Tensor p = param(i, "probs");
            return Ops.div(Ops.sub(Ops.mul(Ops.reciprocal(p), n(1.)), n(1.)), p);
        });
        GEOMETRIC.method("sample", a -> { // floor(log u / log1p(−p)), u uniform in (tiny, 1)
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            try (Scope ignored = GradMode.noGrad()) {
                Tensor u = uniform(a, extendedShape(a, d), tiny(a), 1);
                return Ops.floor(Ops.div(Ops.log(u), Ops.log1p(Ops.neg(param(d, "probs")))));
            }
        });
        GEOMETRIC.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, NON_NEGATIVE_INTEGER);
            List<Tensor> both = broadcastAll(a, value, param(d, "probs"));
            Tensor x = both.get(0), probs = Ops.clone(both.get(1));
            double[] pv = probs.value().toArray(), xv = x.value().broadcastTo(probs.shape()).toArray();
            List<Integer> hits = new ArrayList<>();
            for (int k = 0; k < pv.length; k++) if (pv[k] == 1 && xv[k] == 0) hits.add(k);
            probs = Ops.indexPut(probs, hits.stream().mapToInt(Integer::intValue).toArray(), new int[] {hits.size()}, n(0));
            return Ops.add(Ops.mul(x, Ops.log1p(Ops.neg(probs))), Ops.log(param(d, "probs")));
        });
        GEOMETRIC.method("entropy", a -> {
            PyInstance d = self(a.expect(0, 0));
            Tensor probs = param(d, "probs");
            return Ops.div(Ops.binaryCrossEntropyWithLogits(param(d, "logits"), probs, null, null, "none"), probs);
        });
    }

    // ---- Binomial(total_count=1, probs=None, logits=None, validate_args=None) ----

    private static void binomial() {
        BINOMIAL.method("__init__", a -> { // total_count broadcast with probs (or logits), checked first
            PyInstance d = self(a.expect(0, 4, "total_count", "probs", "logits", "validate_args"));
            Object given = a.option(1, "probs", null) != null ? a.option(1, "probs", null) : a.option(2, "logits", null);
            Tensor n = broadcastAll(a, a.option(0, "total_count", 1L), given == null ? 0L : given).get(0);
            d.setOwn("total_count", n);
            Tensor p = TorchDistributions.binaryInit(a, 1);
            if (!java.util.Arrays.equals(p.shape(), n.shape())) {
                String name = d.own("probs") == p ? "probs" : "logits";
                d.setOwn(name, p = Ops.expand(p, n.shape()));
            }
            init(a, d, n.shape(), 3);
            if (validating(d)) check(d, "total_count", NON_NEGATIVE_INTEGER, n);
            TorchDistributions.binaryCheck(d, p);
            return null;
        });
        TorchDistributions.binaryParameters(BINOMIAL);
        property(BINOMIAL, "mean", i -> Ops.mul(t(i, "total_count"), param(i, "probs")));
        property(BINOMIAL, "mode", i -> {
            Tensor n = t(i, "total_count");
            return Ops.clampMaxTensor(Ops.floor(Ops.mul(Ops.add(n, n(1)), param(i, "probs"))), n);
        });
        property(BINOMIAL, "variance", i -> {
            Tensor p = param(i, "probs");
            return Ops.mul(Ops.mul(t(i, "total_count"), p), Ops.rsub(n(1), p));
        });
        BINOMIAL.method("sample", a -> GammaFamily.refuse(a));
        BINOMIAL.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor n = t(d, "total_count");
            String support = "IntegerInterval(lower_bound=0, upper_bound=" + TorchDistributions.formatParam(n) + ")";
            Tensor value = value(a, d, support, v -> v >= 0 && v == Math.rint(v));
            if (validating(d)) { // at most total_count, elementwise
                int[] shape = dev.adjoint.ndarray.Shapes.broadcast(value.shape(), n.shape());
                double[] x = value.value().broadcastTo(shape).toArray(), c = n.value().broadcastTo(shape).toArray();
                for (int k = 0; k < x.length; k++) if (x[k] > c[k]) throw TorchDistributions.invalidValue(d, value, support);
            }
            return binomialLogProb(d, value);
        });
        BINOMIAL.define("has_enumerate_support", true);
        BINOMIAL.method("enumerate_support", a -> { // 0..total_count (one count for the whole batch)
            int n = homogeneousCount(self(a), "enumerate_support");
            double[] values = new double[n + 1];
            for (int k = 0; k <= n; k++) values[k] = k;
            return TorchDistributions.enumerated(self(a), NDArray.of(values, n + 1), dev.adjoint.autograd.DType.FLOAT64, a);
        });
        BINOMIAL.method("entropy", a -> { // −Σ p·log p over the support 0..n (one n for the whole batch)
            PyInstance d = self(a.expect(0, 0));
            double max = homogeneousCount(d, "entropy");
            int[] batch = TorchDistributions.batchShape(d);
            int[] shape = new int[batch.length + 1];
            Arrays.fill(shape, 1);
            shape[0] = (int) max + 1;
            double[] values = new double[shape[0]];
            for (int k = 0; k < values.length; k++) values[k] = k;
            Tensor logProb = binomialLogProb(d, Tensor.constant(NDArray.of(values, shape)));
            return Ops.neg(Ops.sum(Ops.mul(Ops.exp(logProb), logProb), new int[] {0}, false));
        });
    }

    /** int(total_count.max()), refused where the counts differ (PyTorch's NotImplementedError naming the method). */
    private static int homogeneousCount(PyInstance d, String method) {
        double[] counts = t(d, "total_count").value().toArray();
        double max = Arrays.stream(counts).max().orElse(0), min = Arrays.stream(counts).min().orElse(0);
        if (min != (long) max) throw new PyError("NotImplementedError", "Inhomogeneous total count not supported by `" + method + "`.");
        return (int) max;
    }

    /** PyTorch's Binomial.log_prob: k·logit − log k! − log (n − k)! − (n·max(logit, 0) + n·log1p(e^−|logit|) − log n!). */
    private static Tensor binomialLogProb(PyInstance d, Tensor value) {
        Tensor n = t(d, "total_count"), logits = param(d, "logits");
        Tensor logFactorialN = Ops.lgamma(Ops.add(n, n(1)));
        Tensor logFactorialK = Ops.lgamma(Ops.add(value, n(1)));
        Tensor logFactorialNmk = Ops.lgamma(Ops.add(Ops.sub(n, value), n(1)));
        Tensor clampedByZero = Ops.div(Ops.sub(Ops.add(Ops.clamp(logits, 0., null), logits), Ops.clamp(logits, null, 0.)), n(2));
        Tensor normalize = Ops.sub(Ops.add(Ops.mul(n, clampedByZero), Ops.mul(n, Ops.log1p(Ops.exp(Ops.neg(Ops.abs(logits)))))), logFactorialN);
        return Ops.sub(Ops.sub(Ops.sub(Ops.mul(value, logits), logFactorialK), logFactorialNmk), normalize);
    }
}
