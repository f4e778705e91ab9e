package dev.adjoint.autograd.op;

import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;

/** a − b, broadcasting. */
public final class Sub implements Op, ScalarRule {
    static final Sub INSTANCE = new Sub(false);
    /** A Python number minus a tensor: PyTorch's rsub. */
    static final Sub REVERSED = new Sub(true);
    private final boolean reversed;

    private Sub(boolean reversed) {
        this.reversed = reversed;
    }

    public String name() { return "sub"; }

    /** rsub(Tensor, Scalar): the number is no input of RsubBackward1. */
    public boolean isTorchInput(Tensor out, int i) { return !(reversed && i == 0); }

    public NDArray compute(NDArray[] in) { return in[0].sub(in[1]); }

    public NDArray computeInt64(NDArray[] in) { return in[0].zip(in[1], Int64Arithmetic.SUBTRACT); }

    public double value(double a, double b) { return a - b; }

    public double adjoint(int i, double g, double a, double b, double y) { return i == 0 ? g : -g; }

    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {Ops.sumToShape(g, out.input(0).shape()), Ops.sumToShape(Ops.neg(g), out.input(1).shape())};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor d = t[1] == null ? t[0] : t[0] == null ? Ops.neg(t[1]) : Ops.sub(t[0], t[1]);
        return Ops.broadcastTo(d, out.shape());
    }

    public String torchName(Tensor out) { return reversed ? "RsubBackward1" : "SubBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { into.scalar("alpha", 1L); }

    public String notation(String... a) { return a[0] + " − " + a[1]; }

    public LocalRule localRule() { return LocalRule.same("$g", "-$g"); }

    public boolean broadcasts() { return true; }
}
