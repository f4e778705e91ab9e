package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * soft_margin_loss as PyTorch's one node SoftMarginLossBackward0: log(1 + e^(−y·x)) per element;
 * the slopes −y·σ(−y·x) for the input (its gradient rounded as PyTorch's backward rounds it) and
 * −x·σ(−y·x) for the target.
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

    /** PyTorch 1.13's backward, term for term: z = exp(−y·x), then y·z·(−norm) / (z + 1) · g. */
    @Override
    Tensor inputGradient(Tensor g, Tensor x, Tensor y) {
        Tensor z = Ops.exp(Ops.mul(Ops.neg(y), x));
        return Ops.mul(Ops.div(Ops.mul(Ops.mul(y, z), Ops.scalar(-norm(x, y))), Ops.add(z, Ops.scalar(1))), g);
    }

    Tensor targetSlope(Tensor a, Tensor b) { return inputSlope(b, a); }

    public String torchName(Tensor out) { return "SoftMarginLossBackward0"; }
}
