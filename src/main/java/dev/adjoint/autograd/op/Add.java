package dev.adjoint.autograd.op;

import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;

/** a + b, broadcasting. */
public final class Add implements Op, ScalarRule {
    static final Add INSTANCE = new Add();

    public String name() { return "add"; }

    public NDArray compute(NDArray[] in) { return in[0].add(in[1]); }

    public NDArray computeInt64(NDArray[] in) { return in[0].zip(in[1], Int64Arithmetic.ADD); }

    public double value(double a, double b) { return a + b; }

    public double adjoint(int i, double g, double a, double b, double y) { return g; }

    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {Ops.sumToShape(g, out.input(0).shape()), Ops.sumToShape(g, out.input(1).shape())};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return Ops.broadcastTo(Ops.addOrFirst(t[0], t[1]), out.shape());
    }

    public String torchName(Tensor out) { return "AddBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { into.scalar("alpha", 1L); }

    public String notation(String... a) { return a[0] + " + " + a[1]; }

    public LocalRule localRule() { return LocalRule.same("$g", "$g"); }

    public boolean broadcasts() { return true; }
}
