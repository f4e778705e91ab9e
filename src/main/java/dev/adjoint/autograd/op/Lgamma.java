package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** ln |Γ(x)|, SLEEF's as PyTorch's kernel calls it; its derivative is digamma. */
final class Lgamma extends PointwiseFunction {
    static final Lgamma INSTANCE = new Lgamma();

    public String name() { return "lgamma"; }

    double value(double x) { return Sleef.lgamma(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.digamma(x)); }
}
