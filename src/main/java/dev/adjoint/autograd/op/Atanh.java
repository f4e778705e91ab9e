package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** atanh x (|x| < 1); atanh' = 1/(1 − x²), PyTorch's grad · 1 / (1 − x.pow(2)). */
final class Atanh extends PointwiseFunction {
    static final Atanh INSTANCE = new Atanh();

    public String name() { return "atanh"; }

    double value(double x) { return dev.adjoint.ndarray.ExactMath.atanh(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.reciprocal(Ops.sub(one(), Ops.square(x)))); }
}
