package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/**
 * tanh's gradient g·(1 − y²), with 1 − y² in one rounding: 1.13's kernel is compiled with fused
 * multiply-adds (micrograd's neuron: x2.grad 0.49999999999999994, not 0.4999999999999999).
 */
final class TanhBackward extends BackwardFromOutput {
    static final TanhBackward INSTANCE = new TanhBackward();

    public String name() { return "tanh_backward"; }

    double of(double g, double y) { return g * Math.fma(-y, y, 1); }

    /** derivatives.yaml: output: grad * (-2 * output * grad_output). */
    Tensor curvature(Tensor g, Tensor y) { return Ops.mul(Ops.mul(Ops.scalar(-2), y), g); }

    public String torchName(Tensor out) { return "TanhBackwardBackward0"; }

    public String notation(String... a) { return a[0] + " · (1 − " + a[1] + "²)"; }
}
