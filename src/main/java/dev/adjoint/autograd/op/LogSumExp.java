package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.CascadeSum;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * log Σ exp(a) over axes, computed as m + log Σ exp(a − m) with m the max, so inputs of 1e10 stay
 * finite (needle hw2). The gradient is softmax, written with Tensor ops so it can be differentiated.
 */
public final class LogSumExp implements Op {
    private final int[] axes;
    private final boolean keepdims;
    private final boolean allAxes; // only for the notation: "sum(v1)" rather than listing every axis

    LogSumExp(int[] axes, boolean keepdims, int ndim) {
        this.axes = axes;
        this.keepdims = keepdims;
        this.allAxes = axes.length == ndim;
    }

    public String name() { return "logsumexp"; }

    public NDArray compute(NDArray[] in) {
        NDArray x = in[0];
        // a block that is all −inf has max −inf; shift by 0 there so the result is −inf, not NaN
        NDArray m = x.max(axes, true).map(v -> Double.isInfinite(v) ? 0 : v);
        NDArray s = CascadeSum.of(x.sub(m).map(Math::exp), axes, true).map(Math::log).add(m); // PyTorch's sum, as its logsumexp
        return keepdims ? s : s.reshape(Shapes.reduced(x.shape(), axes, false));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        int[] shape = out.input(0).shape();
        return new Tensor[] {Ops.mul(Ops.broadcastTo(Ops.reshape(g, Shapes.reduced(shape, axes, true)), shape), softmax(out))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.sum(Ops.mul(t[0], softmax(out)), axes, keepdims); }

    /**
     * exp(a − m) / Σ exp(a − m) with m the block's max as a constant (softmax does not depend on
     * the shift). Not exp(a − out): out = m + ln Σ keeps only the digits that fit next to m, so at
     * a = [1e10, 1e10] that would give 0.49999976 instead of 0.5.
     */
    private Tensor softmax(Tensor out) {
        Tensor x = out.input(0);
        NDArray m = x.value().max(axes, true).map(v -> Double.isInfinite(v) ? 0 : v);
        Tensor e = Ops.exp(Ops.sub(x, Tensor.constantLike(m, x))); // x's type: a float32 x's gradient stays float32
        return Ops.div(e, Ops.sum(e, axes, true));
    }

    public String torchName(Tensor out) { return "LogsumexpBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { into.int64s("dim", axes).flag("keepdim", keepdims); }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) {
        return Ops.reduction("logsumexp", a[0], axes, keepdims, allAxes);
    }
}
