package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** sin a. */
public final class Sin implements Op, ScalarRule {
    static final Sin INSTANCE = new Sin();

    public String name() { return "sin"; }

    public NDArray compute(NDArray[] in) { return in[0].map(Math::sin); }

    public double value(double a, double b) { return Math.sin(a); }

    public double adjoint(int i, double g, double a, double b, double y) { return g * Math.cos(a); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.mul(g, Ops.cos(out.input(0)))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], Ops.cos(out.input(0))); }

    public String torchName(Tensor out) { return "SinBackward0"; }

    public int saved(Tensor out) { return 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "sin " + a[0]; }

    public LocalRule localRule() { return LocalRule.same("$g * cos $a"); }
}
