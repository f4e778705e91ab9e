package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** acosh x (x ≥ 1); acosh' = 1/√(x² − 1), PyTorch's grad · (x.pow(2) − 1).rsqrt(). */
final class Acosh extends PointwiseFunction {
    static final Acosh INSTANCE = new Acosh();

    public String name() { return "acosh"; }

    double value(double x) { return dev.adjoint.ndarray.ExactMath.acosh(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.rsqrt(Ops.sub(Ops.square(x), one()))); }
}
