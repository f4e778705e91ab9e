package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** acos x (SLEEF's, as PyTorch's kernel: {@link SleefTrig}); acos' = −1/√(1 − x²), PyTorch's grad · −(−x·x + 1).rsqrt(). */
final class Acos extends PointwiseFunction {
    static final Acos INSTANCE = new Acos();

    public String name() { return "acos"; }

    double value(double x) { return SleefTrig.acos(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.neg(Ops.rsqrt(Ops.add(Ops.neg(Ops.mul(x, x)), one())))); }
}
