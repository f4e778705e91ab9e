package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import java.util.List;

/**
 * PyTorch's {@code torch.optim.RMSprop}, operation for operation as its single-tensor
 * implementation (1.13):
 * <pre>
 *   g ← ∇p + λ·p                         s ← α·s + (1 − α)·g·g
 *   a ← √(s − ḡ·ḡ) + ε with ḡ ← α·ḡ + (1 − α)·g (centered), else √s + ε
 *   b ← μ·b + g/a and p ← p − lr·b (momentum μ > 0), else p ← p − lr·g/a     (in place)
 * </pre>
 */
public final class TorchRMSprop extends Optimizer {
    private final double alpha, eps, weightDecay, momentum;
    private final boolean centered, maximize;
    private double[][] squareAvg, gradAvg, buf;
    private int[] steps;

    public TorchRMSprop(List<Tensor> params, double lr, double alpha, double eps, double weightDecay, double momentum, boolean centered, boolean maximize) {
        super(params, TorchSGD.check("lr", "learning rate", lr));
        TorchSGD.check("eps", "epsilon value", eps);
        TorchSGD.check("momentum", "momentum value", momentum);
        TorchSGD.check("weight_decay", "weight_decay value", weightDecay);
        TorchSGD.check("alpha", "alpha value", alpha);
        this.alpha = alpha;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.momentum = momentum;
        this.centered = centered;
        this.maximize = maximize;
        int n = this.params.size();
        squareAvg = new double[n][];
        gradAvg = new double[n][];
        buf = new double[n][];
        steps = new int[n];
    }

    @Override
    protected void update() {
        updateEach((k, w, g) -> {
            if (squareAvg[k] == null) {
                squareAvg[k] = new double[w.length];
                gradAvg[k] = new double[w.length];
                buf[k] = new double[w.length];
            }
            steps[k]++;
            double[] s = squareAvg[k], ga = gradAvg[k], b = buf[k];
            for (int i = 0; i < w.length; i++) {
                double gi = stepGrad(g[i], w[i], maximize, weightDecay);
                s[i] = TorchKernels.addcmul(s[i] * alpha, 1 - alpha, gi, gi);
                double avg;
                if (centered) {
                    ga[i] = TorchKernels.add(ga[i] * alpha, 1 - alpha, gi);
                    avg = Math.sqrt(TorchKernels.addcmul(s[i], -1.0, ga[i], ga[i]));
                } else avg = Math.sqrt(s[i]);
                avg = avg + eps;
                if (momentum > 0) {
                    b[i] = TorchKernels.addcdiv(b[i] * momentum, 1, gi, avg);
                    w[i] = TorchKernels.add(w[i], -lr, b[i]);
                } else w[i] = TorchKernels.addcdiv(w[i], -lr, gi, avg);
            }
        });
    }

    @Override
    protected Runnable stateSnapshot() {
        double[][] s = copy(squareAvg), ga = copy(gradAvg), b = copy(buf);
        int[] st = steps.clone();
        return () -> {
            steps = st;
            squareAvg = s;
            gradAvg = ga;
            buf = b;
        };
    }

    /** PyTorch's names: step (an int here), square_avg, then momentum_buffer and grad_avg where used. */
    @Override
    public java.util.Map<String, Object> state(int k) {
        if (squareAvg[k] == null) return null;
        java.util.Map<String, Object> s = stateOf("step", (long) steps[k], "square_avg", buffer(k, squareAvg[k]));
        if (momentum > 0) s.put("momentum_buffer", buffer(k, buf[k]));
        if (centered) s.put("grad_avg", buffer(k, gradAvg[k]));
        return s;
    }

    @Override
    protected void load(int k, java.util.Map<String, Object> state) {
        int n = params.get(k).value().size();
        double[] s = loaded(k, state, "square_avg"), b = loaded(k, state, "momentum_buffer"), ga = loaded(k, state, "grad_avg");
        squareAvg[k] = s == null ? new double[n] : s;
        buf[k] = b == null ? new double[n] : b;
        gradAvg[k] = ga == null ? new double[n] : ga;
        steps[k] = loadedStep(state);
    }

    @Override
    public String toString() {
        return "RMSprop(lr=" + lr + ")";
    }
}
