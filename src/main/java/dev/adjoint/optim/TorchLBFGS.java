package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * PyTorch's {@code torch.optim.LBFGS}, operation for operation as 1.13's step(closure): up to
 * max_iter iterations per step, each a two-loop recursion over the last history_size pairs
 * (s, y) for the direction d, then p ← p + t·d with t = min(1, 1/Σ|g|)·lr on the very first
 * iteration and lr after (or where {@link StrongWolfe}'s line search ends), the closure
 * re-evaluated for the next gradient; it stops at PyTorch's tolerances. The parameters are one flat vector, in
 * the order given (a parameter without a gradient counts as zeros).
 */
public final class TorchLBFGS extends Optimizer {
    /** The loss re-evaluated at the parameters' current values, their gradients left in .grad (the user's closure). */
    @FunctionalInterface
    public interface Closure {
        double evaluate();
    }

    private final int maxIter, maxEval, historySize;
    private final double toleranceGrad, toleranceChange;
    private final boolean strongWolfe;
    private State state = new State();

    /** What PyTorch keeps in state[params[0]] from step to step. */
    private static final class State implements Cloneable {
        int funcEvals, nIter;
        double[] d, prevFlatGrad;
        double t, hDiag = 1, prevLoss;
        List<double[]> oldDirs = new ArrayList<>(), oldStps = new ArrayList<>();
        List<Double> ro = new ArrayList<>();

        State copy() {
            State s = new State();
            s.funcEvals = funcEvals;
            s.nIter = nIter;
            s.d = d == null ? null : d.clone();
            s.prevFlatGrad = prevFlatGrad == null ? null : prevFlatGrad.clone();
            s.t = t;
            s.hDiag = hDiag;
            s.prevLoss = prevLoss;
            s.oldDirs = new ArrayList<>(oldDirs);
            s.oldStps = new ArrayList<>(oldStps);
            s.ro = new ArrayList<>(ro);
            return s;
        }
    }

    public TorchLBFGS(List<Tensor> params, double lr, int maxIter, int maxEval, double toleranceGrad, double toleranceChange, int historySize,
            boolean strongWolfe) {
        super(params, lr);
        this.strongWolfe = strongWolfe;
        this.maxIter = maxIter;
        this.maxEval = maxEval;
        this.toleranceGrad = toleranceGrad;
        this.toleranceChange = toleranceChange;
        this.historySize = historySize;
    }

    @Override
    protected void update() {
        throw new IllegalArgumentException("LBFGS.step() needs a closure that re-evaluates the loss: optimizer.step(closure)");
    }

    /** One step(closure): returns nothing; the caller returns the closure's first loss, as PyTorch's step does. */
    public void step(Closure closure, double firstLoss) {
        dev.adjoint.undo.UndoLog.touch(this);
        State st = state;
        double loss = firstLoss;
        int currentEvals = 1;
        st.funcEvals++;
        double[] flatGrad = flatGrad();
        if (maxAbs(flatGrad) <= toleranceGrad) return;
        double[] d = st.d;
        double t = st.t;
        int nIter = 0;
        while (nIter < maxIter) {
            nIter++;
            st.nIter++;
            if (st.nIter == 1) {
                d = neg(flatGrad);
                st.oldDirs.clear();
                st.oldStps.clear();
                st.ro.clear();
                st.hDiag = 1;
            } else {
                double[] y = new double[flatGrad.length], s = new double[flatGrad.length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = flatGrad[i] - st.prevFlatGrad[i];
                    s[i] = d[i] * t;
                }
                double ys = dot(y, s);
                if (ys > 1e-10) {
                    if (st.oldDirs.size() == historySize) {
                        st.oldDirs.remove(0);
                        st.oldStps.remove(0);
                        st.ro.remove(0);
                    }
                    st.oldDirs.add(y);
                    st.oldStps.add(s);
                    st.ro.add(1 / ys * 1.);
                    st.hDiag = ys / dot(y, y);
                }
                int numOld = st.oldDirs.size();
                double[] al = new double[numOld];
                double[] q = neg(flatGrad);
                for (int i = numOld - 1; i >= 0; i--) {
                    al[i] = dot(st.oldStps.get(i), q) * st.ro.get(i);
                    axpy(q, -al[i], st.oldDirs.get(i));
                }
                double[] r = new double[q.length];
                for (int i = 0; i < q.length; i++) r[i] = q[i] * st.hDiag;
                for (int i = 0; i < numOld; i++) {
                    double be = dot(st.oldDirs.get(i), r) * st.ro.get(i);
                    axpy(r, al[i] - be, st.oldStps.get(i));
                }
                d = r;
            }
            st.prevFlatGrad = flatGrad.clone();
            st.prevLoss = loss;
            if (st.nIter == 1) {
                double r = 1 / sumAbs(flatGrad) * 1.;
                t = (r < 1. ? r : 1.) * lr; // Python's min(1., r): 1. unless r is less (a NaN too)
            }
            else t = lr;
            double gtd = dot(flatGrad, d);
            if (gtd > -toleranceChange) break;
            int lsFuncEvals = 0;
            if (strongWolfe) {
                double[][] x = values();
                double[] dir = d;
                StrongWolfe.End end = StrongWolfe.search(step -> directional(closure, x, step, dir), t, d, loss, flatGrad, gtd);
                loss = end.loss();
                flatGrad = end.grad();
                t = end.t();
                lsFuncEvals = end.evals();
                addToParams(t, d);
            } else {
                addToParams(t, d);
                if (nIter != maxIter) {
                    loss = closure.evaluate();
                    flatGrad = flatGrad();
                    lsFuncEvals = 1;
                }
            }
            currentEvals += lsFuncEvals;
            st.funcEvals += lsFuncEvals;
            if (nIter == maxIter) break;
            if (currentEvals >= maxEval) break;
            if (maxAbs(flatGrad) <= toleranceGrad) break;
            double step = 0;
            for (double v : d) step = Math.max(step, Math.abs(v * t));
            if (step <= toleranceChange) break;
            if (Math.abs(loss - st.prevLoss) < toleranceChange) break;
        }
        st.d = d;
        st.t = t;
    }

    /** Whether the gradients are already within tolerance_grad, so that step(closure) ends before its first iteration. */
    public boolean atOptimum() {
        return maxAbs(flatGrad()) <= toleranceGrad;
    }

    /** The parameters' gradients as one vector (zeros for a parameter without one). */
    private double[] flatGrad() {
        int n = 0;
        for (Tensor p : params) n += p.value().size();
        double[] out = new double[n];
        int at = 0;
        for (Tensor p : params) {
            int size = p.value().size();
            if (p.grad() != null) System.arraycopy(p.grad().value().toArray(), 0, out, at, size);
            at += size;
        }
        return out;
    }

    /** The loss and gradient at x + t·d, the parameters put back to x after (PyTorch's _directional_evaluate). */
    private StrongWolfe.Result directional(Closure closure, double[][] x, double t, double[] d) {
        addToParams(t, d);
        double loss = closure.evaluate();
        double[] grad = flatGrad();
        for (int k = 0; k < params.size(); k++) params.get(k).write(NDArray.of(x[k].clone(), params.get(k).shape()));
        return new StrongWolfe.Result(loss, grad);
    }

    /** The parameters' values (PyTorch's _clone_param). */
    private double[][] values() {
        double[][] out = new double[params.size()][];
        for (int k = 0; k < out.length; k++) out[k] = params.get(k).value().toArray();
        return out;
    }

    /** p ← p + t·d, parameter by parameter (in place, as PyTorch's add_). */
    private void addToParams(double t, double[] d) {
        int at = 0;
        for (Tensor p : params) {
            double[] w = p.value().toArray();
            for (int i = 0; i < w.length; i++) w[i] = Math.fma(t, d[at + i], w[i]); // add_(d, alpha=t), fused as PyTorch's kernel
            at += w.length;
            p.write(NDArray.of(w, p.shape()));
        }
    }

    private static double dot(double[] a, double[] b) {
        return StrongWolfe.dot(a, b);
    }

    /** y.add_(x, alpha=α): PyTorch's kernel fuses the multiply-add (one rounding). */
    private static void axpy(double[] y, double alpha, double[] x) {
        for (int i = 0; i < y.length; i++) y[i] = Math.fma(alpha, x[i], y[i]);
    }

    private static double[] neg(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = -a[i];
        return out;
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Double.isNaN(v) ? v : Math.max(m, Math.abs(v));
        return m;
    }

    private static double sumAbs(double[] a) {
        double s = 0;
        for (double v : a) s += Math.abs(v);
        return s;
    }

    @Override
    protected Runnable stateSnapshot() {
        State saved = state.copy();
        return () -> state = saved;
    }

    /** PyTorch's state of the first parameter: the evaluation and iteration counts (the history is not shown). */
    @Override
    public java.util.Map<String, Object> state(int k) {
        if (k != 0 || state.funcEvals == 0) return null;
        return stateOf("func_evals", (long) state.funcEvals, "n_iter", (long) state.nIter);
    }

    @Override
    public String toString() {
        return "LBFGS(lr=" + lr + ")";
    }
}
