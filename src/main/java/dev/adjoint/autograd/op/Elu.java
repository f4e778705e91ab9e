package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/**
 * PyTorch's elu family: scale·x for x > 0, else scale·alpha·(e^(inputScale·x) − 1). elu is
 * (alpha, 1, 1), selu its fixed constants, celu (alpha, 1, 1/alpha) under its own node's name.
 */
public final class Elu extends Activation {
    static final double SELU_ALPHA = 1.6732632423543772848170429916717, SELU_SCALE = 1.0507009873554804934193349852946;
    private final double alpha, scale, inputScale;
    private final String torchBase;

    Elu(double alpha, double scale, double inputScale, String torchBase) {
        this.alpha = alpha;
        this.scale = scale;
        this.inputScale = inputScale;
        this.torchBase = torchBase;
    }

    public String name() { return torchBase.startsWith("Celu") ? "celu" : "elu"; }

    /** As PyTorch 1.13's elu kernel writes it: (e^(inputScale·x) − 1)·(alpha·scale), exp then minus one (not expm1). */
    double value(double x) { return x > 0 ? x * scale : (Math.exp(x * inputScale) - 1) * (alpha * scale); }

    /**
     * scale where x > 0, else inputScale·alpha·scale·e^(inputScale·x), read at min(x, 0) so that no
     * branch overflows; at x = 0 that constant with a zero derivative, as PyTorch's double backward
     * (which counts only x < 0 as the curved side).
     */
    Tensor slope(Tensor x) {
        double c = inputScale * alpha * scale;
        Tensor positive = mask(x, v -> !(v <= 0)), zero = mask(x, v -> v == 0), negative = mask(x, v -> v < 0);
        Tensor exp = Ops.exp(Ops.mul(Ops.clamp(x, null, 0.0), Ops.scalar(inputScale))); // clamped, not x·mask: +inf·0 would be NaN
        Tensor sides = Ops.add(Ops.mul(positive, Ops.scalar(scale)), Ops.mul(zero, Ops.scalar(c)));
        return Ops.add(sides, Ops.mul(Ops.mul(exp, negative), Ops.scalar(c)));
    }

    String torchBase() { return torchBase; }

    public String notation(String... a) { return name() + "(" + a[0] + ")"; }
}
