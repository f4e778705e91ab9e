package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** sin(πx)/(πx), 1 at 0; the derivative (πx cos πx − sin πx)/(πx²), 0 at 0, as PyTorch's sinc_backward. */
final class Sinc extends PointwiseFunction {
    static final Sinc INSTANCE = new Sinc();

    public String name() { return "sinc"; }

    double value(double x) { return SpecialFunctions.sinc(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return SpecialFunctions.sincGradient(g, x); }
}
