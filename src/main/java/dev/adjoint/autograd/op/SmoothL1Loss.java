package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * smooth_l1_loss with threshold beta: z = |x − y|, 0.5·z²/beta below beta and z − 0.5·beta above
 * (PyTorch's kernel); the slope (x − y)/beta clamped to ±1.
 */
final class SmoothL1Loss extends PointwiseLoss {
    private final double beta;

    SmoothL1Loss(String reduction, double beta) {
        super(reduction, null);
        this.beta = beta;
    }

    public String name() { return "smooth_l1_loss"; }

    NDArray terms(NDArray x, NDArray y) {
        return x.zip(y, (xi, yi) -> {
            double z = Math.abs(xi - yi);
            return z < beta ? 0.5 * z * z / beta : z - 0.5 * beta;
        });
    }

    Tensor inputSlope(Tensor x, Tensor y) {
        Tensor d = Ops.sub(x, y);
        return beta == 0 ? Ops.sign(d) : Ops.clamp(Ops.div(d, Ops.scalar(beta)), -1.0, 1.0);
    }

    /** PyTorch's target gradient is the input's formula with the two swapped (+0 where they are equal). */
    Tensor targetSlope(Tensor x, Tensor y) { return inputSlope(y, x); }

    public String torchName(Tensor out) { return "SmoothL1LossBackward0"; }
}
