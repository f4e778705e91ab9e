package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * mse_loss as PyTorch's one node, MseLossBackward0 (so its next_functions are the input's and the
 * target's grad_fn, as the blitz prints them): (a − b)² per element; the slope 2(a − b), and for
 * the target PyTorch's same formula with the two swapped.
 */
public final class MseLoss extends PointwiseLoss {
    MseLoss(String reduction) {
        super(reduction, null);
    }

    public String name() { return "mse_loss"; }

    NDArray terms(NDArray a, NDArray b) {
        NDArray d = a.sub(b);
        return d.mul(d);
    }

    Tensor inputSlope(Tensor a, Tensor b) { return Ops.mul(Ops.scalar(2), Ops.sub(a, b)); }

    Tensor targetSlope(Tensor a, Tensor b) { return inputSlope(b, a); }

    public String torchName(Tensor out) { return "MseLossBackward0"; }
}
