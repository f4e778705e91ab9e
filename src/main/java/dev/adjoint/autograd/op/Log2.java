package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** log₂ x (SLEEF's, as torch.log2); its derivative 1/(x ln 2), PyTorch's grad / (x · 0.6931471805599453). */
final class Log2 extends PointwiseFunction {
    static final Log2 INSTANCE = new Log2();

    public String name() { return "log2"; }

    double value(double x) { return Sleef.log2(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.div(g, Ops.mul(x, Ops.scalar(Math.log(2)))); }
}
