package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** √a; (√a)' = 1 / (2√a). */
public final class Sqrt implements Op, ScalarRule {
    static final Sqrt INSTANCE = new Sqrt();

    public String name() { return "sqrt"; }

    public NDArray compute(NDArray[] in) { return in[0].map(Math::sqrt); }

    public double value(double a, double b) { return Math.sqrt(a); }

    public double adjoint(int i, double g, double a, double b, double y) { return g / (2 * y); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.div(g, Ops.mul(Ops.scalar(2), out))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.div(t[0], Ops.mul(Ops.scalar(2), out)); }

    public String torchName(Tensor out) { return "SqrtBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "√" + a[0]; }

    public LocalRule localRule() { return LocalRule.same("$g / (2 * $o)"); }

    public String domainNote(boolean nan) { return "nan: square root of a negative number"; }
}
