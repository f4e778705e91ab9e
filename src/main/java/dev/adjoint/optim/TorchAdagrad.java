package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * PyTorch's {@code torch.optim.Adagrad}, operation for operation as its single-tensor
 * implementation (1.13), with t the parameter's own step count:
 * <pre>
 *   g ← ∇p + λ·p        s ← s + g·g   (s starts at initial_accumulator_value)
 *   p ← p − (lr / (1 + (t − 1)·lr_decay))·g / (√s + ε)     (in place)
 * </pre>
 */
public final class TorchAdagrad extends Optimizer {
    private final double lrDecay, weightDecay, initial, eps;
    private final boolean maximize;
    private double[][] sums;
    private int[] steps;

    public TorchAdagrad(List<Tensor> params, double lr, double lrDecay, double weightDecay, double initial, double eps, boolean maximize) {
        super(params, TorchSGD.check("lr", "learning rate", lr));
        TorchSGD.check("lr_decay", "lr_decay value", lrDecay);
        TorchSGD.check("weight_decay", "weight_decay value", weightDecay);
        TorchSGD.check("initial_accumulator_value", "initial_accumulator_value value", initial);
        TorchSGD.check("eps", "epsilon value", eps);
        this.lrDecay = lrDecay;
        this.weightDecay = weightDecay;
        this.initial = initial;
        this.eps = eps;
        this.maximize = maximize;
        sums = new double[this.params.size()][];
        steps = new int[this.params.size()];
    }

    @Override
    protected void update() {
        updateEach((k, w, g) -> {
            if (sums[k] == null) {
                sums[k] = new double[w.length];
                Arrays.fill(sums[k], initial);
            }
            int t = ++steps[k];
            double clr = lr / (1 + (t - 1) * lrDecay);
            double[] s = sums[k];
            for (int i = 0; i < w.length; i++) {
                double gi = stepGrad(g[i], w[i], maximize, weightDecay);
                s[i] = TorchKernels.addcmul(s[i], 1, gi, gi);
                w[i] = TorchKernels.addcdiv(w[i], -clr, gi, Math.sqrt(s[i]) + eps);
            }
        });
    }

    @Override
    protected Runnable stateSnapshot() {
        double[][] s = copy(sums);
        int[] st = steps.clone();
        return () -> {
            sums = s;
            steps = st;
        };
    }

    /** PyTorch's Adagrad has its state from the start: step 0 and sum at initial_accumulator_value. */
    @Override
    public java.util.Map<String, Object> state(int k) {
        double[] s = sums[k];
        if (s == null) {
            s = new double[params.get(k).value().size()];
            Arrays.fill(s, initial);
        }
        return stateOf("step", (double) steps[k], "sum", buffer(k, s));
    }

    @Override
    protected void load(int k, java.util.Map<String, Object> state) {
        sums[k] = loaded(k, state, "sum");
        steps[k] = loadedStep(state);
    }

    @Override
    public String toString() {
        return "Adagrad(lr=" + lr + ")";
    }
}
