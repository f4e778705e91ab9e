package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's {@code torch.optim.NAdam} (Adam with Nesterov momentum), operation for operation as
 * its single-tensor implementation (1.13), with t the parameter's own step count:
 * <pre>
 *   g ← ∇p + λ·p        μₜ ← β₁·(1 − ½·0.96^(t·ψ))     Π ← Π·μₜ    (ψ: momentum_decay)
 *   m ← β₁·m + (1 − β₁)·g        v ← β₂·v + (1 − β₂)·g·g        d ← √(v / (1 − β₂ᵗ)) + ε
 *   p ← p − lr·(1 − μₜ)/(1 − Π)·g/d − lr·μₜ₊₁/(1 − Π·μₜ₊₁)·m/d     (in place)
 * </pre>
 * PyTorch keeps Π (mu_product) in a 0-d tensor of the default dtype: with float32 (PyTorch's
 * default) Π is rounded to float as there, since the step sizes, and so the printed digits,
 * depend on it.
 */
public final class TorchNAdam extends TwoBufferOptimizer {
    private final double beta1, beta2, eps, weightDecay, momentumDecay;
    private final boolean singleState;
    private double[] muProduct;

    public TorchNAdam(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay, double momentumDecay,
            boolean singleState) {
        super(params, TorchSGD.check("lr", "learning rate", lr), "exp_avg", "exp_avg_sq", true);
        TorchAdam.checkAdamFamily(eps, beta1, beta2, weightDecay);
        TorchSGD.check("momentum_decay", "momentum_decay value", momentumDecay);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.momentumDecay = momentumDecay;
        this.singleState = singleState;
        muProduct = new double[this.params.size()];
    }

    @Override
    protected void update() {
        updateEach((k, w, g) -> {
            if (first[k] == null) muProduct[k] = 1;
            int t = advance(k, w.length);
            double c2 = 1 - Math.pow(beta2, t);
            double mu = beta1 * (1. - 0.5 * Math.pow(0.96, t * momentumDecay));
            double muNext = beta1 * (1. - 0.5 * Math.pow(0.96, (t + 1) * momentumDecay));
            double product = muProduct[k] = held(held(muProduct[k]) * held(mu));
            double productNext = held(held(product * held(mu)) * held(muNext));
            double gradStep = -lr * (1. - mu) / (1. - product), avgStep = -lr * muNext / (1. - productNext);
            double[] m = first[k], v = second[k];
            for (int i = 0; i < w.length; i++) {
                double gi = stepGrad(g[i], w[i], false, weightDecay);
                m[i] = TorchKernels.add(m[i] * beta1, 1 - beta1, gi);
                v[i] = TorchKernels.addcmul(v[i] * beta2, 1 - beta2, gi, gi);
                double denom = Math.sqrt(v[i] / c2) + eps;
                w[i] = TorchKernels.addcdiv(w[i], gradStep, gi, denom);
                w[i] = TorchKernels.addcdiv(w[i], avgStep, m[i], denom);
            }
        });
    }

    /**
     * A value as the 0-d state tensor holds it: a float32 tensor times a Python float multiplies
     * in float, which is the double product of the two floats rounded (it is exact in double).
     */
    private double held(double x) {
        return singleState ? (float) x : x;
    }

    @Override
    protected Runnable stateSnapshot() {
        Runnable buffers = super.stateSnapshot();
        double[] mp = muProduct.clone();
        return () -> {
            buffers.run();
            muProduct = mp;
        };
    }

    /** PyTorch's order: step, mu_product, exp_avg, exp_avg_sq. */
    @Override
    public Map<String, Object> state(int k) {
        Map<String, Object> s = super.state(k);
        if (s == null) return null;
        Map<String, Object> out = stateOf("step", s.remove("step"), "mu_product", muProduct[k]);
        out.putAll(s);
        return out;
    }

    @Override
    protected void load(int k, Map<String, Object> state) {
        super.load(k, state);
        muProduct[k] = loadedScalar(state, "mu_product", 1);
    }

    @Override
    public String toString() {
        return "NAdam(lr=" + lr + ")";
    }
}
