package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * torch.linalg.eigvalsh of a batch of symmetric matrices read from their lower triangles: the
 * eigenvalues, ascending (LinalgEighBackward0). With A = V diag(w) Vᵀ: the gradient V diag(g) Vᵀ
 * and the tangent diag(Vᵀ dA V), neither depending on the signs of V's columns.
 */
public final class LinalgEigvalsh implements Op {
    static final LinalgEigvalsh INSTANCE = new LinalgEigvalsh();

    public String name() { return "eigvalsh"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[0].shape();
        int n = s[s.length - 1];
        double[] a = in[0].toArray(), w = new double[n == 0 ? 0 : a.length / n];
        for (int b = 0; n > 0 && b < a.length / (n * n); b++) System.arraycopy(SymmetricEigen.ofLower(a, b * n * n, n).values, 0, w, b * n, n);
        return NDArray.of(w, Arrays.copyOf(s, s.length - 1));
    }

    /** The eigenvectors of every matrix of the batch, as a constant tensor (the batch's shape). */
    private static Tensor vectors(Tensor a) {
        int[] s = a.shape();
        int n = s[s.length - 1];
        double[] values = a.value().toArray(), v = new double[values.length];
        for (int b = 0; n > 0 && b < values.length / (n * n); b++) System.arraycopy(SymmetricEigen.ofLower(values, b * n * n, n).vectors, 0, v, b * n * n, n * n);
        return Tensor.constant(NDArray.of(v, s));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor v = vectors(out.input(0));
        return new Tensor[] {Ops.matmul(Ops.mul(v, Ops.unsqueeze(g, -2)), Ops.transpose(v, -2, -1))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor v = vectors(out.input(0));
        return Ops.sum(Ops.mul(Ops.matmul(t[0], v), v), new int[] {-2}, false);
    }

    public String torchName(Tensor out) { return "LinalgEighBackward0"; }

    public String notation(String... a) { return "eigvalsh(" + a[0] + ")"; }
}
