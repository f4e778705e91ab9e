package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** sinh x; sinh' = cosh. */
final class Sinh extends PointwiseFunction {
    static final Sinh INSTANCE = new Sinh();

    public String name() { return "sinh"; }

    double value(double x) { return StrictMath.sinh(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.cosh(x)); }
}
