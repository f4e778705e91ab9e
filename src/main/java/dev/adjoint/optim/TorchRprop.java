package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's {@code torch.optim.Rprop} (resilient backpropagation), operation for operation as
 * its single-tensor implementation (1.13). Per element, with s the sign of g·g_prev:
 * <pre>
 *   step ← clamp(step·η₊ (s &gt; 0), step·η₋ (s &lt; 0), step (s = 0); step_min, step_max)
 *   g ← 0 where s &lt; 0        p ← p − sign(g)·step        g_prev ← g     (in place)
 * </pre>
 * Every step size starts at lr.
 */
public final class TorchRprop extends TwoBufferOptimizer {
    private final double etaMinus, etaPlus, stepMin, stepMax;
    private final boolean maximize;

    public TorchRprop(List<Tensor> params, double lr, double etaMinus, double etaPlus, double stepMin, double stepMax, boolean maximize) {
        super(params, TorchSGD.check("lr", "learning rate", lr), "prev", "step_size", false);
        if (!(0 < etaMinus && etaMinus < 1 && 1 < etaPlus)) throw InvalidHyperparameter.pair("etas", "eta values", etaMinus, etaPlus);
        this.etaMinus = etaMinus;
        this.etaPlus = etaPlus;
        this.stepMin = stepMin;
        this.stepMax = stepMax;
        this.maximize = maximize;
    }

    @Override
    protected void update() {
        updateEach((k, w, g) -> {
            boolean fresh = first[k] == null;
            advance(k, w.length);
            if (fresh) Arrays.fill(second[k], lr); // every step size starts at lr
            double[] before = first[k], size = second[k];
            for (int i = 0; i < w.length; i++) {
                double gi = maximize ? -g[i] : g[i];
                double s = Math.signum(gi * before[i]);
                double factor = s > 0 ? etaPlus : s < 0 ? etaMinus : s == 0 ? 1 : s; // NaN stays NaN, as PyTorch's masks leave it
                size[i] = Math.min(Math.max(size[i] * factor, stepMin), stepMax);
                if (factor == etaMinus) gi = 0;
                w[i] = w[i] + -1 * Math.signum(gi) * size[i];
                before[i] = gi;
            }
        });
    }

    /** A loaded state without step sizes starts them at lr, as a fresh one. */
    @Override
    protected void load(int k, Map<String, Object> state) {
        super.load(k, state);
        if (!(state.get("step_size") instanceof dev.adjoint.ndarray.NDArray)) Arrays.fill(second[k], lr);
    }

    @Override
    public String toString() {
        return "Rprop(lr=" + lr + ")";
    }
}
