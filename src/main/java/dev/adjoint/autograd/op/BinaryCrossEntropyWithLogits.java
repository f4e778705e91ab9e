package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * binary_cross_entropy_with_logits of logits x and targets y, computed as PyTorch computes it
 * (m = max(−x, 0); (1 − y)·x + m + log(e^−m + e^(−x−m)), with pos_weight pw the log term times
 * 1 + (pw − 1)·y), so it neither overflows nor rounds differently; gradients as PyTorch's:
 * σ(x) − y (with pw: (pw·y + 1 − y)·σ(x) − pw·y) times g, then the weight, then over the count (its
 * order of rounding), and −x (log σ(−x) − pw·log σ(x)) for the target.
 */
final class BinaryCrossEntropyWithLogits extends PointwiseLoss {
    private final Tensor posWeight;

    BinaryCrossEntropyWithLogits(String reduction, Tensor weight, Tensor posWeight) {
        super(reduction, weight);
        this.posWeight = posWeight;
    }

    public String name() { return "binary_cross_entropy_with_logits"; }

    NDArray terms(NDArray x, NDArray y) {
        if (posWeight == null) return x.zip(y, (xi, yi) -> {
            double m = Math.max(-xi, 0);
            return (1 - yi) * xi + m + Math.log(Math.exp(-m) + Math.exp(-xi - m));
        });
        NDArray logWeight = posWeight.value().add(-1).mul(y).add(1);
        NDArray softplus = x.map(xi -> {
            double m = Math.max(-xi, 0);
            return Math.log(Math.exp(-m) + Math.exp(-xi - m)) + m;
        });
        return y.map(yi -> 1 - yi).mul(x).add(logWeight.mul(softplus));
    }

    Tensor inputSlope(Tensor x, Tensor y) {
        if (posWeight == null) return Ops.sub(Ops.sigmoid(x), y);
        Tensor t = Ops.mul(posWeight, y);
        return Ops.sub(Ops.mul(Ops.sub(Ops.add(t, Ops.scalar(1)), y), Ops.sigmoid(x)), t);
    }

    @Override
    Tensor inputGradient(Tensor g, Tensor x, Tensor y) {
        return weightedAfter(Ops.mul(inputSlope(x, y), g), x, y);
    }

    Tensor targetSlope(Tensor x, Tensor y) {
        if (posWeight == null) return Ops.neg(x);
        return Ops.sub(Ops.logSigmoid(Ops.neg(x)), Ops.mul(posWeight, Ops.logSigmoid(x)));
    }

    public String torchName(Tensor out) { return "BinaryCrossEntropyWithLogitsBackward0"; }
}
