package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** asin x (SLEEF's, as PyTorch's kernel: {@link SleefTrig}); asin' = 1/√(1 − x²), PyTorch's grad · (−x·x + 1).rsqrt(). */
final class Asin extends PointwiseFunction {
    static final Asin INSTANCE = new Asin();

    public String name() { return "asin"; }

    double value(double x) { return SleefTrig.asin(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.rsqrt(Ops.add(Ops.neg(Ops.mul(x, x)), one()))); }
}
