package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /** The undo log open when it was made (see Undoable.birth): one made in an input is not recorded by it, nor kept alive. */
    private final long birth = UndoLog.birth();

    protected Optimizer(List<Tensor> params, double lr) {
        if (!(lr >= 0)) throw new IllegalArgumentException("learning rate must be non-negative, got " + lr);
        for (int i = 0; i < params.size(); i++) {
            Tensor p = params.get(i);
            if (!p.isLeaf()) throw new IllegalArgumentException("can't optimize a non-leaf Tensor"); // a frozen leaf (requires_grad=False) is kept, and skipped while its grad is None
        }
        this.params = List.copyOf(params);
        this.lr = lr;
    }

    /** One update of every parameter that has a gradient; a failed input puts the optimizer's state back. */
    public final void step() {
        UndoLog.touch(this);
        update();
    }

    /** The update itself. */
    protected abstract void update();

    /** What puts back the state a step changes (momentum, moments, step count); nothing by default. */
    protected Runnable stateSnapshot() {
        return () -> {};
    }

    @Override
    public long birth() {
        return birth;
    }

    @Override
    public final Runnable snapshot() {
        double lrNow = lr;
        Runnable state = stateSnapshot();
        return () -> {
            lr = lrNow;
            state.run();
        };
    }

    /** One parameter's update, element by element: k is its index, w its values and g its gradient (fresh arrays; w is changed). */
    @FunctionalInterface
    protected interface ElementwiseStep {
        void apply(int k, double[] w, double[] g);
    }

    /** Applies {@code step} to every parameter that has a gradient and writes the new values in place (PyTorch's optimizers change p's data). */
    protected final void updateEach(ElementwiseStep step) {
        for (int k = 0; k < params.size(); k++) {
            Tensor p = params.get(k);
            if (p.grad() == null) continue;
            double[] w = p.value().toArray(), g = p.grad().value().toArray();
            step.apply(k, w, g);
            p.write(NDArray.of(w, p.shape()));
        }
    }

    /**
     * PyTorch's state of parameter k under PyTorch's names ({@code optimizer.state_dict()['state'][k]}),
     * or null while it has none. An NDArray stands for a tensor, a Double for a 0-d float tensor
     * (Adam's step), a Long for an int, a null value for None. The arrays are copies.
     */
    public Map<String, Object> state(int k) {
        return null;
    }

    /**
     * Installs a state as {@link #state} gives it (load_state_dict); a missing entry starts
     * afresh. Throws IllegalArgumentException when a buffer does not fit parameter k.
     */
    public final void loadState(int k, Map<String, Object> state) {
        UndoLog.touch(this);
        load(k, state);
    }

    /** The optimizer's part of {@link #loadState}: nothing to load by default. */
    protected void load(int k, Map<String, Object> state) {}

    /** A state map in PyTorch's order: names and values alternating. */
    protected static Map<String, Object> stateOf(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return m;
    }

    /** Parameter k's buffer as a tensor's values (a copy), or null for none. */
    protected final NDArray buffer(int k, double[] values) {
        return values == null ? null : NDArray.of(values, params.get(k).shape());
    }

    /** A loaded buffer for parameter k: a fresh array of its size, or null where the state has none. */
    protected final double[] loaded(int k, Map<String, Object> state, String name) {
        if (!(state.get(name) instanceof NDArray a)) return null;
        int size = params.get(k).value().size();
        if (a.size() != size)
            throw new IllegalArgumentException("state '" + name + "' of parameter " + k + " has " + a.size() + " elements, the parameter " + size);
        return a.toArray();
    }

    /** A loaded buffer, or zeros where the state has none. */
    protected static double[] orZeros(double[] a, int n) {
        return a == null ? new double[n] : a;
    }

    /** A loaded 0-d state value (a number or a 0-d tensor's value), or {@code absent} where the state has none. */
    protected static double loadedScalar(Map<String, Object> state, String name, double absent) {
        Object v = state.get(name);
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof NDArray a && a.size() == 1) return a.toArray()[0];
        return absent;
    }

    /** A loaded step count (a number or a 0-d tensor's value), 0 where the state has none. */
    protected static int loadedStep(Map<String, Object> state) {
        return state.get("step") instanceof Number n ? n.intValue() : 0;
    }

    /** A deep copy of per-parameter state arrays (null entries stay null). */
    protected static double[][] copy(double[][] state) {
        double[][] out = new double[state.length][];
        for (int i = 0; i < state.length; i++) out[i] = state[i] == null ? null : state[i].clone();
        return out;
    }

    /** needle's reset_grad: sets every parameter's grad to None. */
    public void resetGrad() {
        for (Tensor p : params) p.setGrad(null);
    }

    /** PyTorch 1.13's zero_grad(): set_to_none=False, its default there. */
    public void zeroGrad() {
        zeroGrad(false);
    }

    /**
     * PyTorch's zero_grad(set_to_none): each gradient set to None, or (1.13's default) detached
     * and zeroed in place, so a reference to it sees zeros.
     */
    public void zeroGrad(boolean setToNone) {
        for (Tensor p : params) zeroGrad(p, setToNone);
    }

    /** One tensor's gradient as zero_grad leaves it (also nn.Module.zero_grad's rule). */
    public static void zeroGrad(Tensor p, boolean setToNone) {
        Tensor g = p.grad();
        if (g == null) return;
        if (setToNone) {
            p.setGrad(null);
            return;
        }
        if (!g.isLeaf()) g.detachInPlace();
        else if (g.requiresGrad()) g.setRequiresGrad(false);
        dev.adjoint.autograd.op.InPlace.zero(g);
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

    /**
     * One element's gradient as PyTorch's optimizers step with it: negated when maximizing, then
     * plus λ·p when weight decay λ is set.
     */
    static double stepGrad(double g, double w, boolean maximize, double weightDecay) {
        double gi = maximize ? -g : g;
        return weightDecay != 0 ? TorchKernels.add(gi, weightDecay, w) : gi; // grad.add(param, alpha=λ): one rounding, as PyTorch's kernel
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
