package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** The inverse of erf on (−1, 1); its derivative √π/2 · e^(erfinv(x)²). */
final class Erfinv extends PointwiseFunction {
    static final Erfinv INSTANCE = new Erfinv();

    public String name() { return "erfinv"; }

    double value(double x) { return SpecialFunctions.erfinv(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(Ops.mul(Ops.scalar(0.5 * Math.sqrt(Math.PI)), Ops.exp(Ops.square(Ops.erfinv(x)))), g); }
}
