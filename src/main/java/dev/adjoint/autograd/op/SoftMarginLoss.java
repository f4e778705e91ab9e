package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * soft_margin_loss as PyTorch's one node SoftMarginLossBackward0: log(1 + e^(−y·x)) per element;
 * the slopes −y·σ(−y·x) for the input and −x·σ(−y·x) for the target.
 */
public final class SoftMarginLoss extends PointwiseLoss {
    SoftMarginLoss(String reduction) {
        super(reduction, null);
    }

    public String name() { return "soft_margin_loss"; }

    NDArray terms(NDArray a, NDArray b) {
        return a.zip(b, (x, y) -> Math.log1p(Math.exp(-y * x)));
    }

    Tensor inputSlope(Tensor a, Tensor b) { return Ops.mul(Ops.neg(b), Ops.sigmoid(Ops.neg(Ops.mul(b, a)))); }

    Tensor targetSlope(Tensor a, Tensor b) { return inputSlope(b, a); }

    public String torchName(Tensor out) { return "SoftMarginLossBackward0"; }
}
