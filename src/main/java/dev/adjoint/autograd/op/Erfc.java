package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** 1 − erf x, as PyTorch's kernel computes it (SLEEF's, see SleefErfc); its derivative −2/√π · e^(−x²). */
final class Erfc extends PointwiseFunction {
    static final Erfc INSTANCE = new Erfc();

    public String name() { return "erfc"; }

    double value(double x) { return SleefErfc.erfc(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(Ops.mul(Ops.scalar(-2 / Math.sqrt(Math.PI)), Ops.exp(Ops.neg(Ops.square(x)))), g); }
}
