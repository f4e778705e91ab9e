package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** cosh x; cosh' = sinh. */
final class Cosh extends PointwiseFunction {
    static final Cosh INSTANCE = new Cosh();

    public String name() { return "cosh"; }

    double value(double x) { return StrictMath.cosh(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.sinh(x)); }
}
