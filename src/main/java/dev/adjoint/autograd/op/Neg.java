package dev.adjoint.autograd.op;

import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;

/** −a. */
public final class Neg implements Op, ScalarRule {
    static final Neg INSTANCE = new Neg();

    public String name() { return "neg"; }

    public NDArray compute(NDArray[] in) { return in[0].neg(); }

    public NDArray computeInt64(NDArray[] in) { return in[0].map(v -> -Int64Arithmetic.bits(v)); }

    public double value(double a, double b) { return -a; }

    public double adjoint(int i, double g, double a, double b, double y) { return -g; }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.neg(g)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.neg(t[0]); }

    public String torchName(Tensor out) { return "NegBackward0"; }

    public String notation(String... a) { return "−" + a[0]; }

    public LocalRule localRule() { return LocalRule.same("-$g"); }
}
