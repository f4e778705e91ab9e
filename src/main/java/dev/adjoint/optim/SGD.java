package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Fused;
import dev.adjoint.ndarray.NDArray;
import java.util.List;
import java.util.Locale;

/**
 * Stochastic gradient descent with momentum and weight decay. With g = ∇p + λ·p:
 * <pre>
 *   needle  (default): u ← β·u + (1 − β)·g     p ← p − lr·u
 *   PyTorch          : u ← β·u + g             p ← p − lr·u
 * </pre>
 * The default is needle's form, since adjoint follows the course; pass {@link Form#PYTORCH} for
 * PyTorch's {@code torch.optim.SGD} (no dampening, no Nesterov). With β = 0 both are plain SGD,
 * p ← p − lr·g, and keep no state.
 */
public final class SGD extends Optimizer {
    /** Which momentum update to use. */
    public enum Form {
        /** u = βu + (1 − β)g, needle's (an exponential moving average of the gradient). */
        NEEDLE,
        /** u = βu + g, PyTorch's (a sum of discounted gradients; lr·u is 1/(1 − β) times larger at steady state). */
        PYTORCH;

        /** "needle" or "pytorch" (any case). */
        public static Form parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "needle" -> NEEDLE;
                case "pytorch", "torch" -> PYTORCH;
                default -> throw new IllegalArgumentException("momentum form must be \"needle\" or \"pytorch\", got \"" + name + "\"");
            };
        }
    }

    private final double momentum, weightDecay;
    private final Form form;
    private double[][] u;

    public SGD(List<Tensor> params, double lr, double momentum, double weightDecay, Form form) {
        super(params, lr);
        if (!(momentum >= 0)) throw new IllegalArgumentException("momentum must be non-negative, got " + momentum);
        if (!(weightDecay >= 0)) throw new IllegalArgumentException("weight_decay must be non-negative, got " + weightDecay);
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        this.form = form;
        this.u = new double[this.params.size()][];
    }

    /** needle's form. */
    public SGD(List<Tensor> params, double lr, double momentum, double weightDecay) {
        this(params, lr, momentum, weightDecay, Form.NEEDLE);
    }

    public SGD(List<Tensor> params, double lr) {
        this(params, lr, 0, 0, Form.NEEDLE);
    }

    @Override
    protected Runnable stateSnapshot() {
        double[][] saved = copy(u);
        return () -> u = saved;
    }

    @Override
    protected void update() {
        for (int k = 0; k < params.size(); k++) {
            Tensor p = params.get(k);
            if (p.grad() == null) continue;
            if (momentum == 0) {
                // the hot path of plain SGD, one pass: p + (−lr)·g, which is NumPy's W -= lr * dW to the bit
                NDArray g = weightDecay == 0 ? p.grad().value() : Fused.axpy(p.grad().value(), weightDecay, p.value());
                p.setData(Fused.axpy(p.value(), -lr, g));
                continue;
            }
            double[] g = decayedGrad(p, weightDecay);
            double[] v = u[k];
            if (v == null) v = u[k] = new double[g.length];
            double c = form == Form.NEEDLE ? 1 - momentum : 1;
            for (int i = 0; i < g.length; i++) v[i] = momentum * v[i] + c * g[i];
            double[] w = p.value().toArray();
            for (int i = 0; i < w.length; i++) w[i] -= lr * v[i];
            install(p, w);
        }
    }

    public double momentum() {
        return momentum;
    }

    public double weightDecay() {
        return weightDecay;
    }

    public Form form() {
        return form;
    }

    @Override
    public String toString() {
        return "SGD(lr=" + lr + ", momentum=" + momentum + ", weight_decay=" + weightDecay + ", form=" + form.name().toLowerCase(Locale.ROOT) + ")";
    }
}
