package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** log_softmax along one axis, y = x − logsumexp x; its derivatives use y only (softmax = exp y). */
public final class LogSoftmax implements Op {
    private final int axis;

    LogSoftmax(int axis) {
        this.axis = axis;
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

    public NDArray compute(NDArray[] in) { return of(in[0], axis); }

    /** g − softmax ⊙ Σ g */
    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {Ops.named("LogSoftmaxBackwardDataBackward0", Sub.INSTANCE, g, Ops.mul(Ops.exp(out), Ops.sum(g, new int[] {axis}, true)))};
    }

    /** t − Σ softmax ⊙ t */
    public Tensor jvp(Tensor[] t, Tensor out) {
        return Ops.sub(t[0], Ops.sum(Ops.mul(Ops.exp(out), t[0]), new int[] {axis}, true));
    }

    public String torchName(Tensor out) { return "LogSoftmaxBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "log_softmax(" + a[0] + ", axis=" + axis + ")"; }
}
