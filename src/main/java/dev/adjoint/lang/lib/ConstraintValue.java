package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.function.Function;

/**
 * A constraint as torch.distributions shows it (a distribution's {@code support} and
 * {@code arg_constraints}): its repr, PyTorch's name in validation messages, and
 * {@code check(value)}, a bool tensor of where the value satisfies it (one entry per event for a
 * constraint over the last dimension: Simplex(), OneHot(), IndependentConstraint(..., 1)).
 */
final class ConstraintValue implements TabledHostObject {
    private final String name;
    private final int eventDim;
    /** 1 where the value satisfies it, over value's shape less the last eventDim dimensions; null: Dependent(), which cannot say. */
    private final Function<NDArray, NDArray> check;

    private ConstraintValue(String name, int eventDim, Function<NDArray, NDArray> check) {
        this.name = name;
        this.eventDim = eventDim;
        this.check = check;
    }

    static final ConstraintValue DEPENDENT = new ConstraintValue("Dependent()", 0, null);
    static final ConstraintValue BOOLEAN = of(new Constraint("Boolean()", v -> v == 0 || v == 1));
    static final ConstraintValue SIMPLEX = rows("Simplex()", row -> {
        double sum = 0;
        for (double v : row) {
            if (!(v >= 0)) return false;
            sum += v;
        }
        return Math.abs(sum - 1) < 1e-6;
    });
    static final ConstraintValue ONE_HOT = rows("OneHot()", row -> {
        double sum = 0;
        for (double v : row) {
            if (v != 0 && v != 1) return false;
            sum += v;
        }
        return sum == 1;
    });

    /** PyTorch's check: where any matrix is not symmetric, the symmetry test alone; else whether each has a Cholesky factor. */
    static final ConstraintValue POSITIVE_DEFINITE = new ConstraintValue("PositiveDefinite()", 2, x -> {
        NDArray symmetric = matrices("", MultivariateNormalDistribution::isSymmetric).check.apply(x);
        for (double v : symmetric.toArray()) if (v == 0) return symmetric;
        return matrices("", MultivariateNormalDistribution::isPositiveDefinite).check.apply(x);
    });
    static final ConstraintValue LOWER_CHOLESKY = matrices("LowerCholesky()", MultivariateNormalDistribution::isLowerCholesky);

    /** A test of each square matrix in the last two dimensions. */
    interface MatrixTest {
        boolean test(double[] values, int offset, int n);
    }

    static ConstraintValue matrices(String name, MatrixTest ok) {
        return new ConstraintValue(name, 2, x -> {
            int[] s = x.shape();
            if (s.length < 2) throw PyError.index("Dimension out of range (expected to be in range of [-1, 0], but got -2)");
            int n = s[s.length - 1];
            int[] rest = java.util.Arrays.copyOf(s, s.length - 2);
            double[] v = x.toArray(), out = new double[Shapes.size(rest)];
            for (int b = 0; b < out.length; b++) out[b] = ok.test(v, b * n * n, n) ? 1 : 0;
            return NDArray.of(out, rest);
        });
    }

    /** A constraint on each element. */
    static ConstraintValue of(Constraint c) {
        return new ConstraintValue(c.name(), 0, x -> x.map(v -> c.ok().test(v) ? 1 : 0));
    }

    /** Whether all of {@code value} satisfies it (check(value).all()), as a distribution's validation asks. */
    boolean holds(NDArray value) {
        for (double ok : check.apply(value).toArray()) if (ok == 0) return false;
        return true;
    }

    /** A test of each row along the last dimension (Simplex(), OneHot(), Multinomial()). */
    static ConstraintValue rows(String name, java.util.function.Predicate<double[]> ok) {
        return new ConstraintValue(name, 1, x -> perRow(x, ok));
    }

    /** 1 where a row (along the last dimension; a 0-d array is one row of one) passes, over the other dimensions. */
    private static NDArray perRow(NDArray x, java.util.function.Predicate<double[]> ok) {
        int[] s = x.shape(), rest = java.util.Arrays.copyOf(s, Math.max(s.length - 1, 0));
        int n = s.length == 0 ? 1 : s[s.length - 1];
        double[] v = x.toArray(), out = new double[Shapes.size(rest)];
        for (int r = 0; r < out.length; r++) out[r] = ok.test(java.util.Arrays.copyOfRange(v, r * n, r * n + n)) ? 1 : 0;
        return NDArray.of(out, rest);
    }

    /** IndependentConstraint(base, n): base's test, all of it over the last n dimensions (n = 0: base itself). */
    static ConstraintValue independent(ConstraintValue base, int n) {
        if (n == 0) return base;
        if (n < 0) throw new PyError("AssertionError", ""); // constraints.independent asserts reinterpreted_batch_ndims >= 0
        Function<NDArray, NDArray> inner = base.check;
        return new ConstraintValue("IndependentConstraint(" + base.name + ", " + n + ")", base.eventDim + n, inner == null ? null : x -> {
            NDArray each = inner.apply(x);
            for (int k = 0; k < n; k++) each = allOverLast(each);
            return each;
        });
    }

    /** 1 where every entry along the last dimension is 1 (all(-1) of a 0/1 array). */
    private static NDArray allOverLast(NDArray each) {
        return perRow(each, row -> java.util.Arrays.stream(row).allMatch(v -> v == 1));
    }

    /** Interval(lower_bound=.., upper_bound=..) or IntegerInterval: bounds broadcast with the value (Uniform's, Binomial's depend on the instance). */
    static ConstraintValue interval(String kind, Tensor lower, Tensor upper, boolean integer) {
        String name = kind + "(lower_bound=" + TorchDistributions.formatParam(lower) + ", upper_bound=" + TorchDistributions.formatParam(upper) + ")";
        return new ConstraintValue(name, 0, x -> {
            int[] s = Shapes.broadcast(Shapes.broadcast(x.shape(), lower.shape()), upper.shape());
            double[] v = x.broadcastTo(s).toArray(), lo = lower.value().broadcastTo(s).toArray(), hi = upper.value().broadcastTo(s).toArray(), out = new double[v.length];
            for (int i = 0; i < v.length; i++) out[i] = lo[i] <= v[i] && v[i] <= hi[i] && (!integer || v[i] % 1 == 0) ? 1 : 0;
            return NDArray.of(out, s);
        });
    }

    @Override
    public String typeName() {
        return "_" + name.substring(0, name.indexOf('('));
    }

    private static final AttributeTable<ConstraintValue> ATTRIBUTES = new AttributeTable<ConstraintValue>()
            .method("check", (c, a) -> {
                Object value = a.expect(1, 1, "value").option(0, "value", null);
                if (c.check == null) throw PyError.value("Cannot determine validity of dependent constraint");
                if (!(Values.plain(value) instanceof Tensor t)) throw PyError.type("check() expects a Tensor, got " + Values.typeName(value));
                return Tensor.constant(c.check.apply(t.value()), DType.BOOL);
            })
            .value("event_dim", c -> (long) c.eventDim);

    @Override
    public AttributeTable<ConstraintValue> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String toString() {
        return name;
    }
}
