package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's {@code torch.optim.ASGD} (averaged SGD), operation for operation as its single-tensor
 * implementation (1.13), with t the parameter's own step count:
 * <pre>
 *   g ← ∇p + λ·p        p ← p·(1 − λd·η)        p ← p − η·g          (λd: lambd)
 *   a ← p while μ = 1, else a ← a + (p − a)·μ                         (the average, ax)
 *   η ← lr / (1 + λd·lr·t)^α        μ ← 1 / max(1, t − t₀)
 * </pre>
 * PyTorch keeps η and μ in 0-d tensors of the default dtype: with float32 (PyTorch's default)
 * they are rounded to float as there.
 */
public final class TorchASGD extends Optimizer {
    private final double lambd, alpha, t0, weightDecay;
    private final boolean maximize, singleState;
    private double[][] ax;
    private double[] eta, mu;
    private int[] steps;

    public TorchASGD(List<Tensor> params, double lr, double lambd, double alpha, double t0, double weightDecay, boolean maximize, boolean singleState) {
        super(params, TorchSGD.check("lr", "learning rate", lr));
        TorchSGD.check("weight_decay", "weight_decay value", weightDecay);
        this.lambd = lambd;
        this.alpha = alpha;
        this.t0 = t0;
        this.weightDecay = weightDecay;
        this.maximize = maximize;
        this.singleState = singleState;
        int n = this.params.size();
        ax = new double[n][];
        eta = new double[n];
        mu = new double[n];
        steps = new int[n];
    }

    @Override
    protected void update() {
        updateEach((k, w, g) -> {
            if (ax[k] == null) {
                ax[k] = new double[w.length];
                eta[k] = held(lr);
                mu[k] = 1;
            }
            int t = ++steps[k];
            double e = eta[k], m = mu[k], decay = 1 - lambd * e;
            double[] a = ax[k];
            for (int i = 0; i < w.length; i++) {
                double gi = stepGrad(g[i], w[i], maximize, weightDecay);
                w[i] = w[i] * decay;
                w[i] = TorchKernels.add(w[i], -e, gi);
                a[i] = m != 1 ? a[i] + (w[i] - a[i]) * m : w[i];
            }
            eta[k] = held(lr / Math.pow(1 + lambd * lr * t, alpha));
            mu[k] = held(1 / Math.max(1, t - t0));
        });
    }

    /** A value as the 0-d state tensor holds it (float32 under PyTorch's default dtype). */
    private double held(double x) {
        return singleState ? (float) x : x;
    }

    @Override
    protected Runnable stateSnapshot() {
        double[][] a = copy(ax);
        double[] e = eta.clone(), m = mu.clone();
        int[] st = steps.clone();
        return () -> {
            ax = a;
            eta = e;
            mu = m;
            steps = st;
        };
    }

    @Override
    public Map<String, Object> state(int k) {
        if (ax[k] == null) return null;
        return stateOf("step", (double) steps[k], "eta", eta[k], "mu", mu[k], "ax", buffer(k, ax[k]));
    }

    @Override
    protected void load(int k, Map<String, Object> state) {
        ax[k] = orZeros(loaded(k, state, "ax"), params.get(k).value().size());
        eta[k] = loadedScalar(state, "eta", held(lr));
        mu[k] = loadedScalar(state, "mu", 1);
        steps[k] = loadedStep(state);
    }

    @Override
    public String toString() {
        return "ASGD(lr=" + lr + ")";
    }
}
