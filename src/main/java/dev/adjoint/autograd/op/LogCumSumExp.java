package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * logcumsumexp along an axis (or, reversed, from the end): out_j = log Σ_{i≤j} exp(x_i), each step
 * PyTorch's log-add-exp (the larger term plus log1p of the smaller's exp, infinities kept). The
 * gradient Σ_{j≥i} g_j exp(x_i − out_j) and the tangent Σ_{i≤j} t_i exp(x_i − out_j) are taken in
 * log space, the positive and negative parts of g (or t) apart, as PyTorch does, so neither
 * overflows; both are built from ops, so they differentiate again.
 */
final class LogCumSumExp implements Op {
    private final int axis;
    private final boolean reversed;

    LogCumSumExp(int axis, boolean reversed) {
        this.axis = axis;
        this.reversed = reversed;
    }

    public String name() { return "logcumsumexp"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[0].shape();
        double[] v = in[0].toArray();
        int n = s.length == 0 ? 1 : s[axis], stride = s.length == 0 ? 1 : Shapes.rowMajorStrides(s)[axis];
        for (int base = 0; base < v.length; base++) {
            if ((base / stride) % n != 0) continue; // start of a line along the axis
            double acc = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                int i = base + (reversed ? n - 1 - k : k) * stride;
                acc = logAddExp(v[i], acc);
                v[i] = acc;
            }
        }
        return NDArray.of(v, s);
    }

    /** PyTorch's step: NaN propagates; two equal infinities give themselves. */
    private static double logAddExp(double x, double y) {
        double min = Math.min(x, y), max = Math.max(x, y);
        return min != max || Double.isFinite(min) ? Math.log1p(Math.exp(min - max)) + max : x;
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {signedSum(g, Ops.neg(out), out.input(0), !reversed)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return signedSum(t[0], out.input(0), Ops.neg(out), reversed);
    }

    /**
     * exp(base + log Σ w·exp(shift)) with the running sum taken in the given direction: the
     * positive and the negative entries of w each summed in log space, then subtracted.
     */
    private Tensor signedSum(Tensor w, Tensor shift, Tensor base, boolean fromEnd) {
        Tensor zero = Tensor.constant(0), lowest = Tensor.constant(-Double.MAX_VALUE);
        Tensor logPositive = Ops.where(Ops.gt(w, zero), Ops.log(w), lowest), logNegative = Ops.where(Ops.lt(w, zero), Ops.log(Ops.neg(w)), lowest);
        LogCumSumExp running = new LogCumSumExp(axis, fromEnd);
        Tensor positive = Ops.exp(Ops.add(Tensor.apply(running, Ops.add(logPositive, shift)), base));
        Tensor negative = Ops.exp(Ops.add(Tensor.apply(running, Ops.add(logNegative, shift)), base));
        return Ops.sub(positive, negative);
    }

    public String torchName(Tensor out) { return "LogcumsumexpBackward0"; }

    public int saved(Tensor out) { return 1 | OUTPUT; } // self and result, as PyTorch's node

    public String notation(String... a) { return "logcumsumexp(" + a[0] + ", dim=" + axis + ")"; }
}
