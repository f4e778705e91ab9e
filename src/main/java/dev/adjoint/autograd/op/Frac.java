package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** x − trunc(x), keeping x's sign; its gradient passes through (FracBackward0). */
final class Frac extends PointwiseFunction {
    static final Frac INSTANCE = new Frac();

    public String name() { return "frac"; }

    double value(double x) { return x - (x < 0 ? Math.ceil(x) : Math.floor(x)); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return g; }
}
