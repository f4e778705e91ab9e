package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * torch.linalg.svdvals of a batch of m x n matrices: the min(m, n) singular values, descending
 * (LinalgSvdBackward0). With A = U diag(s) Vᵀ (thin): the gradient U diag(g) Vᵀ and the tangent
 * diag(Uᵀ dA V), neither depending on the signs of the singular vectors.
 */
public final class LinalgSvdvals implements Op {
    static final LinalgSvdvals INSTANCE = new LinalgSvdvals();

    public String name() { return "svdvals"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[0].shape();
        int m = s[s.length - 2], n = s[s.length - 1], k = Math.min(m, n), count = m * n == 0 ? 0 : in[0].size() / (m * n);
        double[] a = in[0].toArray(), out = new double[count * k];
        for (int b = 0; b < count; b++) System.arraycopy(SymmetricEigen.svd(a, b * m * n, m, n)[0], 0, out, b * k, k);
        int[] shape = Arrays.copyOf(s, s.length - 1);
        shape[shape.length - 1] = k;
        return NDArray.of(out, shape);
    }

    /** {U, V} of every matrix of the batch, as constant tensors of shapes (..., m, k) and (..., n, k). */
    private static Tensor[] vectors(Tensor a) {
        int[] s = a.shape();
        int m = s[s.length - 2], n = s[s.length - 1], k = Math.min(m, n), count = m * n == 0 ? 0 : a.value().size() / (m * n);
        double[] values = a.value().toArray(), u = new double[count * m * k], v = new double[count * n * k];
        for (int b = 0; b < count; b++) {
            double[][] f = SymmetricEigen.svd(values, b * m * n, m, n);
            System.arraycopy(f[1], 0, u, b * m * k, m * k);
            System.arraycopy(f[2], 0, v, b * n * k, n * k);
        }
        int[] us = s.clone(), vs = s.clone();
        us[s.length - 1] = k;
        vs[s.length - 2] = n;
        vs[s.length - 1] = k;
        return new Tensor[] {Tensor.constant(NDArray.of(u, us)), Tensor.constant(NDArray.of(v, vs))};
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor[] uv = vectors(out.input(0));
        return new Tensor[] {Ops.matmul(Ops.mul(uv[0], Ops.unsqueeze(g, -2)), Ops.transpose(uv[1], -2, -1))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor[] uv = vectors(out.input(0));
        return Ops.sum(Ops.mul(Ops.matmul(t[0], uv[1]), uv[0]), new int[] {-2}, false);
    }

    public String torchName(Tensor out) { return "LinalgSvdBackward0"; }

    public String notation(String... a) { return "svdvals(" + a[0] + ")"; }
}
