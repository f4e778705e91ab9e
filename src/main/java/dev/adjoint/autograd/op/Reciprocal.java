package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * 1 / a, PyTorch's ReciprocalBackward0 (also the first half of {@code 2 / x}, which PyTorch computes
 * as x.reciprocal() * 2); (1/a)' = −1/a², written with the saved result as PyTorch's −g·y².
 */
public final class Reciprocal implements Op, ScalarRule {
    static final Reciprocal INSTANCE = new Reciprocal();

    public String name() { return "reciprocal"; }

    public NDArray compute(NDArray[] in) { return in[0].map(a -> 1 / a); }

    public double value(double a, double b) { return 1 / a; }

    public double adjoint(int i, double g, double a, double b, double y) { return -g * (y * y); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.neg(Ops.mul(g, Ops.mul(out, out)))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.neg(Ops.mul(t[0], Ops.mul(out, out))); }

    public String torchName(Tensor out) { return "ReciprocalBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "1 / " + a[0]; }

    public LocalRule localRule() { return LocalRule.same("-$g / $a^{2}"); }

    public String domainNote(boolean nan) { return nan ? null : "inf: division by 0"; }
}
