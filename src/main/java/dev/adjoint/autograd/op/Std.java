package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * Standard deviation, √var, as PyTorch's one StdBackward0 node. Its gradient is PyTorch's
 * std_backward: var's gradient of g / (2·std), with 0 where std is 0, so a constant input has
 * gradient 0 as in PyTorch (the autograd notes' non-differentiable points), not 0/0.
 */
public final class Std implements Op {
    private final Var var;

    Std(Var var) {
        this.var = var;
    }

    public String name() { return "std"; }

    public NDArray compute(NDArray[] in) { return var.compute(in).map(Math::sqrt); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {var.gradient(overTwiceStd(g, out), out.input(0), "StdBackward0")};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return overTwiceStd(var.jvp(t, out), out);
    }

    /** g / (2·std), 0 where std is 0. */
    private static Tensor overTwiceStd(Tensor g, Tensor out) {
        Tensor zero = Ops.scalar(0);
        return Ops.maskedFill(Ops.div(g, Ops.mul(Ops.scalar(2), out)), Ops.eq(out, zero), zero);
    }

    public String torchName(Tensor out) { return "StdBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { var.moments(into); }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return var.notation(a).replaceFirst("^var", "std"); }
}
