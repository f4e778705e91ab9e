package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** log₁₀ x (SLEEF's, as torch.log10); its derivative 1/(x ln 10), PyTorch's grad / (x · 2.302585092994046). */
final class Log10 extends PointwiseFunction {
    static final Log10 INSTANCE = new Log10();

    public String name() { return "log10"; }

    double value(double x) { return Sleef.log10(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.div(g, Ops.mul(x, Ops.scalar(Math.log(10)))); }
}
