package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** exp a, as PyTorch's CPU kernel computes it (SLEEF's exp, see Sleef); its derivative is its own value. */
public final class Exp implements Op, ScalarRule {
    static final Exp INSTANCE = new Exp();

    public String name() { return "exp"; }

    public NDArray compute(NDArray[] in) { return in[0].map(Sleef::exp); }

    public double value(double a, double b) { return Sleef.exp(a); }

    public double adjoint(int i, double g, double a, double b, double y) { return g * y; }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.mul(g, out)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], out); }

    public String torchName(Tensor out) { return "ExpBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "exp " + a[0]; }

    public LocalRule localRule() { return LocalRule.same("$g * exp $a"); }

    public String domainNote(boolean nan) { return "inf: exp overflowed (input > 709.78)"; }
}
