package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import java.util.List;

/**
 * PyTorch's {@code torch.optim.Adadelta}, operation for operation as its single-tensor
 * implementation (1.13):
 * <pre>
 *   g ← ∇p + λ·p           s ← ρ·s + (1 − ρ)·g·g
 *   Δ ← √(u + ε) / √(s + ε) · g      u ← ρ·u + (1 − ρ)·Δ·Δ      p ← p − lr·Δ     (in place)
 * </pre>
 */
public final class TorchAdadelta extends TwoBufferOptimizer {
    private final double rho, eps, weightDecay;
    private final boolean maximize;

    public TorchAdadelta(List<Tensor> params, double lr, double rho, double eps, double weightDecay, boolean maximize) {
        super(params, TorchSGD.check("lr", "learning rate", lr), "square_avg", "acc_delta", false);
        if (!(rho >= 0 && rho <= 1)) throw new InvalidHyperparameter("rho", -1, "rho value", rho);
        TorchSGD.check("eps", "epsilon value", eps);
        TorchSGD.check("weight_decay", "weight_decay value", weightDecay);
        this.rho = rho;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.maximize = maximize;
    }

    @Override
    protected void update() {
        updateEach((k, w, g) -> {
            advance(k, w.length);
            double[] s = first[k], u = second[k];
            for (int i = 0; i < w.length; i++) {
                double gi = stepGrad(g[i], w[i], maximize, weightDecay);
                s[i] = TorchKernels.addcmul(s[i] * rho, 1 - rho, gi, gi);
                double std = Math.sqrt(s[i] + eps);
                double delta = Math.sqrt(u[i] + eps) / std * gi;
                u[i] = TorchKernels.addcmul(u[i] * rho, 1 - rho, delta, delta);
                w[i] = TorchKernels.add(w[i], -lr, delta);
            }
        });
    }

    @Override
    public String toString() {
        return "Adadelta(lr=" + lr + ")";
    }
}
