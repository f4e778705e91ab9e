package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * Batch normalisation of (B, dim) inputs, needle's BatchNorm1d. Training: normalise each feature
 * by the batch mean and the biased batch variance (divide by B), and update
 * {@code running = (1 − momentum)·running + momentum·batch_statistic}. Evaluation: normalise by
 * the running mean and variance. Then scale by {@code weight} (ones) and shift by {@code bias}
 * (zeros), both of shape (dim,).
 *
 * <p>As in needle, the running variance is updated with the biased batch variance (PyTorch uses
 * the unbiased one there); the statistics are values, not graph nodes.
 */
public final class BatchNorm1d extends Module {
    private final int dim;
    private final double eps, momentum;
    private final Tensor weight, bias;
    private NDArray runningMean, runningVar;

    public BatchNorm1d(int dim, double eps, double momentum) {
        if (dim <= 0) throw new IllegalArgumentException("BatchNorm1d needs a positive dim, got " + dim);
        this.dim = dim;
        this.eps = eps;
        this.momentum = momentum;
        this.weight = registerParameter("weight", Parameter.of(NDArray.ones(dim)));
        this.bias = registerParameter("bias", Parameter.of(NDArray.zeros(dim)));
        this.runningMean = NDArray.zeros(dim);
        this.runningVar = NDArray.ones(dim);
    }

    public BatchNorm1d(int dim) {
        this(dim, 1e-5, 0.1);
    }

    @Override
    public Tensor forward(Tensor x) {
        int[] s = x.shape();
        if (s.length != 2 || s[1] != dim)
            throw new IllegalArgumentException("BatchNorm1d(" + dim + ") needs inputs of shape (batch, " + dim + "), got " + Shapes.str(s));
        Tensor norm;
        if (isTraining()) {
            Tensor n = Ops.scalar(s[0]);
            Tensor mean = Ops.div(Ops.sum(x, new int[] {0}, true), n);
            Tensor centered = Ops.sub(x, mean);
            Tensor var = Ops.div(Ops.sum(Ops.mul(centered, centered), new int[] {0}, true), n);
            norm = Ops.div(centered, Ops.sqrt(Ops.add(var, Ops.scalar(eps))));
            dev.adjoint.undo.UndoLog.touch(this);
            runningMean = statistic(runningMean.mul(1 - momentum).add(mean.value().reshape(dim).mul(momentum)), x);
            runningVar = statistic(runningVar.mul(1 - momentum).add(var.value().reshape(dim).mul(momentum)), x);
        } else {
            NDArray scale = runningVar.add(eps).map(Math::sqrt);
            norm = Ops.div(Ops.sub(x, Tensor.constantLike(runningMean, x)), Tensor.constantLike(scale, x));
        }
        return Ops.add(Ops.mul(norm, weight), bias);
    }

    /** A running statistic as needle keeps it: float32 when it and the batch are (needle's layers are float32). */
    private NDArray statistic(NDArray updated, Tensor x) {
        return weight.isFloat32() && x.isFloat32() ? updated.map(v -> (float) v) : updated;
    }

    @Override
    protected Runnable stateSnapshot() {
        NDArray mean = runningMean, var = runningVar; // replaced, never written into: the arrays are the snapshot
        return () -> {
            runningMean = mean;
            runningVar = var;
        };
    }

    public Tensor weight() {
        return weight;
    }

    public Tensor bias() {
        return bias;
    }

    public NDArray runningMean() {
        return runningMean;
    }

    public NDArray runningVar() {
        return runningVar;
    }

    @Override
    protected String extraRepr() {
        return dim + ", eps=" + eps + ", momentum=" + momentum;
    }
}
