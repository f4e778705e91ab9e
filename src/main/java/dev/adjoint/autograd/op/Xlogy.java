package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.xlogy(a, b) = a·log(b), with 0 where a = 0 (so 0·log 0 is 0, as entropies need) and NaN
 * where b is NaN (PyTorch's XlogyBackward0; XlogyBackward2 when b is a Python number, then no
 * input of the node). Gradient g·xlogy(a ≠ 0, b) for a, g·a/b for b.
 */
public final class Xlogy implements Op {
    static final Xlogy INSTANCE = new Xlogy(false);
    static final Xlogy NUMBER_OTHER = new Xlogy(true);
    private final boolean numberOther;

    private Xlogy(boolean numberOther) {
        this.numberOther = numberOther;
    }

    public String name() { return "xlogy"; }

    public NDArray compute(NDArray[] in) { return in[0].zip(in[1], Xlogy::xlogy); }

    static double xlogy(double a, double b) {
        if (Double.isNaN(b)) return b;
        return a == 0 ? 0 : a * Math.log(b);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor nonzero = Tensor.constant(a.value().map(v -> v != 0 ? 1 : 0));
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(Ops.mul(g, Ops.xlogy(nonzero, b)), a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Ops.div(Ops.mul(g, a), b), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor nonzero = Tensor.constant(a.value().map(v -> v != 0 ? 1 : 0));
        Tensor da = t[0] == null ? null : Ops.mul(t[0], Ops.xlogy(nonzero, b));
        Tensor db = t[1] == null ? null : Ops.div(Ops.mul(t[1], a), b);
        return Ops.broadcastTo(Ops.addOrFirst(da, db), out.shape());
    }

    public String torchName(Tensor out) { return numberOther ? "XlogyBackward2" : "XlogyBackward0"; }

    public boolean isTorchInput(Tensor out, int i) { return !(numberOther && i == 1); }

    public int saved(Tensor out) { return 0b11; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "xlogy(" + a[0] + ", " + a[1] + ")"; }

    public boolean broadcasts() { return true; }
}
