package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * A decomposition with several outputs (eigh's eigenvalues and eigenvectors, svd's U, S and Vh,
 * qr's Q and R) computed once for a batch of matrices. Each output is a node of its own
 * ({@link Output}) whose reverse rule is that output's term of the decomposition's gradient: the
 * gradient is linear in the outputs' gradients, so the terms of the outputs a loss uses add up to
 * PyTorch's, and an unused output adds nothing (PyTorch's undefined gradient, not a zero one: no
 * 0/0 from equal eigenvalues when only the eigenvalues are used). The rules read the sibling
 * outputs as tensors of the graph, so they differentiate again.
 */
abstract class Factorization {
    /** float32: LAPACK's single-precision routines, as PyTorch calls them. */
    final boolean single;
    /** The outputs, in order, once made. */
    private Tensor[] outputs;
    /** The factors of the input being applied, computed once for all outputs; null otherwise (a replay computes them again). */
    private NDArray[] pending;

    Factorization(Tensor a) {
        this.single = a.isFloat32();
    }

    /** All outputs' values for the input's values (null for an output not asked for). */
    abstract NDArray[] factor(NDArray a);

    /** Output {@code part}'s term of the input's gradient, given that output's gradient {@code g} and all outputs. */
    abstract Tensor gradient(int part, Tensor g, Tensor[] outputs);

    /** Output {@code part}'s tangent from the input's tangent {@code da}. */
    abstract Tensor tangent(int part, Tensor da, Tensor[] outputs);

    /** PyTorch's backward node of all outputs: LinalgEighBackward0. */
    abstract String torchName();

    /** The name of output {@code part} as the lecture's notation writes it: "eigh(A).eigenvalues". */
    abstract String partName(int part);

    /** The outputs {@code parts} for input {@code a} (the outputs' array holds null for the others). */
    final Tensor[] apply(Tensor a, int total, int... parts) {
        pending = factor(a.value());
        try {
            outputs = new Tensor[total];
            for (int p : parts) outputs[p] = Tensor.apply(new Output(this, p), a);
            return outputs.clone();
        } finally {
            pending = null;
        }
    }

    /** One output of a factorization: a node of its own, named as PyTorch's node of them all. */
    static final class Output implements Op {
        private final Factorization f;
        private final int part;

        Output(Factorization f, int part) {
            this.f = f;
            this.part = part;
        }

        public String name() { return f.partName(part); }

        public NDArray compute(NDArray[] in) { return (f.pending != null ? f.pending : f.factor(in[0]))[part]; }

        public Tensor[] vjp(Tensor g, Tensor out) {
            for (int i = 0; i < f.outputs.length; i++) // PyTorch's one node saved them all
                if (f.outputs[i] != null) dev.adjoint.autograd.Autograd.checkUnchanged(f.outputs[i], out.seq(), "output " + i + " of " + f.torchName());
            return new Tensor[] {f.gradient(part, g, f.outputs)};
        }

        public Tensor jvp(Tensor[] t, Tensor out) { return f.tangent(part, t[0], f.outputs); }

        public String torchName(Tensor out) { return f.torchName(); }

        /** PyTorch's node saves the outputs its rule reads. */
        public int saved(Tensor out) { return Op.OUTPUT; }

        /** PyTorch's node keeps each factor under its name (_saved_Q, _saved_R); adjoint's shows none. */
        public String savedName(Tensor out, int i) { return null; }

        public String notation(String... a) { return f.partName(part).replace("A", a[0]); }
    }

    // ---- matrix helpers the rules share ----

    static Tensor mT(Tensor x) {
        return Ops.transpose(x, -2, -1);
    }

    /** The n x n identity, a constant for ops on {@code like} (float32 with it). */
    static Tensor eye(int n, Tensor like) {
        return Tensor.constantLike(NDArray.eye(n, n), like);
    }

    /** diag(v) of each vector of the batch: v (..., n) to (..., n, n). */
    static Tensor diagEmbed(Tensor v) {
        int[] s = v.shape();
        return Ops.mul(Ops.unsqueeze(v, -2), eye(s[s.length - 1], v));
    }

    /** x with zero on its diagonal. */
    static Tensor offDiagonal(Tensor x) {
        int n = x.shape()[x.ndim() - 1];
        return Ops.mul(x, Tensor.constantLike(NDArray.full(1, n, n).sub(NDArray.eye(n, n)), x));
    }

    /** PyTorch's E: v_j − v_i at (i, j), 1 on the diagonal (any non-zero: it divides zeros there). */
    static Tensor differences(Tensor v) {
        return Ops.add(Ops.sub(Ops.unsqueeze(v, -2), Ops.unsqueeze(v, -1)), eye(v.shape()[v.ndim() - 1], v));
    }

    /** The batch's count of matrices: the product of all dims but the last two. */
    static int count(int[] shape) {
        int c = 1;
        for (int i = 0; i < shape.length - 2; i++) c *= shape[i];
        return c;
    }

    /** The batch's shape with the last two dims replaced by {@code last}. */
    static int[] batchShape(int[] shape, int... last) {
        int[] out = java.util.Arrays.copyOf(shape, shape.length - 2 + last.length);
        System.arraycopy(last, 0, out, shape.length - 2, last.length);
        return out;
    }
}
