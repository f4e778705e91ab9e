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

    public TorchRMSprop(List<Tensor> params, double lr, double alpha, double eps, double weightDecay, double momentum, boolean centered, boolean maximize) {
        super(params, TorchSGD.check("learning rate", lr));
        TorchSGD.check("epsilon value", eps);
        TorchSGD.check("momentum value", momentum);
        TorchSGD.check("weight_decay value", weightDecay);
        TorchSGD.check("alpha value", alpha);
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
    }

    @Override
    protected void update() {
        updateEach((k, w, g) -> {            if (squareAvg[k] == null) {
                squareAvg[k] = new double[w.length];
                gradAvg[k] = new double[w.length];
                buf[k] = new double[w.length];
            }
            double[] s = squareAvg[k], ga = gradAvg[k], b = buf[k];
            for (int i = 0; i < w.length; i++) {
                double gi = maximize ? -g[i] : g[i];
                if (weightDecay != 0) gi = gi + weightDecay * w[i];
                s[i] = s[i] * alpha + (1 - alpha) * gi * gi;
                double avg;
                if (centered) {
                    ga[i] = ga[i] * alpha + (1 - alpha) * gi;
                    avg = Math.sqrt(s[i] + -1.0 * ga[i] * ga[i]);
                } else avg = Math.sqrt(s[i]);
                avg = avg + eps;
                if (momentum > 0) {
                    b[i] = b[i] * momentum + gi / avg;
                    w[i] = w[i] + -lr * b[i];
                } else w[i] = w[i] + -lr * (gi / avg);
            }
        });
    }

    @Override
    protected Runnable stateSnapshot() {
        double[][] s = copy(squareAvg), ga = copy(gradAvg), b = copy(buf);
        return () -> {
            squareAvg = s;
            gradAvg = ga;
            buf = b;
        };
    }

    @Override
    public String toString() {
        return "RMSprop(lr=" + lr + ")";
    }
}
