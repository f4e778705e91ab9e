package dev.adjoint.lang.lib;

import static dev.adjoint.lang.lib.TorchDistributions.property;
import static dev.adjoint.lang.lib.TorchDistributions.t;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import java.util.function.Function;

/**
 * Each distribution's {@code support} and {@code arg_constraints} as PyTorch 1.13 declares them
 * (printed as there: {@code Exponential(rate).support} is GreaterThanEq(lower_bound=0.0),
 * {@code Poisson(rate).arg_constraints} {'rate': GreaterThanEq(lower_bound=0.0)}); the base class
 * raises NotImplementedError for both, as PyTorch's.
 */
final class DistributionSupports {
    private DistributionSupports() {}

    private static final ConstraintValue REAL = ConstraintValue.of(Constraint.REAL), POSITIVE = ConstraintValue.of(Constraint.POSITIVE),
            NON_NEGATIVE = ConstraintValue.of(Constraint.NON_NEGATIVE), NON_NEGATIVE_INTEGER = ConstraintValue.of(Constraint.NON_NEGATIVE_INTEGER),
            UNIT_INTERVAL = ConstraintValue.of(Constraint.UNIT_INTERVAL), REAL_VECTOR = ConstraintValue.independent(REAL, 1);

    static void define() {
        for (String name : new String[] {"support", "arg_constraints"}) property(TorchDistributions.DISTRIBUTION, name, i -> {
            throw new PyError("NotImplementedError", "");
        });
        declare(TorchDistributions.NORMAL, i -> REAL, "loc", REAL, "scale", POSITIVE);
        declare(MoreDistributions.LAPLACE, i -> REAL, "loc", REAL, "scale", POSITIVE);
        declare(MoreDistributions.LOG_NORMAL, i -> POSITIVE, "loc", REAL, "scale", POSITIVE);
        declare(TorchDistributions.BERNOULLI, i -> ConstraintValue.BOOLEAN, "probs", UNIT_INTERVAL, "logits", REAL);
        declare(MoreDistributions.GEOMETRIC, i -> NON_NEGATIVE_INTEGER, "probs", UNIT_INTERVAL, "logits", REAL);
        declare(MoreDistributions.BINOMIAL, i -> ConstraintValue.interval("IntegerInterval", integer(0), t(i, "total_count"), true),
                "total_count", NON_NEGATIVE_INTEGER, "probs", UNIT_INTERVAL, "logits", REAL);
        declare(TorchDistributions.CATEGORICAL, i -> {
            Tensor p = TorchDistributions.param(i, "probs");
            return ConstraintValue.interval("IntegerInterval", integer(0), integer(p.shape()[p.ndim() - 1] - 1), true);
        }, "probs", ConstraintValue.SIMPLEX, "logits", REAL_VECTOR);
        declare(WrappedDistributions.ONE_HOT_CATEGORICAL, i -> ConstraintValue.ONE_HOT, "probs", ConstraintValue.SIMPLEX, "logits", REAL_VECTOR);
        declare(TorchDistributions.MULTINOMIAL, i -> ConstraintValue.rows("Multinomial()", row -> {
            double sum = 0;
            for (double v : row) {
                if (!(v >= 0)) return false;
                sum += v;
            }
            return sum <= dev.adjoint.lang.PyNumbers.approx(i.own("total_count"));
        }), "probs", ConstraintValue.SIMPLEX, "logits", REAL_VECTOR);
        declare(TorchDistributions.UNIFORM, i -> ConstraintValue.interval("Interval", t(i, "low"), t(i, "high"), false),
                "low", ConstraintValue.DEPENDENT, "high", ConstraintValue.DEPENDENT);
        declare(GammaFamily.EXPONENTIAL, i -> NON_NEGATIVE, "rate", POSITIVE);
        declare(GammaFamily.GAMMA, i -> NON_NEGATIVE, "concentration", POSITIVE, "rate", POSITIVE);
        declare(GammaFamily.BETA, i -> UNIT_INTERVAL, "concentration1", POSITIVE, "concentration0", POSITIVE);
        declare(GammaFamily.DIRICHLET, i -> ConstraintValue.SIMPLEX, "concentration", ConstraintValue.independent(POSITIVE, 1));
        declare(GammaFamily.POISSON, i -> NON_NEGATIVE_INTEGER, "rate", NON_NEGATIVE);
        declare(WrappedDistributions.INDEPENDENT, i -> independent(i));
        declare(MultivariateNormalDistribution.CLASS, i -> REAL_VECTOR, "loc", REAL_VECTOR, "covariance_matrix", ConstraintValue.POSITIVE_DEFINITE,
                "precision_matrix", ConstraintValue.POSITIVE_DEFINITE, "scale_tril", ConstraintValue.LOWER_CHOLESKY);
    }

    /**
     * {@code torch.distributions.constraints}: the constraints the distributions use, under
     * PyTorch's names (custom distributions declare their arg_constraints with them), and
     * interval(lower, upper) and independent(constraint, n).
     */
    static dev.adjoint.lang.PyModule constraints() {
        dev.adjoint.lang.PyModule m = new dev.adjoint.lang.PyModule("torch.distributions.constraints");
        Object[] named = {"real", REAL, "positive", POSITIVE, "nonnegative", NON_NEGATIVE, "nonnegative_integer", NON_NEGATIVE_INTEGER,
            "unit_interval", UNIT_INTERVAL, "real_vector", REAL_VECTOR, "boolean", ConstraintValue.BOOLEAN, "simplex", ConstraintValue.SIMPLEX,
            "one_hot", ConstraintValue.ONE_HOT, "positive_definite", ConstraintValue.POSITIVE_DEFINITE, "lower_cholesky", ConstraintValue.LOWER_CHOLESKY,
            "dependent", ConstraintValue.DEPENDENT};
        for (int i = 0; i < named.length; i += 2) m.add((String) named[i], named[i + 1]);
        m.add(dev.adjoint.lang.Builtin.of("interval", a -> {
            a.expect(2, 2, "lower_bound", "upper_bound");
            return ConstraintValue.interval("Interval", bound(a.option(0, "lower_bound", null)), bound(a.option(1, "upper_bound", null)), false);
        }));
        m.add(dev.adjoint.lang.Builtin.of("independent", a -> {
            a.expect(2, 2, "base_constraint", "reinterpreted_batch_ndims");
            if (!(a.option(0, "base_constraint", null) instanceof ConstraintValue base)) throw PyError.type("base_constraint must be a constraint");
            return ConstraintValue.independent(base, a.intValue(a.option(1, "reinterpreted_batch_ndims", null), "reinterpreted_batch_ndims"));
        }));
        return m;
    }

    /** An interval's bound as a 0-d tensor: a Python int as an int64 one (printed as an int). */
    private static Tensor bound(Object v) {
        Object plain = dev.adjoint.lang.Values.plain(v);
        if (plain instanceof Tensor t) return t;
        if (plain instanceof Long n) return integer(n);
        if (plain instanceof Double d) return Tensor.constant(dev.adjoint.ndarray.NDArray.scalar(d));
        throw PyError.type("an interval's bounds are numbers, not " + dev.adjoint.lang.Values.typeName(v));
    }

    /** A class's support (computed per instance where it depends on the parameters) and its arguments' constraints, in PyTorch's order. */
    private static void declare(PyClass c, Function<PyInstance, ConstraintValue> support, Object... arguments) {
        property(c, "support", support::apply);
        property(c, "arg_constraints", i -> {
            PyDict d = new PyDict();
            for (int k = 0; k < arguments.length; k += 2) d.put(arguments[k], arguments[k + 1]);
            return d;
        });
    }

    /** A 0-d int64 tensor (a bound printed as an int). */
    private static Tensor integer(long v) {
        return Tensor.constant(dev.adjoint.ndarray.NDArray.scalar(v), dev.adjoint.autograd.DType.INT64);
    }

    /** Independent's support: its base's, the reinterpreted dimensions taken as one event. */
    private static ConstraintValue independent(PyInstance d) {
        ConstraintValue base = (ConstraintValue) TorchDistributions.get(WrappedDistributions.base(d), "support");
        return ConstraintValue.independent(base, WrappedDistributions.dims(d));
    }
}
