package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import java.util.List;

/**
 * PyTorch's {@code torch.optim.Adamax} (Adam with the infinity norm), operation for operation as
 * its single-tensor implementation (1.13), with t the parameter's own step count:
 * <pre>
 *   g ← ∇p + λ·p        m ← β₁·m + (1 − β₁)·g        u ← max(β₂·u, |g| + ε)
 *   p ← p − (lr / (1 − β₁ᵗ))·m / u     (in place)
 * </pre>
 */
public final class TorchAdamax extends TwoBufferOptimizer {
    private final double beta1, beta2, eps, weightDecay;
    private final boolean maximize;

    public TorchAdamax(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay, boolean maximize) {
        super(params, TorchSGD.check("lr", "learning rate", lr), "exp_avg", "exp_inf", true);
        TorchAdam.checkAdamFamily(eps, beta1, beta2, weightDecay);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.maximize = maximize;
    }

    @Override
    protected void update() {
        updateEach((k, w, g) -> {
            int t = advance(k, w.length);
            double clr = lr / (1 - Math.pow(beta1, t));
            double[] m = first[k], u = second[k];
            for (int i = 0; i < w.length; i++) {
                double gi = stepGrad(g[i], w[i], maximize, weightDecay);
                m[i] = TorchKernels.add(m[i] * beta1, 1 - beta1, gi);
                u[i] = Math.max(u[i] * beta2, Math.abs(gi) + eps); // amax: NaN wins, as Math.max's
                w[i] = TorchKernels.addcdiv(w[i], -clr, m[i], u[i]);
            }
        });
    }

    @Override
    public String toString() {
        return "Adamax(lr=" + lr + ")";
    }
}
