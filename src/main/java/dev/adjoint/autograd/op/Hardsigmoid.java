package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** hardsigmoid(x) = min(max(x + 3, 0), 6) / 6; its slope is 1/6 strictly between −3 and 3, else 0 (PyTorch's hardsigmoid_backward). */
public final class Hardsigmoid extends Activation {
    static final Hardsigmoid INSTANCE = new Hardsigmoid();

    public String name() { return "hardsigmoid"; }

    double value(double x) { return Math.min(Math.max(x + 3, 0), 6) / 6; }

    Tensor slope(Tensor x) { return Ops.div(mask(x, v -> v > -3 && v < 3), Ops.scalar(6)); }

    String torchBase() { return "HardsigmoidBackward0"; }
}
