package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.List;

/**
 * PyTorch's {@code torch.optim.SGD}, step for step as its single-tensor implementation (1.13):
 * <pre>
 *   g ← ∇p (−∇p when maximizing) + λ·p   (weight_decay λ)
 *   b ← g on the first step, then b ← μ·b + (1 − τ)·g   (momentum μ, dampening τ)
 *   g ← g + μ·b (nesterov) or b
 *   p ← p − lr·g                      (in place: p's version goes up)
 * </pre>
 * needle's form (an average of gradients, started at zero) is {@link SGD}.
 */
public final class TorchSGD extends Optimizer {
    private final double momentum, dampening, weightDecay;
    private final boolean nesterov, maximize;
    private double[][] buf;
    /** Whether parameter k has state: PyTorch records momentum_buffer (None without momentum) at its first step with a gradient. */
    private boolean[] stepped;

    public TorchSGD(List<Tensor> params, double lr, double momentum, double dampening, double weightDecay, boolean nesterov, boolean maximize) {
        super(params, check("lr", "learning rate", lr));
        check("momentum", "momentum value", momentum);
        check("weight_decay", "weight_decay value", weightDecay);
        if (nesterov && (momentum <= 0 || dampening != 0))
            throw new IllegalArgumentException("Nesterov momentum requires a momentum and zero dampening");
        this.momentum = momentum;
        this.dampening = dampening;
        this.weightDecay = weightDecay;
        this.nesterov = nesterov;
        this.maximize = maximize;
        this.buf = new double[this.params.size()][];
        this.stepped = new boolean[this.params.size()];
    }

    /** PyTorch's wording for a negative hyperparameter: "Invalid learning rate: -0.1". */
    static double check(String key, String what, double v) {
        if (!(v >= 0)) throw new InvalidHyperparameter(key, -1, what, v);
        return v;
    }

    @Override
    protected void update() {
        for (int k = 0; k < params.size(); k++) {
            Tensor p = params.get(k);
            if (p.grad() == null) continue;
            stepped[k] = true;
            double[] w = p.value().toArray(), d = p.grad().value().toArray(); // d_p: −grad when maximizing, then the weight decay
            for (int i = 0; i < d.length; i++) d[i] = stepGrad(d[i], w[i], maximize, weightDecay);
            if (momentum != 0) {
                double[] b = buf[k];
                if (b == null) b = buf[k] = d.clone();
                else for (int i = 0; i < b.length; i++) b[i] = TorchKernels.add(b[i] * momentum, 1 - dampening, d[i]);
                if (nesterov) for (int i = 0; i < d.length; i++) d[i] = TorchKernels.add(d[i], momentum, b[i]);
                else d = b;
            }
            for (int i = 0; i < w.length; i++) w[i] = TorchKernels.add(w[i], -lr, d[i]);
            p.write(NDArray.of(w, p.shape()));
        }
    }

    @Override
    protected Runnable stateSnapshot() {
        double[][] saved = copy(buf);
        boolean[] had = stepped.clone();
        return () -> {
            buf = saved;
            stepped = had;
        };
    }

    @Override
    public java.util.Map<String, Object> state(int k) {
        return stepped[k] ? stateOf("momentum_buffer", buffer(k, buf[k])) : null;
    }

    @Override
    protected void load(int k, java.util.Map<String, Object> state) {
        buf[k] = loaded(k, state, "momentum_buffer");
        stepped[k] = true;
    }

    @Override
    public String toString() {
        return "SGD(lr=" + lr + ")";
    }
}
