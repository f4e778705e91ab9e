package dev.adjoint.lang.lib;

import java.util.function.DoublePredicate;

/**
 * A constraint of {@code torch.distributions.constraints}, as PyTorch's validation messages name it,
 * with its test of one element: what a distribution's parameter must satisfy at construction, or
 * the support a value for log_prob or cdf must lie in.
 */
record Constraint(String name, DoublePredicate ok) {
    static final Constraint REAL = new Constraint("Real()", v -> !Double.isNaN(v));
    static final Constraint POSITIVE = new Constraint("GreaterThan(lower_bound=0.0)", v -> v > 0);
    static final Constraint NON_NEGATIVE = new Constraint("GreaterThanEq(lower_bound=0.0)", v -> v >= 0);
    static final Constraint NON_NEGATIVE_INTEGER = new Constraint("IntegerGreaterThan(lower_bound=0)", v -> v >= 0 && v == Math.rint(v));
    static final Constraint UNIT_INTERVAL = new Constraint("Interval(lower_bound=0.0, upper_bound=1.0)", v -> v >= 0 && v <= 1);

    /** The same test on each element of the last dimension, taken as one event (PyTorch's independent(constraint, 1)). */
    Constraint independent() {
        return new Constraint("IndependentConstraint(" + name + ", 1)", ok);
    }
}
