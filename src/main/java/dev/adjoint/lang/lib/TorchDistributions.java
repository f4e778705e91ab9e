package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.BuiltinMethod;
import dev.adjoint.lang.Descriptors;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TorchSize;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.random.TorchMultinomial;
import dev.adjoint.scope.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code torch.distributions}: Normal, Bernoulli, Categorical and Uniform as PyTorch 1.13 writes
 * them, so a REINFORCE or VAE tutorial prints PyTorch's numbers. Parameters are broadcast
 * together (numbers become 0-d tensors); {@code sample(sample_shape)} draws without a graph and
 * {@code rsample} reparametrised (Normal: loc + ε·scale, Uniform: low + u·(high − low)), so
 * gradients reach the parameters; the draws are PyTorch's under {@code torch.manual_seed}
 * (normal_, rand, bernoulli, multinomial). Arguments are validated as PyTorch validates them
 * by default (its ValueError naming the constraint). Bernoulli's and Categorical's other
 * parametrisation (logits from probs, or probs from logits) is made at its first use and kept,
 * and the repr names what is there, as PyTorch's lazy properties do.
 */
public final class TorchDistributions {
    private TorchDistributions() {}

    static final PyClass DISTRIBUTION = PyClass.library("Distribution", "torch.distributions.distribution", null);
    static final PyClass EXPONENTIAL_FAMILY = PyClass.library("ExponentialFamily", "torch.distributions.exp_family", DISTRIBUTION);
    static final PyClass NORMAL = PyClass.library("Normal", "torch.distributions.normal", EXPONENTIAL_FAMILY);
    static final PyClass BERNOULLI = PyClass.library("Bernoulli", "torch.distributions.bernoulli", EXPONENTIAL_FAMILY);
    static final PyClass CATEGORICAL = PyClass.library("Categorical", "torch.distributions.categorical", DISTRIBUTION);
    static final PyClass UNIFORM = PyClass.library("Uniform", "torch.distributions.uniform", DISTRIBUTION);
    static final PyClass MULTINOMIAL = PyClass.library("Multinomial", "torch.distributions.multinomial", DISTRIBUTION);

    /** log(sqrt(2π)) and the constant part of the normal entropy, as PyTorch computes them in Python's floats. */
    private static final double LOG_SQRT_2PI = Math.log(Math.sqrt(2 * Math.PI)), HALF_LOG_2PI = 0.5 + 0.5 * Math.log(2 * Math.PI);

    static PyModule module() {
        PyModule m = new PyModule("torch.distributions");
        for (PyClass c : List.of(DISTRIBUTION, EXPONENTIAL_FAMILY, NORMAL, BERNOULLI, CATEGORICAL, UNIFORM, MULTINOMIAL)) m.add(c.name(), c);
        for (PyClass c : GammaFamily.CLASSES) m.add(c.name(), c);
        for (PyClass c : WrappedDistributions.CLASSES) m.add(c.name(), c);
        for (PyClass c : MoreDistributions.CLASSES) m.add(c.name(), c);
        m.add(MoreDistributions.TRANSFORMED.name(), MoreDistributions.TRANSFORMED);
        m.add(MultivariateNormalDistribution.CLASS.name(), MultivariateNormalDistribution.CLASS);
        m.add(KlDivergence.FUNCTION);
        return m;
    }

    /** torch.distributions.kl, the module kl_divergence is defined in. */
    static PyModule klModule() {
        PyModule m = new PyModule("torch.distributions.kl");
        m.add(KlDivergence.FUNCTION);
        return m;
    }

    static {
        property(DISTRIBUTION, "batch_shape", i -> i.own("_batch_shape"));
        property(DISTRIBUTION, "event_shape", i -> TorchSize.of(new int[0]));
        property(DISTRIBUTION, "stddev", i -> Ops.sqrt(tensorOf(get(i, "variance")))); // variance.sqrt(), as PyTorch's base class
        DISTRIBUTION.define("has_rsample", false);
        DISTRIBUTION.method("__repr__", a -> repr(self(a)));
        for (String name : List.of("rsample", "log_prob", "cdf", "icdf", "entropy", "enumerate_support"))
            DISTRIBUTION.method(name, a -> { // what a subclass does not define: PyTorch's base class raises a bare NotImplementedError
                throw new PyError("NotImplementedError", "");
            });
        for (String name : List.of("mean", "variance")) property(DISTRIBUTION, name, i -> {
            throw new PyError("NotImplementedError", "");
        });
        property(DISTRIBUTION, "mode", i -> {
            throw new PyError("NotImplementedError", "<class '" + i.pyClass().module() + "." + i.pyClass().name() + "'> does not implement mode");
        });
        DISTRIBUTION.define("has_enumerate_support", false);
        DISTRIBUTION.method("expand", a -> expand(self(a.expect(1, 2, "batch_shape", "_instance")), sampleShape(a.option(0, "batch_shape", null))));
        DISTRIBUTION.method("perplexity", a -> Ops.exp(call(self(a.expect(0, 0)), "entropy")));
        DISTRIBUTION.method("sample_n", a -> {
            PyInstance d = self(a.expect(1, 1, "n"));
            a.interpreter().warnInLibrary("UserWarning", "sample_n will be deprecated. Use .sample((n,)) instead", "torch.distributions.distribution", 167);
            return a.interpreter().call(d.pyClass().lookup("sample"), List.of(d, Values.tuple(a.option(0, "n", null))));
        });
        DISTRIBUTION.method("sample", a -> { // sample(sample_shape=torch.Size()): rsample without a graph
            try (Scope ignored = GradMode.noGrad()) {
                return a.interpreter().call(self(a).pyClass().lookup("rsample"), List.of(self(a), a.option(0, "sample_shape", TorchSize.of(new int[0]))));
            }
        });
        normal();
        bernoulli();
        categorical();
        uniform();
        multinomial();
        GammaFamily.define();
        WrappedDistributions.define();
        MoreDistributions.define();
        MultivariateNormalDistribution.define();
        DistributionSupports.define();
    }

    // ---- Normal(loc, scale, validate_args=None) ----

    private static void normal() {
        NORMAL.define("has_rsample", true);
        NORMAL.method("__init__", a -> initParameters(a, new Parameter("loc", Constraint.REAL), new Parameter("scale", Constraint.POSITIVE)));
        property(NORMAL, "mean", i -> i.own("loc"));
        property(NORMAL, "mode", i -> i.own("loc"));
        property(NORMAL, "stddev", i -> i.own("scale"));
        property(NORMAL, "variance", i -> Ops.pow(t(i, "scale"), 2));
        NORMAL.method("sample", a -> { // torch.normal(loc.expand(shape), scale.expand(shape)) without a graph: normal_(0, 1)·scale + loc
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            int[] shape = extendedShape(a, d);
            NDArray eps = TorchGenerator.of(a).normal(shape, 0, 1, Torch.drawsDoubles(a));
            return Tensor.constant(eps.mul(t(d, "scale").value().broadcastTo(shape)).add(t(d, "loc").value().broadcastTo(shape)));
        });
        NORMAL.method("rsample", a -> {
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            int[] shape = extendedShape(a, d);
            Tensor eps = Tensor.constant(TorchGenerator.of(a).normal(shape, 0, 1, Torch.drawsDoubles(a)));
            return Ops.add(t(d, "loc"), Ops.mul(eps, t(d, "scale")));
        });
        NORMAL.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, Constraint.REAL);
            Tensor loc = t(d, "loc"), scale = t(d, "scale");
            Tensor var = Ops.pow(scale, 2), logScale = Ops.log(scale);
            Tensor quadratic = Ops.div(Ops.neg(Ops.pow(Ops.sub(value, loc), 2)), Ops.mul(Ops.scalar(2), var));
            return Ops.sub(Ops.sub(quadratic, logScale), Ops.scalar(LOG_SQRT_2PI));
        });
        NORMAL.method("entropy", a -> Ops.add(Ops.scalar(HALF_LOG_2PI), Ops.log(t(self(a.expect(0, 0)), "scale"))));
        NORMAL.method("cdf", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, Constraint.REAL);
            Tensor z = Ops.div(Ops.mul(Ops.sub(value, t(d, "loc")), Ops.reciprocal(t(d, "scale"))), Ops.scalar(Math.sqrt(2)));
            return Ops.mul(Ops.scalar(0.5), Ops.add(Ops.scalar(1), Ops.erf(z)));
        });
    }

    // ---- Bernoulli(probs=None, logits=None, validate_args=None) ----

    private static void bernoulli() {
        BERNOULLI.method("__init__", a -> {
            binaryCheck(self(a.expect(0, 3, "probs", "logits", "validate_args")), binaryInit(a, 0));
            return null;
        });
        binaryParameters(BERNOULLI);
        property(BERNOULLI, "mean", i -> get(i, "probs"));
        property(BERNOULLI, "mode", i -> Tensor.constant(tensorOf(get(i, "probs")).value().map(p -> p == 0.5 ? Double.NaN : p >= 0.5 ? 1 : 0)));
        BERNOULLI.define("has_enumerate_support", true);
        BERNOULLI.method("enumerate_support", a -> enumerated(self(a), NDArray.of(new double[] {0, 1}, 2), DType.FLOAT64, a));
        property(BERNOULLI, "variance", i -> {
            Tensor p = tensorOf(get(i, "probs"));
            return Ops.mul(p, Ops.sub(Ops.scalar(1), p));
        });
        BERNOULLI.method("sample", a -> { // torch.bernoulli(probs.expand(shape)): a uniform per element below its p
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            int[] shape = extendedShape(a, d);
            NDArray p = tensorOf(get(d, "probs")).value().broadcastTo(shape);
            return Tensor.constant(TorchGenerator.of(a).bernoulli(p, Torch.drawsDoubles(a)));
        });
        BERNOULLI.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, "Boolean()", v -> v == 0 || v == 1);
            Tensor logits = tensorOf(get(d, "logits"));
            List<Tensor> both = broadcastAll(a, logits, value);
            return Ops.neg(Ops.binaryCrossEntropyWithLogits(both.get(0), both.get(1), null, null, "none"));
        });
        BERNOULLI.method("entropy", a -> {
            PyInstance d = self(a.expect(0, 0));
            return Ops.binaryCrossEntropyWithLogits(tensorOf(get(d, "logits")), tensorOf(get(d, "probs")), null, null, "none");
        });
    }

    /**
     * The __init__ of a distribution of one success probability, given as probs or logits from
     * argument {@code at} on (Bernoulli's, Geometric's, Binomial's): the parameter broadcast and
     * batch_shape; returns the parameter given, for {@link #binaryCheck}.
     */
    static Tensor binaryInit(Args a, int at) {
        PyInstance d = self(a);
        Object probs = a.option(at, "probs", null), logits = a.option(at + 1, "logits", null);
        if ((probs == null) == (logits == null)) throw PyError.value("Either `probs` or `logits` must be specified, but not both.");
        boolean isProbs = probs != null;
        Tensor p = broadcastAll(a, isProbs ? probs : logits).get(0);
        d.setOwn(isProbs ? "probs" : "logits", p);
        init(a, d, PyNumbers.isNumber(Values.plain(isProbs ? probs : logits)) ? new int[0] : p.shape(), at + 2);
        return p;
    }

    /** PyTorch's checks of the probs (the unit interval) or logits given, when validating. */
    static void binaryCheck(PyInstance d, Tensor p) {
        if (!validating(d)) return;
        if (d.own("probs") == p) check(d, "probs", Constraint.UNIT_INTERVAL, p);
        else check(d, "logits", Constraint.REAL, p);
    }

    /** probs and logits made from each other at first use: sigmoid, and log(p) − log1p(−p) of p clamped to [eps, 1 − eps]. */
    static void binaryParameters(PyClass c) {
        lazy(c, "probs", i -> Ops.sigmoid(t(i, "logits")));
        lazy(c, "logits", i -> {
            Tensor p = clampProbs(t(i, "probs"));
            return Ops.sub(Ops.log(p), Ops.log1p(Ops.neg(p)));
        });
    }

    // ---- Categorical(probs=None, logits=None, validate_args=None) ----

    private static void categorical() {
        CATEGORICAL.method("__init__", a -> {
            PyInstance d = self(a.expect(0, 3, "probs", "logits", "validate_args"));
            Object probs = a.option(0, "probs", null), logits = a.option(1, "logits", null);
            if ((probs == null) == (logits == null)) throw PyError.value("Either `probs` or `logits` must be specified, but not both.");
            boolean isProbs = probs != null;
            Tensor p = TorchArgs.tensor(a, isProbs ? probs : logits);
            if (p.ndim() < 1) throw PyError.value("`" + (isProbs ? "probs" : "logits") + "` parameter must be at least one-dimensional.");
            int last = p.ndim() - 1;
            p = isProbs ? Ops.div(p, Ops.sum(p, new int[] {last}, true)) : Ops.sub(p, Ops.logsumexp(p, new int[] {last}, true));
            d.setOwn(isProbs ? "probs" : "logits", p);
            init(a, d, java.util.Arrays.copyOf(p.shape(), last), 2);
            if (validating(d)) {
                if (isProbs) checkSimplex(d, p);
                else check(d, "logits", Constraint.REAL.independent(), p);
            }
            return null;
        });
        lazy(CATEGORICAL, "probs", i -> Ops.softmax(t(i, "logits"), t(i, "logits").ndim() - 1));
        lazy(CATEGORICAL, "logits", i -> Ops.log(clampProbs(t(i, "probs"))));
        property(CATEGORICAL, "mean", i -> nans(i));
        property(CATEGORICAL, "mode", i -> Ops.argmax(tensorOf(get(i, "probs")), -1, false, false));
        CATEGORICAL.define("has_enumerate_support", true);
        CATEGORICAL.method("enumerate_support", a -> {
            Tensor p = tensorOf(get(self(a), "probs"));
            return enumerated(self(a), NDArray.arange(0, p.shape()[p.ndim() - 1], 1), DType.INT64, a);
        });
        property(CATEGORICAL, "variance", i -> nans(i));
        CATEGORICAL.method("sample", a -> { // multinomial(probs as rows, n, replacement=True).T, shaped sample_shape + batch_shape
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            int[] shape = extendedShape(a, d);
            Tensor probs = tensorOf(get(d, "probs"));
            int events = probs.shape()[probs.ndim() - 1], rows = probs.value().size() / Math.max(events, 1);
            int n = Shapes.size(shape) / Math.max(Shapes.size(batchShape(d)), 1);
            long[] picked;
            try {
                picked = TorchMultinomial.sample(TorchGenerator.of(a), probs.value().toArray(), rows, events, n, true, Torch.drawsDoubles(a));
            } catch (TorchMultinomial.InvalidDistribution e) {
                throw new PyError("RuntimeError", e.getMessage());
            }
            double[] v = new double[picked.length]; // row r's draw k goes to sample k of batch entry r (the transpose)
            for (int r = 0; r < rows; r++) for (int k = 0; k < n; k++) v[k * rows + r] = picked[r * n + k];
            return Tensor.constant(NDArray.of(v, shape), DType.INT64);
        });
        CATEGORICAL.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor given = d.own("probs") instanceof Tensor p ? p : t(d, "logits"); // logits are made after the value is checked, as PyTorch's
            int events = given.shape()[given.ndim() - 1];
            Tensor value = value(a, d, "IntegerInterval(lower_bound=0, upper_bound=" + (events - 1) + ")", v -> v == Math.rint(v) && v >= 0 && v < events);
            Tensor logits = tensorOf(get(d, "logits"));
            Tensor index = Ops.unsqueeze(value.to(DType.INT64), value.ndim());
            int[] shape = Shapes.broadcast(index.shape(), logits.shape());
            int[] indexShape = shape.clone();
            indexShape[shape.length - 1] = 1;
            Tensor pmf = Ops.expand(logits, shape);
            return Ops.squeeze(Ops.gather(pmf, shape.length - 1, Ops.expand(index, indexShape)), shape.length - 1);
        });
        CATEGORICAL.method("entropy", a -> {
            PyInstance d = self(a.expect(0, 0));
            Tensor logits = Ops.clamp(tensorOf(get(d, "logits")), -Double.MAX_VALUE, null);
            Tensor pLogP = Ops.mul(logits, tensorOf(get(d, "probs")));
            return Ops.neg(Ops.sum(pLogP, new int[] {logits.ndim() - 1}, false));
        });
    }

    // ---- Multinomial(total_count=1, probs=None, logits=None, validate_args=None) ----

    /**
     * d2l's coin tosses: a Categorical of the same probs or logits draws total_count times per
     * sample (PyTorch's stream) and the draws are counted into each sample's event vector.
     */
    private static void multinomial() {
        MULTINOMIAL.method("__init__", a -> {
            PyInstance d = self(a.expect(0, 4, "total_count", "probs", "logits", "validate_args"));
            Object n = Values.plain(a.option(0, "total_count", 1L));
            if (!PyNumbers.isInt(n) || n instanceof Boolean) throw new PyError("NotImplementedError", "inhomogeneous total_count is not supported");
            d.setOwn("total_count", n);
            PyInstance categorical = (PyInstance) a.interpreter().call(CATEGORICAL,
                    java.util.Arrays.asList(a.option(1, "probs", null), a.option(2, "logits", null), a.option(3, "validate_args", null)));
            d.setOwn("_categorical", categorical);
            init(a, d, batchShape(categorical), 3);
            Tensor p = tensorOf(get(categorical, d.own("probs") != null || categorical.own("probs") != null ? "probs" : "logits"));
            d.setOwn("_event_shape", TorchSize.of(new int[] {p.shape()[p.ndim() - 1]}));
            return null;
        });
        property(MULTINOMIAL, "event_shape", i -> i.own("_event_shape"));
        property(MULTINOMIAL, "probs", i -> get(categorical(i), "probs"));
        property(MULTINOMIAL, "logits", i -> get(categorical(i), "logits"));
        property(MULTINOMIAL, "mean", i -> Ops.mul(tensorOf(get(i, "probs")), Ops.scalar(totalCount(i))));
        property(MULTINOMIAL, "variance", i -> {
            Tensor p = tensorOf(get(i, "probs"));
            return Ops.mul(Ops.mul(Ops.scalar(totalCount(i)), p), Ops.sub(Ops.scalar(1), p));
        });
        MULTINOMIAL.method("sample", a -> {
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            int[] sample = sampleShape(a.option(0, "sample_shape", null));
            int n = (int) totalCount(d);
            int[] drawsShape = new int[sample.length + 1];
            drawsShape[0] = n;
            System.arraycopy(sample, 0, drawsShape, 1, sample.length);
            PyInstance categorical = categorical(d);
            Tensor draws = tensorOf(a.interpreter().call(CATEGORICAL.lookup("sample"), List.of(categorical, TorchSize.of(drawsShape))));
            int events = Values.toInt(((TorchSize) d.own("_event_shape")).get(0), "size");
            int[] batch = batchShape(d), shape = java.util.Arrays.copyOf(sample, sample.length + batch.length + 1);
            System.arraycopy(batch, 0, shape, sample.length, batch.length);
            shape[shape.length - 1] = events;
            double[] v = draws.value().toArray(), counts = new double[Shapes.size(shape)];
            int each = n == 0 ? 0 : v.length / n; // draws of one toss: (sample, batch) flattened
            for (int c = 0; c < n; c++) for (int j = 0; j < each; j++) counts[j * events + (int) v[c * each + j]] += 1;
            return Tensor.constant(NDArray.of(counts, shape));
        });
        MULTINOMIAL.method("log_prob", a -> {
            PyInstance d = self(a);
            double n = totalCount(d);
            Tensor value = value(a, d, "Multinomial()", v -> true);
            if (validating(d)) { // constraints.multinomial: no count below 0, at most total_count in all
                double[] x = value.value().toArray();
                int events = value.ndim() == 0 ? 1 : value.shape()[value.ndim() - 1];
                for (int r = 0; r < x.length; r += events) {
                    double sum = 0;
                    boolean nonNegative = true;
                    for (int k = r; k < r + events; k++) {
                        sum += x[k];
                        nonNegative &= x[k] >= 0;
                    }
                    if (!nonNegative || !(sum <= n)) throw invalidValue(d, value, "Multinomial()");
                }
            }
            Tensor logits = tensorOf(get(d, "logits"));
            int[] shape = Shapes.broadcast(logits.shape(), value.shape()); // broadcast_all(logits, value)
            if (!java.util.Arrays.equals(value.shape(), shape)) value = Ops.expand(value, shape);
            if (!java.util.Arrays.equals(logits.shape(), shape)) logits = Ops.expand(logits, shape);
            int last = shape.length - 1;
            Tensor logFactorialN = Ops.lgamma(Ops.add(Ops.sum(value, new int[] {last}, false), Ops.scalar(1)));
            Tensor logFactorialXs = Ops.sum(Ops.lgamma(Ops.add(value, Ops.scalar(1))), new int[] {last}, false);
            // 0 · log 0 is 0 here: where a count is 0 and the logit −inf the logit counts as 0
            NDArray zeroed = logits.value().zip(value.value(), (li, xi) -> xi == 0 && li == Double.NEGATIVE_INFINITY ? 1 : 0);
            Tensor safeLogits = Ops.where(Tensor.constant(zeroed), Tensor.constant(NDArray.zeros(shape)), logits);
            Tensor logPowers = Ops.sum(Ops.mul(safeLogits, value), new int[] {last}, false);
            return Ops.add(Ops.sub(logFactorialN, logFactorialXs), logPowers);
        });
    }

    private static PyInstance categorical(PyInstance multinomial) {
        return (PyInstance) multinomial.own("_categorical");
    }

    private static double totalCount(PyInstance d) {
        return PyNumbers.approx(d.own("total_count"));
    }

    // ---- Uniform(low, high, validate_args=None) ----

    private static void uniform() {
        UNIFORM.define("has_rsample", true);
        UNIFORM.method("__init__", a -> {
            PyInstance d = self(a.expect(2, 3, "low", "high", "validate_args"));
            List<Tensor> p = broadcastAll(a, a.option(0, "low", null), a.option(1, "high", null));
            d.setOwn("low", p.get(0));
            d.setOwn("high", p.get(1));
            init(a, d, p.get(0).shape(), 2);
            if (validating(d)) {
                double[] lo = p.get(0).value().toArray(), hi = p.get(1).value().toArray();
                for (int k = 0; k < lo.length; k++) if (!(lo[k] < hi[k])) throw PyError.value("Uniform is not defined when low>= high");
            }
            return null;
        });
        property(UNIFORM, "mean", i -> Ops.div(Ops.add(t(i, "high"), t(i, "low")), Ops.scalar(2)));
        property(UNIFORM, "mode", i -> nans(i));
        property(UNIFORM, "stddev", i -> Ops.div(Ops.sub(t(i, "high"), t(i, "low")), Ops.scalar(Math.pow(12, 0.5))));
        property(UNIFORM, "variance", i -> Ops.div(Ops.pow(Ops.sub(t(i, "high"), t(i, "low")), 2), Ops.scalar(12)));
        UNIFORM.method("rsample", a -> { // low + rand(shape) · (high − low)
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            int[] shape = extendedShape(a, d);
            Tensor u = Tensor.constant(TorchGenerator.of(a).uniform(shape, 0, 1, Torch.drawsDoubles(a)));
            return Ops.add(t(d, "low"), Ops.mul(u, Ops.sub(t(d, "high"), t(d, "low"))));
        });
        UNIFORM.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, interval(d), null);
            Tensor low = t(d, "low"), high = t(d, "high");
            Tensor inside = Ops.mul(Ops.le(low, value).to(DType.FLOAT64), Ops.gt(high, value).to(DType.FLOAT64));
            return Ops.sub(Ops.log(inside), Ops.log(Ops.sub(high, low)));
        });
        UNIFORM.method("cdf", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, interval(d), null);
            Tensor result = Ops.div(Ops.sub(value, t(d, "low")), Ops.sub(t(d, "high"), t(d, "low")));
            return Ops.clamp(result, 0.0, 1.0);
        });
        UNIFORM.method("entropy", a -> {
            PyInstance d = self(a.expect(0, 0));
            return Ops.log(Ops.sub(t(d, "high"), t(d, "low")));
        });
    }

    /** Uniform's support, as its messages name it: Interval(lower_bound=0.0, upper_bound=2.0) (0-d bounds; else their repr). */
    private static String interval(PyInstance d) {
        return "Interval(lower_bound=" + formatParam(t(d, "low")) + ", upper_bound=" + formatParam(t(d, "high")) + ")";
    }

    // ---- what every distribution shares ----

    static PyInstance self(Args a) {
        return (PyInstance) a.self();
    }

    static Tensor t(PyInstance d, String name) {
        return (Tensor) d.own(name);
    }

    /** A property of the distribution's class (its parameters made on first use, mean, variance), as d.name reads it. */
    static Object get(PyInstance d, String name) {
        Object p = d.pyClass().lookup(name);
        if (p instanceof Descriptors.Property property) return d.interpreter().call(property.getter(), List.of(d));
        return d.own(name);
    }

    /** A parameter or property as a tensor: d.probs, d.mean, ... */
    static Tensor param(PyInstance d, String name) {
        return tensorOf(get(d, name));
    }

    /** A method of the distribution called without arguments (d.entropy()), as Python dispatches it. */
    static Tensor call(PyInstance d, String method) {
        return tensorOf(d.interpreter().call(d.pyClass().lookup(method), List.of(d)));
    }

    private static Tensor tensorOf(Object v) {
        return (Tensor) v;
    }

    /** A parameter of a distribution's __init__ and the constraint it is checked against when validating. */
    record Parameter(String name, Constraint constraint) {}

    /**
     * __init__(p₁, ..., validate_args=None) of a distribution whose parameters are broadcast
     * together (numbers as 0-d tensors): each kept under its name, batch_shape their shape, then,
     * when validating, each checked against its constraint in order.
     */
    static Object initParameters(Args a, Parameter... parameters) {
        int n = parameters.length;
        String[] names = new String[n + 1];
        Object[] given = new Object[n];
        for (int i = 0; i < n; i++) names[i] = parameters[i].name();
        names[n] = "validate_args";
        PyInstance d = self(a.expect(n, n + 1, names));
        for (int i = 0; i < n; i++) given[i] = a.option(i, names[i], null);
        List<Tensor> p = broadcastAll(a, given);
        for (int i = 0; i < n; i++) d.setOwn(names[i], p.get(i));
        init(a, d, p.get(0).shape(), n);
        if (validating(d)) for (int i = 0; i < n; i++) check(d, names[i], parameters[i].constraint(), p.get(i));
        return null;
    }

    /** batch_shape and validate_args (None: PyTorch's default, True); {@code index} is validate_args' position. */
    static void init(Args a, PyInstance d, int[] batchShape, int index) {
        d.setOwn("_batch_shape", TorchSize.of(batchShape));
        d.setOwn("_event_shape", TorchSize.of(new int[0]));
        Object v = a.option(index, "validate_args", null);
        d.setOwn("_validate_args", v == null || Values.truthy(v));
    }

    static boolean validating(PyInstance d) {
        return Values.truthy(d.own("_validate_args"));
    }

    static int[] batchShape(PyInstance d) {
        return sizes(d.own("_batch_shape"));
    }

    /** A torch.Size as ints. */
    static int[] sizes(Object size) {
        List<Object> dims = Values.items(size);
        int[] out = new int[dims.size()];
        for (int i = 0; i < out.length; i++) out[i] = Values.toInt(dims.get(i), "size");
        return out;
    }

    /** sample_shape + batch_shape (+ the empty event shape). */
    static int[] extendedShape(Args a, PyInstance d) {
        int[] sample = sampleShape(a.option(0, "sample_shape", null));
        int[] batch = batchShape(d), out = java.util.Arrays.copyOf(sample, sample.length + batch.length);
        System.arraycopy(batch, 0, out, sample.length, batch.length);
        checkDimensions(out);
        return out;
    }

    /** torch.Size(sample_shape): an iterable of ints (an int alone is "not iterable"). */
    static int[] sampleShape(Object given) {
        if (given == null) return new int[0];
        List<Object> items = Values.items(given);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = Values.plain(items.get(i));
            if (!PyNumbers.isInt(v)) throw PyError.type("torch.Size() takes an iterable of 'int' (item " + i + " is '" + Values.typeName(items.get(i)) + "')");
            out[i] = Values.toInt(v, "sample_shape");
        }
        return out;
    }

    /** The shape of the draws to make: PyTorch's error for a negative size. */
    static void checkDimensions(int[] shape) {
        for (int n : shape)
            if (n < 0) throw new PyError("RuntimeError", "Trying to create tensor with negative dimension " + n + ": " + java.util.Arrays.toString(shape));
    }

    /**
     * enumerate_support(expand=True): the support's values (along the first axis; a one-hot row
     * each for OneHotCategorical) viewed as (n,) + (1,)*len(batch_shape) + event, or expanded to
     * (n,) + batch_shape + event.
     */
    static Tensor enumerated(PyInstance d, NDArray values, DType dtype, Args a) {
        boolean expand = a.expect(0, 1, "expand").bool(0, "expand", true);
        int[] batch = batchShape(d), v = values.shape(), shape = new int[v.length + batch.length];
        shape[0] = v[0];
        for (int i = 0; i < batch.length; i++) shape[1 + i] = expand ? batch[i] : 1;
        System.arraycopy(v, 1, shape, 1 + batch.length, v.length - 1);
        int[] view = shape.clone();
        for (int i = 0; i < batch.length; i++) view[1 + i] = 1;
        Tensor t = Tensor.constant(values.reshape(view), dtype);
        return expand ? Ops.expand(t, shape) : t;
    }

    /**
     * expand(batch_shape): a new distribution of this class (no __init__, no checks) whose
     * parameters are expanded views to batch_shape + their event dimensions, a wrapped
     * distribution expanded with it (Independent's to batch_shape + its reinterpreted dimensions).
     */
    static PyInstance expand(PyInstance d, int[] batch) {
        int[] old = batchShape(d);
        PyInstance out = PyInstance.blank(d.pyClass(), d.interpreter());
        for (java.util.Map.Entry<String, Object> e : d.attributes().entrySet()) {
            Object v = e.getValue();
            if (v instanceof Tensor t && PARAMETERS.contains(e.getKey())) {
                int[] shape = java.util.stream.IntStream.concat(java.util.Arrays.stream(batch), java.util.Arrays.stream(t.shape()).skip(old.length)).toArray();
                v = Ops.expand(t, shape);
            } else if (v instanceof PyInstance inner && inner.pyClass().isSubclassOf(DISTRIBUTION)) {
                int[] innerBatch = batch;
                if (d.own("reinterpreted_batch_ndims") instanceof Long n) { // Independent: batch_shape + event_shape[:n]
                    int[] event = sizes(d.own("_event_shape"));
                    innerBatch = java.util.stream.IntStream.concat(java.util.Arrays.stream(batch), java.util.Arrays.stream(event).limit(n)).toArray();
                }
                v = expand(inner, innerBatch);
            }
            out.setOwn(e.getKey(), v);
        }
        out.setOwn("_batch_shape", TorchSize.of(batch));
        return out;
    }

    /** The tensors a distribution is made of, by PyTorch's names (the order its repr shows them in). */
    private static final List<String> PARAMETERS = List.of("total_count", "loc", "scale", "probs", "logits", "low", "high", "concentration", "rate",
            "covariance_matrix", "precision_matrix", "scale_tril");

    /** torch.distributions.utils.broadcast_all: numbers as 0-d tensors (of a tensor argument's type), tensors expanded to one shape. */
    static List<Tensor> broadcastAll(Args a, Object... values) {
        List<Tensor> out = new ArrayList<>();
        int[] shape = new int[0];
        for (Object v : values) {
            Object p = Values.plain(v);
            Tensor t = p instanceof Tensor tensor ? tensor : PyNumbers.isNumber(p) && !(p instanceof Boolean) ? Tensor.constant(PyNumbers.approx(p)) : null;
            if (t == null) throw PyError.value("Input arguments must all be instances of numbers.Number, torch.Tensor or objects implementing __torch_function__.");
            Ops.checkBroadcast(shape, t.shape());
            shape = Shapes.broadcast(shape, t.shape());
            out.add(t);
        }
        for (int i = 0; i < out.size(); i++) if (!java.util.Arrays.equals(out.get(i).shape(), shape)) out.set(i, Ops.expand(out.get(i), shape));
        return out;
    }

    /** PyTorch's clamp_probs: p within [eps, 1 − eps] of float64. */
    static Tensor clampProbs(Tensor p) {
        double eps = Math.ulp(1.0);
        return Ops.clamp(p, eps, 1 - eps);
    }

    static Tensor nans(PyInstance d) {
        return Tensor.constant(NDArray.full(Double.NaN, batchShape(d)));
    }

    /** log_prob's argument: a tensor, within the support when validating. */
    static Tensor value(Args a, PyInstance d, Constraint support) {
        return value(a, d, support.name(), support.ok());
    }

    /** log_prob's argument: a tensor, within the support (named so in messages, tested by {@code ok}) when validating. */
    static Tensor value(Args a, PyInstance d, String support, java.util.function.DoublePredicate ok) {
        Object v = a.expect(1, 1, "value").option(0, "value", null);
        if (!(Values.plain(v) instanceof Tensor value)) throw PyError.value("The value argument to log_prob must be a Tensor");
        if (!validating(d)) return value;
        int[] batch = batchShape(d), event = Values.plain(d.own("_event_shape")) instanceof TorchSize e ? a.ints(e, "event_shape") : new int[0];
        int[] valueShape = value.shape(), rightmost = java.util.Arrays.copyOfRange(valueShape, Math.max(valueShape.length - event.length, 0), valueShape.length);
        if (!java.util.Arrays.equals(rightmost, event))
            throw PyError.value("The right-most size of value must match event_shape: " + TorchSize.of(valueShape) + " vs " + TorchSize.of(event) + ".");
        batch = java.util.stream.IntStream.concat(java.util.Arrays.stream(batch), java.util.Arrays.stream(event)).toArray(); // batch_shape + event_shape
        if (!broadcastable(value.shape(), batch))
            throw PyError.value("Value is not broadcastable with batch_shape+event_shape: " + TorchSize.of(value.shape()) + " vs " + TorchSize.of(batch) + ".");
        java.util.function.DoublePredicate inside = ok;
        if (inside == null) { // Uniform: low <= value < high, elementwise after broadcasting
            NDArray lo = t(d, "low").value(), hi = t(d, "high").value();
            int[] shape = Shapes.broadcast(value.shape(), lo.shape());
            double[] x = value.value().broadcastTo(shape).toArray(), l = lo.broadcastTo(shape).toArray(), h = hi.broadcastTo(shape).toArray();
            boolean all = true;
            for (int k = 0; k < x.length; k++) all &= l[k] <= x[k] && x[k] < h[k];
            if (!all) throw invalidValue(d, value, support);
            return value;
        }
        for (double x : value.value().toArray()) if (!inside.test(x)) throw invalidValue(d, value, support);
        return value;
    }

    private static boolean broadcastable(int[] a, int[] b) {
        for (int i = 1; i <= Math.min(a.length, b.length); i++) {
            int x = a[a.length - i], y = b[b.length - i];
            if (x != y && x != 1 && y != 1) return false;
        }
        return true;
    }

    static PyError invalidValue(PyInstance d, Tensor value, String support) {
        return PyError.value("Expected value argument (Tensor of shape " + shapeTuple(value.shape()) + ") to be within the support (" + support
                + ") of the distribution " + repr(d) + ", but found invalid values:\n" + formatParam(value));
    }

    /** A parameter's constraint, as PyTorch checks it at construction. */
    static void check(PyInstance d, String param, Constraint constraint, Tensor value) {
        check(d, param, constraint.name(), value, constraint.ok());
    }

    static void check(PyInstance d, String param, String constraint, Tensor value, java.util.function.DoublePredicate ok) {
        for (double x : value.value().toArray()) if (!ok.test(x)) throw invalidParameter(d, param, constraint, value);
    }

    private static void checkSimplex(PyInstance d, Tensor p) {
        if (!ConstraintValue.SIMPLEX.holds(p.value())) throw invalidParameter(d, "probs", "Simplex()", p);
    }

    static PyError invalidParameter(PyInstance d, String param, String constraint, Tensor value) {
        return PyError.value("Expected parameter " + param + " (Tensor of shape " + shapeTuple(value.shape()) + ") of distribution " + repr(d)
                + " to satisfy the constraint " + constraint + ", but found invalid values:\n" + formatParam(value));
    }

    /** (), (2,), (2, 3): a shape as Python prints a tuple. */
    static String shapeTuple(int[] shape) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) s.append(i == 0 ? "" : ", ").append(shape[i]);
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** A tensor in an f-string: a 0-d one as its item (Tensor.__format__), else as str() prints it. */
    static String formatParam(Tensor t) {
        if (t.ndim() == 0) return Values.repr(t.dtype().isFloating() ? (Object) t.item() : (Object) (long) t.item());
        return dev.adjoint.lang.Repr.str(t);
    }

    /** Normal(loc: 0.0, scale: torch.Size([2])): each parameter there is, in PyTorch's order, one element as a number, more as their size. */
    static String repr(PyInstance d) {
        List<String> parts = new ArrayList<>();
        for (String p : PARAMETERS) {
            if (!(d.own(p) instanceof Tensor t)) continue;
            parts.add(p + ": " + (t.value().size() == 1 ? formatParam(t) : TorchSize.of(t.shape()).toString()));
        }
        return d.pyClass().name() + "(" + String.join(", ", parts) + ")";
    }

    static void property(PyClass c, String name, Function<PyInstance, Object> getter) {
        c.define(name, new Descriptors.Property(new BuiltinMethod(name, a -> getter.apply(self(a))), null, null));
    }

    /** A parameter made from the other at its first use and kept (PyTorch's lazy_property). */
    static void lazy(PyClass c, String name, Function<PyInstance, Tensor> make) {
        property(c, name, i -> {
            Object have = i.own(name);
            if (have instanceof Tensor) return have;
            Tensor made = make.apply(i);
            i.setOwn(name, made);
            return made;
        });
    }
}
