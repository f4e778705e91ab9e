package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** cos a, as PyTorch's CPU kernel computes it (SLEEF's cos, in vectors of four: see VectorKernel.mapInFours). */
public final class Cos implements Op, ScalarRule {
    static final Cos INSTANCE = new Cos();

    public String name() { return "cos"; }

    public NDArray compute(NDArray[] in) { return VectorKernel.mapInFours(in[0], Sleef::cos); }

    public double value(double a, double b) { return Sleef.cos(a, Sin.lone(a)); }

    public double adjoint(int i, double g, double a, double b, double y) { return -(g * Sleef.sin(a, Sin.lone(a))); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.neg(Ops.mul(g, Ops.sin(out.input(0))))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.neg(Ops.mul(t[0], Ops.sin(out.input(0)))); }

    public String torchName(Tensor out) { return "CosBackward0"; }

    public int saved(Tensor out) { return 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "cos " + a[0]; }

    public LocalRule localRule() { return LocalRule.same("-$g * sin $a"); }
}
