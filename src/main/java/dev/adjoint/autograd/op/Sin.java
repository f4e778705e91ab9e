package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** sin a, as PyTorch's CPU kernel computes it (SLEEF's sin, in vectors of four: see VectorKernel.mapInFours). */
public final class Sin implements Op, ScalarRule {
    static final Sin INSTANCE = new Sin();

    public String name() { return "sin"; }

    public NDArray compute(NDArray[] in) { return VectorKernel.mapInFours(in[0], Sleef::sin); }

    public double value(double a, double b) { return Sleef.sin(a, lone(a)); }

    public double adjoint(int i, double g, double a, double b, double y) { return g * Sleef.cos(a, lone(a)); }

    /** The path of a vector whose other lanes are zero padding. */
    static int lone(double a) { return Double.isNaN(a) ? 2 : Sleef.trigRange(Math.abs(a)); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.mul(g, Ops.cos(out.input(0)))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], Ops.cos(out.input(0))); }

    public String torchName(Tensor out) { return "SinBackward0"; }

    public int saved(Tensor out) { return 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "sin " + a[0]; }

    public LocalRule localRule() { return LocalRule.same("$g * cos $a"); }
}
