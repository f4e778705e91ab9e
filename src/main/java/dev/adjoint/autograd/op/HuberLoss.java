package dev.adjoint.autograd.op;

import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * huber_loss with threshold delta: z = |x − y|, 0.5·z² below delta and delta·(z − 0.5·delta) above
 * (PyTorch's kernel; smooth_l1_loss times delta); the slope x − y clamped to ±delta.
 */
final class HuberLoss extends PointwiseLoss {
    private final double delta;

    HuberLoss(String reduction, double delta) {
        super(reduction, null);
        this.delta = delta;
    }

    public String name() { return "huber_loss"; }

    NDArray terms(NDArray x, NDArray y) {
        return x.zip(y, (xi, yi) -> {
            double z = Math.abs(xi - yi);
            return z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta);
        });
    }

    Tensor inputSlope(Tensor x, Tensor y) { return Ops.clamp(Ops.sub(x, y), -delta, delta); }

    /** PyTorch's target gradient is the input's formula with the two swapped (+0 where they are equal). */
    Tensor targetSlope(Tensor x, Tensor y) { return inputSlope(y, x); }

    public String torchName(Tensor out) { return "HuberLossBackward0"; }

    void savedOptions(SavedValues into) { into.real("delta", delta); }
}
