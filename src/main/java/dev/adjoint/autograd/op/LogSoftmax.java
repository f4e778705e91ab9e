package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * log_softmax along one axis, y = x − logsumexp x; its derivatives use y only (softmax = exp y).
 * Along the last axis it is computed as ATen's vectorised kernel computes it, so losses print
 * PyTorch's digits: per row (x − max) − log Σ exp(x − max), with SLEEF's exp and log and the sum
 * in four lanes ({@link #expLaneSum}).
 */
public final class LogSoftmax implements Op {
    private final int axis;
    private final int givenAxis; // the dim as given (negative too), which the node saves

    LogSoftmax(int axis, int givenAxis) {
        this.axis = axis;
        this.givenAxis = givenAxis;
    }

    /**
     * x − logsumexp(x) along the axis, shifted by the block's max so large entries do not overflow;
     * a block of -inf is not shifted (all NaN, as PyTorch), nor is one whose max is +inf (inf − inf:
     * all NaN, as PyTorch gives).
     */
    static NDArray of(NDArray x, int axis) {
        int[] ax = {axis};
        NDArray m = x.max(ax, true).map(v -> v == Double.NEGATIVE_INFINITY ? 0 : v);
        NDArray shifted = x.sub(m);
        return shifted.sub(shifted.map(Math::exp).sum(ax, true).map(Math::log));
    }

    public String name() { return "log_softmax"; }

    public NDArray compute(NDArray[] in) {
        NDArray x = in[0];
        if (axis != x.ndim() - 1) return of(x, axis);
        double[] v = x.compact().toArray();
        int d = x.shape()[axis];
        for (int at = 0; at < v.length; at += d) {
            double max = rowMax(v, at, d), logSum = Sleef.log(expLaneSum(v, at, d, max, null));
            for (int i = at; i < at + d; i++) v[i] = (v[i] - max) - logSum;
        }
        return NDArray.of(v, x.shape());
    }

    /** The largest of v[at, at + d), NaN if any is (as ATen's vector maximum). */
    static double rowMax(double[] v, int at, int d) {
        double max = v[at];
        for (int i = at + 1; i < at + d; i++) max = Math.max(max, v[i]);
        return max;
    }

    /**
     * Σ exp(v[i] − max) over v[at, at + d) as ATen's map_reduce_all adds it: SLEEF's exp, element i
     * into lane i mod 4, then the lanes added in order; the exponentials into e[at, at + d) when e
     * is given.
     */
    static double expLaneSum(double[] v, int at, int d, double max, double[] e) {
        double[] lanes = new double[4];
        for (int i = 0; i < d; i++) {
            double x = Sleef.exp(v[at + i] - max);
            if (e != null) e[at + i] = x;
            lanes[i & 3] = i < 4 ? x : lanes[i & 3] + x;
        }
        double sum = lanes[0];
        for (int l = 1; l < Math.min(d, 4); l++) sum += lanes[l];
        return sum;
    }

    /** g − softmax ⊙ Σ g */
    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {Tensor.apply(new LogSoftmaxBackward(axis), g, out)};
    }

    /** t − Σ softmax ⊙ t */
    public Tensor jvp(Tensor[] t, Tensor out) {
        return Ops.sub(t[0], Ops.sum(Ops.mul(Ops.exp(out), t[0]), new int[] {axis}, true));
    }

    public String torchName(Tensor out) { return "LogSoftmaxBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { into.int64("dim", givenAxis); }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "log_softmax(" + a[0] + ", axis=" + axis + ")"; }
}
