package dev.adjoint.autograd.op;

import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;

/** |a|; its slope is the constant sign(a) (0 at a = 0, as PyTorch). */
public final class Abs implements Op, ScalarRule {
    static final Abs INSTANCE = new Abs();

    public String name() { return "abs"; }

    public NDArray compute(NDArray[] in) { return in[0].map(Math::abs); }

    public NDArray computeInt64(NDArray[] in) { return in[0].map(v -> Math.abs(Int64Arithmetic.bits(v))); }

    public double value(double a, double b) { return Math.abs(a); }

    public double adjoint(int i, double g, double a, double b, double y) { return g * Ops.sign(a); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.mul(g, sign(out))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], sign(out)); }

    private static Tensor sign(Tensor out) { return Ops.sign(out.input(0)); }

    public String torchName(Tensor out) { return "AbsBackward0"; }

    public int saved(Tensor out) { return 1; }

    public String notation(String... a) { return "|" + a[0] + "|"; }

    public LocalRule localRule() { return LocalRule.same("$g * sign $a"); }
}
