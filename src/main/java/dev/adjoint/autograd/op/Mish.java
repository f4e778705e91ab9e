package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/**
 * mish(x) = x·tanh(softplus(x)); mish'(x) = tanh(sp) + x·σ(x)·(1 − tanh(sp)²) with sp = log(1 + eˣ),
 * PyTorch's MishBackward0 formula.
 */
public final class Mish extends Activation {
    static final Mish INSTANCE = new Mish();

    public String name() { return "mish"; }

    /** PyTorch's kernel: x · tanh(log1p(eˣ)) (no threshold, unlike softplus). */
    double value(double x) { return x * Math.tanh(Math.log1p(Math.exp(x))); }

    Tensor slope(Tensor x) {
        Tensor t = Ops.tanh(Ops.log1p(Ops.exp(x)));
        return Ops.add(t, Ops.mul(Ops.mul(x, Ops.sigmoid(x)), Ops.sub(Ops.scalar(1), Ops.mul(t, t))));
    }

    String torchBase() { return "MishBackward0"; }
}
