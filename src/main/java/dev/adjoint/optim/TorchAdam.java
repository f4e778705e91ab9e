package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import java.util.List;

/**
 * PyTorch's {@code torch.optim.Adam}, operation for operation as its single-tensor implementation
 * (1.13), so the printed digits agree. With t the parameter's own step count:
 * <pre>
 *   g ← ∇p + λ·p
 *   m ← β₁·m + (1 − β₁)·g            v ← β₂·v + (1 − β₂)·g·g     (v̂max ← max(v̂max, v) with amsgrad)
 *   p ← p − (lr / (1 − β₁ᵗ))·m / (√v / √(1 − β₂ᵗ) + ε)           (in place)
 * </pre>
 * AdamW (decoupled weight decay) leaves g ← ∇p and first shrinks p ← (1 − lr·λ)·p.
 */
public final class TorchAdam extends Optimizer {
    private final double beta1, beta2, eps, weightDecay;
    private final boolean amsgrad, maximize, decoupled;
    private double[][] m, v, vmax;
    private int[] steps;

    public TorchAdam(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad, boolean maximize) {
        this(params, lr, beta1, beta2, eps, weightDecay, amsgrad, maximize, false);
    }

    /** {@code decoupled}: AdamW's weight decay, applied to the parameter instead of the gradient. */
    public TorchAdam(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad, boolean maximize,
            boolean decoupled) {
        super(params, TorchSGD.check("lr", "learning rate", lr));
        checkAdamFamily(eps, beta1, beta2, weightDecay);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.amsgrad = amsgrad;
        this.maximize = maximize;
        this.decoupled = decoupled;
        int n = this.params.size();
        m = new double[n][];
        v = new double[n][];
        vmax = new double[n][];
        steps = new int[n];
    }

    /**
     * PyTorch's checks of Adam's family (Adam, AdamW, Adamax, NAdam, RAdam) after the learning rate,
     * in its order: eps, each of betas in [0, 1), weight_decay.
     */
    static void checkAdamFamily(double eps, double beta1, double beta2, double weightDecay) {
        TorchSGD.check("eps", "epsilon value", eps);
        if (!(beta1 >= 0 && beta1 < 1)) throw new InvalidHyperparameter("betas", 0, "beta parameter at index 0", beta1);
        if (!(beta2 >= 0 && beta2 < 1)) throw new InvalidHyperparameter("betas", 1, "beta parameter at index 1", beta2);
        TorchSGD.check("weight_decay", "weight_decay value", weightDecay);
    }

    @Override
    protected void update() {
        updateEach((k, w, g) -> {
            if (m[k] == null) {
                m[k] = new double[w.length];
                v[k] = new double[w.length];
                if (amsgrad) vmax[k] = new double[w.length];
            }
            int t = ++steps[k];
            double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
            double stepSize = lr / c1, c2sqrt = Math.sqrt(c2);
            double[] mk = m[k], vk = v[k];
            for (int i = 0; i < w.length; i++) {
                double gi = stepGrad(g[i], w[i], maximize, decoupled ? 0 : weightDecay);
                if (decoupled) w[i] = w[i] * (1 - lr * weightDecay);
                mk[i] = TorchKernels.add(mk[i] * beta1, 1 - beta1, gi);
                vk[i] = TorchKernels.addcmul(vk[i] * beta2, 1 - beta2, gi, gi);
                double second = vk[i];
                if (amsgrad) second = vmax[k][i] = Math.max(vmax[k][i], vk[i]);
                double denom = Math.sqrt(second) / c2sqrt + eps;
                w[i] = TorchKernels.addcdiv(w[i], -stepSize, mk[i], denom);
            }
        });
    }

    @Override
    protected Runnable stateSnapshot() {
        double[][] sm = copy(m), sv = copy(v), sx = copy(vmax);
        int[] st = steps.clone();
        return () -> {
            m = sm;
            v = sv;
            vmax = sx;
            steps = st;
        };
    }

    @Override
    public java.util.Map<String, Object> state(int k) {
        if (m[k] == null) return null;
        java.util.Map<String, Object> s = stateOf("step", (double) steps[k], "exp_avg", buffer(k, m[k]), "exp_avg_sq", buffer(k, v[k]));
        if (amsgrad) s.put("max_exp_avg_sq", buffer(k, vmax[k]));
        return s;
    }

    @Override
    protected void load(int k, java.util.Map<String, Object> state) {
        int n = params.get(k).value().size();
        m[k] = orZeros(loaded(k, state, "exp_avg"), n);
        v[k] = orZeros(loaded(k, state, "exp_avg_sq"), n);
        vmax[k] = amsgrad ? orZeros(loaded(k, state, "max_exp_avg_sq"), n) : null;
        steps[k] = loadedStep(state);
    }

    @Override
    public String toString() {
        return (decoupled ? "AdamW" : "Adam") + "(lr=" + lr + ")";
    }
}
