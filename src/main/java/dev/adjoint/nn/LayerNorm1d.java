package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * Layer normalisation of (B, dim) inputs (needle's LayerNorm1d): each row normalised by its own
 * mean and biased variance, then scaled by {@code weight} (ones) and shifted by {@code bias}
 * (zeros), both of shape (dim,). Same in training and evaluation.
 */
public final class LayerNorm1d extends Module {
    private final int dim;
    private final double eps;
    private final Tensor weight, bias;

    public LayerNorm1d(int dim, double eps) {
        if (dim <= 0) throw new IllegalArgumentException("LayerNorm1d needs a positive dim, got " + dim);
        this.dim = dim;
        this.eps = eps;
        this.weight = registerParameter("weight", Parameter.of(NDArray.ones(dim)));
        this.bias = registerParameter("bias", Parameter.of(NDArray.zeros(dim)));
    }

    public LayerNorm1d(int dim) {
        this(dim, 1e-5);
    }

    @Override
    public Tensor forward(Tensor x) {
        int[] s = x.shape();
        if (s.length != 2 || s[1] != dim)
            throw new IllegalArgumentException("LayerNorm1d(" + dim + ") needs inputs of shape (batch, " + dim + "), got " + Shapes.str(s));
        Tensor n = Ops.scalar(dim);
        Tensor mean = Ops.div(Ops.sum(x, new int[] {1}, true), n);
        Tensor centered = Ops.sub(x, mean);
        Tensor var = Ops.div(Ops.sum(Ops.mul(centered, centered), new int[] {1}, true), n);
        Tensor norm = Ops.div(centered, Ops.sqrt(Ops.add(var, Ops.scalar(eps))));
        return Ops.add(Ops.mul(norm, weight), bias);
    }

    public Tensor weight() {
        return weight;
    }

    public Tensor bias() {
        return bias;
    }

    @Override
    protected String extraRepr() {
        return dim + ", eps=" + eps;
    }
}
