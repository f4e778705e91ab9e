package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** atan x (SLEEF's, as PyTorch's kernel: {@link SleefTrig}); atan' = 1/(x² + 1), PyTorch's grad / (x·x + 1). */
final class Atan extends PointwiseFunction {
    static final Atan INSTANCE = new Atan();

    public String name() { return "atan"; }

    double value(double x) { return SleefTrig.atan(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.div(g, Ops.add(Ops.mul(x, x), one())); }
}
