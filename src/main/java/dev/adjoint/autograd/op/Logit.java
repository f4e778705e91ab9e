package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/**
 * logit x = ln(x / (1 − x)), the inverse of sigmoid. With eps, x is first clamped to
 * [eps, 1 − eps] and the gradient is 0 outside it; without, it is g / (x(1 − x)) everywhere (NaN
 * outside [0, 1]), as PyTorch's logit_backward.
 */
final class Logit extends PointwiseFunction {
    static final Logit PLAIN = new Logit(null);

    private final Double eps;

    private Logit(Double eps) { this.eps = eps; }

    static Logit of(Double eps) { return eps == null || eps < 0 ? PLAIN : new Logit(eps); }

    public String name() { return "logit"; }

    double value(double x) {
        double z = eps == null ? x : Math.min(Math.max(x, eps), 1 - eps);
        return Math.log(z / (1 - z));
    }

    Tensor gradient(Tensor g, Tensor x, Tensor y) {
        Tensor slope = Ops.div(g, Ops.mul(x, Ops.sub(one(), x)));
        if (eps == null) // NaN outside [0, 1], as PyTorch's logit_backward without eps
            return Ops.where(Ops.logicalAnd(Ops.ge(x, Ops.scalar(0)), Ops.le(x, one())), slope, Ops.mul(g, Ops.scalar(Double.NaN)));
        Tensor inside = Ops.logicalAnd(Ops.ge(x, Ops.scalar(eps)), Ops.le(x, Ops.scalar(1 - eps)));
        return Ops.where(inside, slope, Ops.mul(g, Ops.scalar(0)));
    }
}
