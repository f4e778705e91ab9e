package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** asinh x; asinh' = 1/√(x² + 1), PyTorch's grad · (x.pow(2) + 1).rsqrt(). */
final class Asinh extends PointwiseFunction {
    static final Asinh INSTANCE = new Asinh();

    public String name() { return "asinh"; }

    double value(double x) { return dev.adjoint.ndarray.ExactMath.asinh(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.rsqrt(Ops.add(Ops.square(x), one()))); }
}
