package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** silu(x) = x·σ(x) (swish); silu'(x) = σ(x)·(1 + x·(1 − σ(x))) (PyTorch's SiluBackward0). */
public final class Silu extends Activation {
    static final Silu INSTANCE = new Silu();

    public String name() { return "silu"; }

    /** PyTorch's kernel: x / (1 + e^−x). */
    double value(double x) { return x / (1 + Math.exp(-x)); }

    Tensor slope(Tensor x) {
        Tensor s = Ops.sigmoid(x);
        return Ops.mul(s, Ops.add(Ops.scalar(1), Ops.mul(x, Ops.sub(Ops.scalar(1), s))));
    }

    String torchBase() { return "SiluBackward0"; }
}
