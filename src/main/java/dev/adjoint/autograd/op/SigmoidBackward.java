package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** σ's gradient, g·(1 − y)·y multiplied left to right as 1.13's kernel does. */
final class SigmoidBackward extends BackwardFromOutput {
    static final SigmoidBackward INSTANCE = new SigmoidBackward();

    public String name() { return "sigmoid_backward"; }

    double of(double g, double y) { return g * (1 - y) * y; }

    /** derivatives.yaml: output: grad * grad_output * (-2 * output + 1). */
    Tensor curvature(Tensor g, Tensor y) { return Ops.mul(g, Ops.add(Ops.mul(Ops.scalar(-2), y), Ops.scalar(1))); }

    public String torchName(Tensor out) { return "SigmoidBackwardBackward0"; }

    public String notation(String... a) { return a[0] + " · (1 − " + a[1] + ") · " + a[1]; }
}
