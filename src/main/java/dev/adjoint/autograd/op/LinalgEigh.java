package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.linalg.eigh of a batch of symmetric matrices read from one triangle: the eigenvalues L,
 * ascending, and the eigenvectors V in columns, from LAPACK's syevd as PyTorch 1.13 calls it (its
 * signs). LinalgEighBackward0's gradient V (diag(gL) + skew(Vᵀ gV) / E) Vᵀ, with
 * E_ij = L_j − L_i, split into the eigenvalues' term and the eigenvectors' term; the tangents
 * diag(Vᵀ dA V) and V (offdiag(Vᵀ dA V) / E).
 */
final class LinalgEigh extends Factorization {
    private final String uplo;
    private final boolean vectors;

    /** {@code vectors} false: eigvalsh outside autograd, syevd without vectors (as PyTorch: its eigenvalues can differ in the last bits). */
    private LinalgEigh(Tensor a, String uplo, boolean vectors) {
        super(a);
        this.uplo = uplo;
        this.vectors = vectors;
    }

    /** {L, V}; V null when {@code vectors} is false. */
    static Tensor[] of(Tensor a, String uplo, boolean vectors) {
        LinalgEigh f = new LinalgEigh(a, uplo, vectors);
        return vectors ? f.apply(a, 2, 0, 1) : f.apply(a, 2, 0);
    }

    NDArray[] factor(NDArray a) {
        int[] s = a.shape();
        int n = s[s.length - 1], count = count(s);
        double[] x = a.toArray(), w = new double[count * n], v = new double[vectors ? count * n * n : 0];
        for (int b = 0; b < count; b++) {
            TorchLapack.Eigh e = TorchLapack.syevd(x, b * n * n, n, uplo, vectors, single);
            System.arraycopy(e.w(), 0, w, b * n, n);
            if (vectors) System.arraycopy(e.v(), 0, v, b * n * n, n * n);
        }
        NDArray values = NDArray.of(w, java.util.Arrays.copyOf(s, s.length - 1));
        return new NDArray[] {values, vectors ? NDArray.of(v, s) : null};
    }

    Tensor gradient(int part, Tensor g, Tensor[] out) {
        Tensor l = out[0], v = out[1];
        if (part == 0) return Ops.matmul(Ops.mul(v, Ops.unsqueeze(g, -2)), mT(v));
        Tensor vhgv = Ops.matmul(mT(v), g);
        Tensor skew = Ops.mul(Tensor.constant(0.5), Ops.sub(vhgv, mT(vhgv)));
        return Ops.matmul(v, Ops.matmul(Ops.div(skew, differences(l)), mT(v)));
    }

    Tensor tangent(int part, Tensor da, Tensor[] out) {
        Tensor l = out[0], v = out[1];
        if (part == 0) return Ops.sum(Ops.mul(Ops.matmul(da, v), v), new int[] {-2}, false);
        Tensor dp = Ops.matmul(mT(v), Ops.matmul(da, v));
        return Ops.matmul(v, Ops.div(offDiagonal(dp), differences(l)));
    }

    String torchName() { return "LinalgEighBackward0"; }

    String partName(int part) { return part == 0 ? "eigh(A).eigenvalues" : "eigh(A).eigenvectors"; }
}
