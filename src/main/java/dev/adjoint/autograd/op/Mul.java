package dev.adjoint.autograd.op;

import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;

/** a × b, elementwise and broadcasting. */
public final class Mul implements Op, ScalarRule {
    static final Mul INSTANCE = new Mul();

    public String name() { return "mul"; }

    public NDArray compute(NDArray[] in) { return in[0].mul(in[1]); }

    public NDArray computeInt64(NDArray[] in) { return in[0].zip(in[1], Int64Arithmetic.MULTIPLY); }

    public double value(double a, double b) { return a * b; }

    public double adjoint(int i, double g, double a, double b, double y) { return i == 0 ? g * b : g * a; }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(Ops.mul(g, b), a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Ops.mul(g, a), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor da = t[0] == null ? null : Ops.mul(t[0], b);
        Tensor db = t[1] == null ? null : Ops.mul(a, t[1]);
        return Ops.broadcastTo(Ops.addOrFirst(da, db), out.shape());
    }

    public String torchName(Tensor out) { return "MulBackward0"; }

    /** a is saved when b needs its gradient, and b when a does. */
    public int saved(Tensor out) { return (out.input(1).requiresGrad() ? 1 : 0) | (out.input(0).requiresGrad() ? 2 : 0); }

    /** MulBackward0's _saved_self and _saved_other, None when not saved. */
    public int savedAttributes(Tensor out) { return 0b11; }

    public String notation(String... a) { return a[0] + " × " + a[1]; }

    public LocalRule localRule() { return LocalRule.same("$g * $b", "$g * $a"); }

    public boolean broadcasts() { return true; }
}
