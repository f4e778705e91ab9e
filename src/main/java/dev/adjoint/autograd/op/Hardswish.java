package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/**
 * hardswish(x) = x·min(max(x + 3, 0), 6) / 6 (MobileNetV3); its slope is 0 below −3, x/3 + 1/2 on
 * [−3, 3] and 1 above, both bounds counted in the middle piece, as PyTorch's hardswish_backward.
 */
public final class Hardswish extends Activation {
    static final Hardswish INSTANCE = new Hardswish();

    public String name() { return "hardswish"; }

    double value(double x) { return x * Math.min(Math.max(x + 3, 0), 6) / 6; }

    Tensor slope(Tensor x) {
        Tensor middle = Ops.mul(mask(x, v -> v >= -3 && v <= 3), Ops.add(Ops.div(x, Ops.scalar(3)), Ops.scalar(0.5)));
        return Ops.add(middle, mask(x, v -> v > 3));
    }

    String torchBase() { return "HardswishBackward0"; }
}
