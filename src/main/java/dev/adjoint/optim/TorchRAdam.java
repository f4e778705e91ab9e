package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import java.util.List;

/**
 * PyTorch's {@code torch.optim.RAdam} (rectified Adam), operation for operation as its
 * single-tensor implementation (1.13), with t the parameter's own step count:
 * <pre>
 *   g ← ∇p + λ·p        m ← β₁·m + (1 − β₁)·g        v ← β₂·v + (1 − β₂)·g·g
 *   ρ∞ ← 2/(1 − β₂) − 1        ρₜ ← ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ)
 *   p ← p − m/(1 − β₁ᵗ)·lr·(√(1 − β₂ᵗ)/(√v + ε))·r   when ρₜ > 5 (r the variance rectification)
 *   p ← p − m/(1 − β₁ᵗ)·lr                            otherwise     (in place)
 * </pre>
 */
public final class TorchRAdam extends TwoBufferOptimizer {
    private final double beta1, beta2, eps, weightDecay;

    public TorchRAdam(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay) {
        super(params, TorchSGD.check("lr", "learning rate", lr), "exp_avg", "exp_avg_sq", true);
        TorchAdam.checkAdamFamily(eps, beta1, beta2, weightDecay);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    @Override
    protected void update() {
        updateEach((k, w, g) -> {
            int t = advance(k, w.length);
            double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
            double rhoInf = 2 / (1 - beta2) - 1;
            double rhoT = rhoInf - 2 * t * Math.pow(beta2, t) / c2;
            boolean rectified = rhoT > 5.;
            double rect = rectified ? Math.sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT)) : 0;
            double c2sqrt = Math.sqrt(c2);
            double[] m = first[k], v = second[k];
            for (int i = 0; i < w.length; i++) {
                double gi = stepGrad(g[i], w[i], false, weightDecay);
                m[i] = TorchKernels.add(m[i] * beta1, 1 - beta1, gi);
                v[i] = TorchKernels.addcmul(v[i] * beta2, 1 - beta2, gi, gi);
                double corrected = m[i] / c1;
                if (rectified) {
                    double adaptive = 1 / (Math.sqrt(v[i]) + eps) * c2sqrt; // a float over a tensor: PyTorch's reciprocal times the float
                    w[i] = w[i] + -1.0 * (corrected * lr * adaptive * rect);
                } else w[i] = w[i] + -1.0 * (corrected * lr);
            }
        });
    }

    @Override
    public String toString() {
        return "RAdam(lr=" + lr + ")";
    }
}
