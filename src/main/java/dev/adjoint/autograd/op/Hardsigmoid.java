package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/**
 * hardsigmoid(x) = min(max(x + 3, 0), 6) / 6; its slope is 1/6 strictly between −3 and 3, else 0,
 * the 1/6 PyTorch's hardsigmoid_backward multiplies by: the float 1.0f / 6.0f (0.1666666716337204).
 */
public final class Hardsigmoid extends Activation {
    static final Hardsigmoid INSTANCE = new Hardsigmoid();

    public String name() { return "hardsigmoid"; }

    double value(double x) { return Math.min(Math.max(x + 3, 0), 6) / 6; }

    private static final double ONE_SIXTH = 1.0f / 6.0f;

    Tensor slope(Tensor x) { return Ops.mul(mask(x, v -> v > -3 && v < 3), Ops.scalar(ONE_SIXTH)); }

    String torchBase() { return "HardsigmoidBackward0"; }
}
