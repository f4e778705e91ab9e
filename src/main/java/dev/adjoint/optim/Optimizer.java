package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.List;

/**
 * needle's {@code optim.Optimizer}: holds the parameters, {@link #step()} updates them from their
 * {@code .grad}, {@link #resetGrad()} (PyTorch: {@link #zeroGrad()}) forgets the gradients.
 *
 * <p>An update never writes into an existing array: it computes a new value and installs it with
 * {@link Tensor#setData}, so a graph that still holds the old value (or the gradient) keeps it.
 * Parameters whose grad is null (not reached by the last backward) are skipped, as in PyTorch.
 * A step or a new learning rate records the optimizer's state in the open {@link UndoLog} first
 * (the parameters record themselves), so a failed input leaves the optimizer as it was.
 */
public abstract class Optimizer implements Undoable {
    protected final List<Tensor> params;
    protected double lr;

    protected Optimizer(List<Tensor> params, double lr) {
        if (!(lr >= 0)) throw new IllegalArgumentException("learning rate must be non-negative, got " + lr);
        for (int i = 0; i < params.size(); i++) {
            Tensor p = params.get(i);
            if (!p.isLeaf() || !p.requiresGrad())
                throw new IllegalArgumentException("parameter " + i + " is not a leaf that requires grad; optimizers update leaves only");
        }
        this.params = List.copyOf(params);
        this.lr = lr;
    }

    /** One update of every parameter that has a gradient. */
    public abstract void step();

    /** needle's reset_grad: sets every parameter's grad to None. */
    public void resetGrad() {
        for (Tensor p : params) p.setGrad(null);
    }

    /** PyTorch's zero_grad (set_to_none=True, its default): the same as {@link #resetGrad()}. */
    public void zeroGrad() {
        resetGrad();
    }

    public List<Tensor> params() {
        return params;
    }

    public double lr() {
        return lr;
    }

    public void setLr(double lr) {
        if (!(lr >= 0)) throw new IllegalArgumentException("learning rate must be non-negative, got " + lr);
        UndoLog.touch(this);
        this.lr = lr;
    }

    @Override
    public Runnable snapshot() {
        double lrBefore = lr;
        Runnable state = stateSnapshot();
        return () -> {
            lr = lrBefore;
            state.run();
        };
    }

    /** What puts back the state a step changes (momentum, moments, step count); nothing by default. */
    protected Runnable stateSnapshot() {
        return () -> {};
    }

    /** Copies of the rows of a per-parameter state (null rows: not yet used). */
    static double[][] copy(double[][] rows) {
        double[][] c = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) c[i] = rows[i] == null ? null : rows[i].clone();
        return c;
    }

    /** The gradient with weight decay folded in, g + λ·p, as a fresh array. */
    static double[] decayedGrad(Tensor p, double weightDecay) {
        double[] g = p.grad().value().toArray();
        if (weightDecay != 0) {
            double[] w = p.value().toArray();
            for (int i = 0; i < g.length; i++) g[i] += weightDecay * w[i];
        }
        return g;
    }

    static void install(Tensor p, double[] values) {
        p.setData(NDArray.of(values, p.value().shape()));
    }
}
