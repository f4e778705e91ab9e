package dev.adjoint.lang.lib;

import static dev.adjoint.lang.lib.Constraint.NON_NEGATIVE;
import static dev.adjoint.lang.lib.Constraint.NON_NEGATIVE_INTEGER;
import static dev.adjoint.lang.lib.Constraint.POSITIVE;
import static dev.adjoint.lang.lib.TorchDistributions.EXPONENTIAL_FAMILY;
import static dev.adjoint.lang.lib.TorchDistributions.broadcastAll;
import static dev.adjoint.lang.lib.TorchDistributions.check;
import static dev.adjoint.lang.lib.TorchDistributions.extendedShape;
import static dev.adjoint.lang.lib.TorchDistributions.init;
import static dev.adjoint.lang.lib.TorchDistributions.initParameters;
import static dev.adjoint.lang.lib.TorchDistributions.property;
import static dev.adjoint.lang.lib.TorchDistributions.self;
import static dev.adjoint.lang.lib.TorchDistributions.t;
import static dev.adjoint.lang.lib.TorchDistributions.validating;
import static dev.adjoint.lang.lib.TorchDistributions.value;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TorchSize;
import dev.adjoint.lang.Values;
import dev.adjoint.lang.lib.TorchDistributions.Parameter;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;
import java.util.List;

/**
 * torch.distributions' Exponential, Gamma, Beta, Dirichlet and Poisson as PyTorch 1.13 writes
 * them: parameters, mean/mode/variance, log_prob and entropy in PyTorch's terms (so grad_fn and
 * gradients agree), and Exponential's draws (exponential_ over the rate, PyTorch's stream).
 * Gamma, Beta, Dirichlet and Poisson draws come from PyTorch's own samplers (_standard_gamma,
 * _sample_dirichlet, poisson) whose streams adjoint does not reproduce: sampling them is refused
 * with a message rather than giving other numbers than PyTorch would.
 */
final class GammaFamily {
    private GammaFamily() {}

    static final PyClass EXPONENTIAL = PyClass.library("Exponential", "torch.distributions.exponential", EXPONENTIAL_FAMILY);
    static final PyClass GAMMA = PyClass.library("Gamma", "torch.distributions.gamma", EXPONENTIAL_FAMILY);
    static final PyClass DIRICHLET = PyClass.library("Dirichlet", "torch.distributions.dirichlet", EXPONENTIAL_FAMILY);
    static final PyClass BETA = PyClass.library("Beta", "torch.distributions.beta", EXPONENTIAL_FAMILY);
    static final PyClass POISSON = PyClass.library("Poisson", "torch.distributions.poisson", EXPONENTIAL_FAMILY);
    static final List<PyClass> CLASSES = List.of(EXPONENTIAL, GAMMA, DIRICHLET, BETA, POISSON);

    static void define() {
        exponential();
        gamma();
        dirichlet();
        beta();
        poisson();
        for (PyClass c : List.of(GAMMA, DIRICHLET, BETA, POISSON)) {
            c.method("sample", a -> refuse(a));
            c.method("rsample", a -> refuse(a));
        }
    }

    static Object refuse(Args a) {
        String name = self(a).pyClass().name();
        throw new PyError("NotImplementedError", name + "." + a.function() + "() is not supported by adjoint: PyTorch draws it with its own " + name
                + " sampler, whose numbers adjoint cannot reproduce (log_prob, entropy, mean and variance are supported)");
    }

    private static Tensor one() {
        return Ops.scalar(1);
    }

    // ---- Exponential(rate, validate_args=None) ----

    private static void exponential() {
        EXPONENTIAL.define("has_rsample", true);
        EXPONENTIAL.method("__init__", a -> initParameters(a, new Parameter("rate", POSITIVE)));
        property(EXPONENTIAL, "mean", i -> Ops.reciprocal(t(i, "rate")));
        property(EXPONENTIAL, "mode", i -> Tensor.constant(NDArray.zeros(t(i, "rate").shape())));
        property(EXPONENTIAL, "stddev", i -> Ops.reciprocal(t(i, "rate")));
        property(EXPONENTIAL, "variance", i -> Ops.pow(t(i, "rate"), -2));
        EXPONENTIAL.method("rsample", a -> { // rate.new(shape).exponential_() / rate
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            int[] shape = extendedShape(a, d);
            double[] e = TorchGenerator.of(a).exponential(dev.adjoint.ndarray.Shapes.size(shape), 1, Torch.drawsDoubles(a));
            return Ops.div(Tensor.constant(NDArray.of(e, shape)), t(d, "rate"));
        });
        EXPONENTIAL.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, NON_NEGATIVE);
            Tensor rate = t(d, "rate");
            return Ops.sub(Ops.log(rate), Ops.mul(rate, value));
        });
        EXPONENTIAL.method("cdf", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, NON_NEGATIVE);
            return Ops.rsub(one(), Ops.exp(Ops.mul(Ops.neg(t(d, "rate")), value)));
        });
        EXPONENTIAL.method("icdf", a -> {
            PyInstance d = self(a);
            Tensor value = tensorArgument(a); // −log(1 − value) / rate, as PyTorch 1.13 (not log1p: other last bits, −0.0 at 0)
            return Ops.div(Ops.neg(Ops.log(Ops.rsub(one(), value))), t(d, "rate"));
        });
        EXPONENTIAL.method("entropy", a -> Ops.rsub(Ops.scalar(1.0), Ops.log(t(self(a.expect(0, 0)), "rate"))));
    }

    static Tensor tensorArgument(Args a) {
        Object v = a.expect(1, 1, "value").option(0, "value", null);
        if (!(Values.plain(v) instanceof Tensor value)) throw PyError.type("expected a Tensor, got " + Values.typeName(v));
        return value;
    }

    // ---- Gamma(concentration, rate, validate_args=None) ----

    private static void gamma() {
        GAMMA.define("has_rsample", true);
        GAMMA.method("__init__", a -> initParameters(a, new Parameter("concentration", POSITIVE), new Parameter("rate", POSITIVE)));
        property(GAMMA, "mean", i -> Ops.div(t(i, "concentration"), t(i, "rate")));
        property(GAMMA, "mode", i -> Ops.clamp(Ops.div(Ops.sub(t(i, "concentration"), one()), t(i, "rate")), 0.0, null));
        property(GAMMA, "variance", i -> Ops.div(t(i, "concentration"), Ops.pow(t(i, "rate"), 2)));
        GAMMA.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, NON_NEGATIVE);
            Tensor c = t(d, "concentration"), r = t(d, "rate");
            return Ops.sub(Ops.sub(Ops.add(Ops.xlogy(c, r), Ops.xlogy(Ops.sub(c, one()), value)), Ops.mul(r, value)), Ops.lgamma(c));
        });
        GAMMA.method("entropy", a -> {
            PyInstance d = self(a.expect(0, 0));
            Tensor c = t(d, "concentration"), r = t(d, "rate");
            return Ops.add(Ops.add(Ops.sub(c, Ops.log(r)), Ops.lgamma(c)), Ops.mul(Ops.rsub(Ops.scalar(1.0), c), Ops.digamma(c)));
        });
    }

    // ---- Dirichlet(concentration, validate_args=None) ----

    private static void dirichlet() {
        DIRICHLET.define("has_rsample", true);
        DIRICHLET.method("__init__", a -> {
            PyInstance d = self(a.expect(1, 2, "concentration", "validate_args"));
            Tensor c = TorchArgs.tensor(a, a.option(0, "concentration", null));
            if (c.ndim() < 1) throw PyError.value("`concentration` parameter must be at least one-dimensional.");
            d.setOwn("concentration", c);
            init(a, d, Arrays.copyOf(c.shape(), c.ndim() - 1), 1);
            d.setOwn("_event_shape", TorchSize.of(new int[] {c.shape()[c.ndim() - 1]}));
            if (validating(d)) check(d, "concentration", POSITIVE.independent(), c);
            return null;
        });
        property(DIRICHLET, "event_shape", i -> i.own("_event_shape"));
        property(DIRICHLET, "mean", i -> Ops.div(t(i, "concentration"), total(t(i, "concentration"), true)));
        property(DIRICHLET, "mode", i -> dirichletMode(t(i, "concentration")));
        property(DIRICHLET, "variance", i -> {
            Tensor c = t(i, "concentration"), c0 = total(c, true);
            return Ops.div(Ops.mul(c, Ops.sub(c0, c)), Ops.mul(Ops.pow(c0, 2), Ops.add(c0, one())));
        });
        DIRICHLET.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, "Simplex()", v -> true);
            if (validating(d)) checkSimplexValue(d, value);
            return dirichletLogProb(t(d, "concentration"), value);
        });
        DIRICHLET.method("entropy", a -> dirichletEntropy(t(self(a.expect(0, 0)), "concentration")));
    }

    private static Tensor total(Tensor c, boolean keepdim) {
        return Ops.sum(c, new int[] {c.ndim() - 1}, keepdim);
    }

    /**
     * PyTorch's Dirichlet mode: (c − 1) clamped at 0, normalised; where every concentration is
     * below 1, the one-hot vector of that row's argmax (its first NaN: 0/0 rows pick index 0).
     */
    private static Tensor dirichletMode(Tensor c) {
        Tensor m1 = Ops.clamp(Ops.sub(c, one()), 0., null);
        Tensor mode = Ops.div(m1, total(m1, true));
        int events = c.shape()[c.ndim() - 1];
        double[] cv = c.value().toArray(), mv = mode.value().toArray(), mask = new double[cv.length], hot = new double[cv.length];
        for (int r = 0; r < cv.length; r += events) {
            boolean allBelow = true;
            int best = r;
            for (int k = r; k < r + events; k++) {
                allBelow &= cv[k] < 1;
                if (Double.isNaN(mv[best])) continue;
                if (Double.isNaN(mv[k]) || mv[k] > mv[best]) best = k;
            }
            if (!allBelow) continue;
            for (int k = r; k < r + events; k++) mask[k] = 1;
            hot[best] = 1;
        }
        return Ops.where(Tensor.constant(NDArray.of(mask, c.shape())).to(dev.adjoint.autograd.DType.BOOL), Tensor.constant(NDArray.of(hot, c.shape())), mode);
    }

    /** PyTorch 1.13's log(value)·(c − 1), not xlogy: 0·log 0 is NaN there (Beta(1, 1) at 0 and 1 too). */
    private static Tensor dirichletLogProb(Tensor c, Tensor value) {
        Tensor terms = Ops.mul(Ops.log(value), Ops.sub(c, Ops.scalar(1.0)));
        return Ops.sub(Ops.add(total(terms, false), Ops.lgamma(total(c, false))), total(Ops.lgamma(c), false));
    }

    private static Tensor dirichletEntropy(Tensor c) {
        int k = c.shape()[c.ndim() - 1];
        Tensor a0 = total(c, false);
        Tensor first = Ops.sub(total(Ops.lgamma(c), false), Ops.lgamma(a0));
        Tensor second = Ops.mul(Ops.sub(Ops.scalar(k), a0), Ops.digamma(a0));
        return Ops.sub(Ops.sub(first, second), total(Ops.mul(Ops.sub(c, Ops.scalar(1.0)), Ops.digamma(c)), false));
    }

    private static void checkSimplexValue(PyInstance d, Tensor value) {
        if (!ConstraintValue.SIMPLEX.holds(value.value())) throw TorchDistributions.invalidValue(d, value, "Simplex()");
    }

    // ---- Beta(concentration1, concentration0, validate_args=None): a Dirichlet of the pair ----

    private static void beta() {
        BETA.define("has_rsample", true);
        BETA.method("__init__", a -> {
            PyInstance d = self(a.expect(2, 3, "concentration1", "concentration0", "validate_args"));
            Object c1 = a.option(0, "concentration1", null), c0 = a.option(1, "concentration0", null);
            Tensor pair;
            if (isNumber(c1) && isNumber(c0)) pair = Tensor.constant(NDArray.of(new double[] {PyNumbers.approx(Values.plain(c1)), PyNumbers.approx(Values.plain(c0))}, 2));
            else {
                List<Tensor> p = broadcastAll(a, c1, c0);
                pair = Ops.stack(p, p.get(0).ndim());
            }
            Object validate = a.option(2, "validate_args", null);
            PyInstance dirichlet = (PyInstance) a.interpreter().call(DIRICHLET, Arrays.asList(pair, validate));
            d.setOwn("_dirichlet", dirichlet);
            init(a, d, Arrays.copyOf(pair.shape(), pair.ndim() - 1), 2);
            return null;
        });
        property(BETA, "concentration1", i -> lastAt(t(dirichletOf(i), "concentration"), 0));
        property(BETA, "concentration0", i -> lastAt(t(dirichletOf(i), "concentration"), 1));
        property(BETA, "mean", i -> {
            Tensor c1 = TorchDistributions.param(i, "concentration1"), c0 = TorchDistributions.param(i, "concentration0");
            return Ops.div(c1, Ops.add(c1, c0));
        });
        property(BETA, "mode", i -> lastAt(dirichletMode(t(dirichletOf(i), "concentration")), 0));
        property(BETA, "variance", i -> {
            Tensor c1 = TorchDistributions.param(i, "concentration1"), c0 = TorchDistributions.param(i, "concentration0"), total = Ops.add(c1, c0);
            return Ops.div(Ops.mul(c1, c0), Ops.mul(Ops.pow(total, 2), Ops.add(total, one())));
        });
        BETA.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, Constraint.UNIT_INTERVAL);
            Tensor headsTails = Ops.stack(List.of(value, Ops.rsub(Ops.scalar(1.0), value)), value.ndim());
            return dirichletLogProb(t(dirichletOf(d), "concentration"), headsTails);
        });
        BETA.method("entropy", a -> dirichletEntropy(t(dirichletOf(self(a.expect(0, 0))), "concentration")));
    }

    /** c[..., k]: PyTorch's Beta reads its concentrations so (a SelectBackward0 view). */
    private static Tensor lastAt(Tensor c, int k) {
        List<Index> items = new java.util.ArrayList<>();
        for (int i = 0; i < c.ndim() - 1; i++) items.add(Index.Slice.ALL);
        items.add(new Index.At(k));
        return Ops.getItem(c, items);
    }

    private static boolean isNumber(Object v) {
        Object p = Values.plain(v);
        return PyNumbers.isNumber(p) && !(p instanceof Boolean);
    }

    private static PyInstance dirichletOf(PyInstance beta) {
        return (PyInstance) beta.own("_dirichlet");
    }

    // ---- Poisson(rate, validate_args=None) ----

    private static void poisson() {
        POISSON.method("__init__", a -> initParameters(a, new Parameter("rate", NON_NEGATIVE)));
        property(POISSON, "mean", i -> t(i, "rate"));
        property(POISSON, "mode", i -> Ops.floor(t(i, "rate")));
        property(POISSON, "variance", i -> t(i, "rate"));
        POISSON.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = value(a, d, NON_NEGATIVE_INTEGER);
            List<Tensor> both = broadcastAll(a, value, t(d, "rate"));
            Tensor x = both.get(0), rate = both.get(1);
            return Ops.sub(Ops.sub(Ops.xlogy(x, rate), rate), Ops.lgamma(Ops.add(x, one())));
        });
    }
}
