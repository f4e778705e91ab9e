package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** maximum(a, b) / minimum(a, b), elementwise and broadcasting; at a tie each side gets half the gradient, as PyTorch. */
public final class Extremum implements Op {
    static final Extremum MAXIMUM = new Extremum(true), MINIMUM = new Extremum(false);
    private final boolean max;

    private Extremum(boolean max) {
        this.max = max;
    }

    public String name() { return max ? "maximum" : "minimum"; }

    public NDArray compute(NDArray[] in) {
        return in[0].zip(in[1], (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : max ? Math.max(a, b) : Math.min(a, b));
    }

    /** 1 where a wins, ½ at a tie, 0 where b wins: a constant, as PyTorch's. */
    private Tensor weightOfA(Tensor out) {
        return Tensor.constant(out.input(0).value().zip(out.input(1).value(), (a, b) -> a == b ? 0.5 : (a > b) == max ? 1 : 0));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1), w = weightOfA(out);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(Ops.mul(g, w), a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Ops.mul(g, Ops.sub(Ops.scalar(1), w)), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor w = weightOfA(out);
        Tensor da = t[0] == null ? null : Ops.mul(t[0], w);
        Tensor db = t[1] == null ? null : Ops.mul(t[1], Ops.sub(Ops.scalar(1), w));
        return Ops.broadcastTo(Ops.addOrFirst(da, db), out.shape());
    }

    public String torchName(Tensor out) { return max ? "MaximumBackward0" : "MinimumBackward0"; }

    public int saved(Tensor out) { return 3; }
}
