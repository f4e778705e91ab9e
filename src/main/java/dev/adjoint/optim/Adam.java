package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Fused;
import java.util.List;

/**
 * Adam with bias correction (needle's form; PyTorch's Adam with L2 weight decay agrees). With
 * g = ∇p + λ·p and t the number of steps taken:
 * <pre>
 *   m ← β₁·m + (1 − β₁)·g        v ← β₂·v + (1 − β₂)·g²
 *   m̂ = m / (1 − β₁ᵗ)            v̂ = v / (1 − β₂ᵗ)
 *   p ← p − lr·m̂ / (√v̂ + ε)
 * </pre>
 * Defaults as needle: lr = 0.01, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, λ = 0.
 */
public final class Adam extends Optimizer {
    private final double beta1, beta2, eps, weightDecay;
    private double[][] m, v;
    private int t;

    public Adam(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay) {
        super(params, lr);
        if (!(beta1 >= 0 && beta1 < 1)) throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
        if (!(beta2 >= 0 && beta2 < 1)) throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
        if (!(eps >= 0)) throw new IllegalArgumentException("eps must be non-negative, got " + eps);
        if (!(weightDecay >= 0)) throw new IllegalArgumentException("weight_decay must be non-negative, got " + weightDecay);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.m = new double[this.params.size()][];
        this.v = new double[this.params.size()][];
    }

    public Adam(List<Tensor> params, double lr) {
        this(params, lr, 0.9, 0.999, 1e-8, 0);
    }

    public Adam(List<Tensor> params) {
        this(params, 0.01);
    }

    @Override
    protected Runnable stateSnapshot() {
        double[][] sm = copy(m), sv = copy(v);
        int st = t;
        return () -> {
            m = sm;
            v = sv;
            t = st;
        };
    }

    @Override
    protected void update() {
        t++;
        double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
        for (int k = 0; k < params.size(); k++) {
            Tensor p = params.get(k);
            if (p.grad() == null) continue;
            int size = p.value().size();
            if (m[k] == null) {
                m[k] = new double[size];
                v[k] = new double[size];
            }
            p.setData(Fused.adam(p.value(), p.grad().value(), m[k], v[k], lr, beta1, beta2, eps, weightDecay, c1, c2));
        }
    }

    /** Steps taken so far (t in the bias correction). */
    public int steps() {
        return t;
    }

    @Override
    public String toString() {
        return "Adam(lr=" + lr + ", beta1=" + beta1 + ", beta2=" + beta2 + ", eps=" + eps + ", weight_decay=" + weightDecay + ")";
    }
}
