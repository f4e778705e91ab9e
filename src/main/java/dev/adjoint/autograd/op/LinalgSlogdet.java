package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.LuDecomposition;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * log|det A| of a batch of square matrices (the logabsdet of torch.linalg.slogdet,
 * LinalgSlogdetBackward0): the sum of log|U_ii| of A's LU factors, so it neither overflows nor
 * underflows where det would. Its gradient is g·A⁻ᵀ, its tangent trace(A⁻¹·dA), built from ops.
 * The sign comes from {@link #sign}.
 */
final class LinalgSlogdet implements Op {
    static final LinalgSlogdet INSTANCE = new LinalgSlogdet();

    public String name() { return "slogdet"; }

    public NDArray compute(NDArray[] in) {
        int[] shape = in[0].shape();
        LuDecomposition[] lu = LinalgError.factors(in[0].toArray(), shape[shape.length - 1]);
        double[] out = new double[lu.length];
        for (int b = 0; b < lu.length; b++) {
            double s = 0;
            for (int i = 0; i < lu[b].size(); i++) s += Math.log(Math.abs(lu[b].pivot(i)));
            out[b] = s;
        }
        return NDArray.of(out, Arrays.copyOf(shape, shape.length - 2));
    }

    /** det's sign of each matrix: ±1 by the row swaps and the pivots' signs, 0 for a singular one. */
    static NDArray sign(NDArray a) {
        int[] shape = a.shape();
        LuDecomposition[] lu = LinalgError.factors(a.toArray(), shape[shape.length - 1]);
        double[] out = new double[lu.length];
        for (int b = 0; b < lu.length; b++) {
            double s = lu[b].swaps() % 2 == 0 ? 1 : -1;
            for (int i = 0; i < lu[b].size(); i++) s *= Math.signum(lu[b].pivot(i));
            out[b] = s;
        }
        return NDArray.of(out, Arrays.copyOf(shape, shape.length - 2));
    }

    /** A⁻ᵀ scaled by s (one number per matrix of the batch). */
    private static Tensor scaledInverseTranspose(Tensor a, Tensor s) {
        int[] expanded = Arrays.copyOf(s.shape(), s.ndim() + 2);
        expanded[s.ndim()] = expanded[s.ndim() + 1] = 1;
        return Ops.mul(Ops.transpose(Ops.inv(a), -2, -1), Ops.reshape(s, expanded));
    }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {scaledInverseTranspose(out.input(0), g)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { // trace(A⁻¹ dA) = Σ A⁻ᵀ ∘ dA
        Tensor ones = Tensor.constant(NDArray.ones(out.shape()));
        return Ops.sum(Ops.mul(scaledInverseTranspose(out.input(0), ones), t[0]), new int[] {-2, -1}, false);
    }

    public String torchName(Tensor out) { return "LinalgSlogdetBackward0"; }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    /** A; PyTorch's node keeps the sign, not logabsdet, so the output is not shown. */
    public String savedName(Tensor out, int i) { return i == 0 ? "A" : null; }

    public String notation(String... a) { return "slogdet(" + a[0] + ")"; }
}
