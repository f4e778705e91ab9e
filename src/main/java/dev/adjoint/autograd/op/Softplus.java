package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/**
 * softplus(x) = log(1 + e^(βx)) / β, and x itself where βx > threshold (PyTorch's linear region,
 * which also keeps e^(βx) from overflowing); softplus' = σ(βx) there, 1 in the linear region.
 */
public final class Softplus extends Activation {
    private final double beta, threshold;

    Softplus(double beta, double threshold) {
        this.beta = beta;
        this.threshold = threshold;
    }

    public String name() { return "softplus"; }

    double value(double x) { return x * beta > threshold ? x : Math.log1p(Math.exp(x * beta)) / beta; }

    Tensor slope(Tensor x) {
        Tensor linear = mask(x, v -> v * beta > threshold);
        return Ops.where(linear, Ops.scalar(1), Ops.sigmoid(Ops.mul(x, Ops.scalar(beta))));
    }

    String torchBase() { return "SoftplusBackward0"; }
}
