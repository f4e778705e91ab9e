package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.List;

/**
 * torch.linalg.svd of a batch of m x n matrices, A = U diag(S) Vh, from LAPACK's gesdd as PyTorch
 * 1.13 calls it (jobz 'A' for full_matrices, 'S' otherwise, 'N' for svdvals outside autograd).
 * LinalgSvdBackward0's gradient (PyTorch's svd_backward on the first k = min(m, n) singular
 * vectors) split into the terms of gU, gS and gVh; the tangents from dP = Uᵀ dA V:
 * dS = diag(dP), Uᵀ dU = (dP S + S dPᵀ) / E and Vᵀ dV = (S dP + dPᵀ S) / E off the diagonal, with
 * E_ij = S_j² − S_i², plus the parts outside U's (V's) columns for a tall (wide) A.
 */
final class LinalgSvd extends Factorization {
    static final int U = 0, S = 1, VH = 2;
    private final char jobz;
    private final int m, n, k;

    private LinalgSvd(Tensor a, char jobz) {
        super(a);
        this.jobz = jobz;
        int[] s = a.shape();
        m = s[s.length - 2];
        n = s[s.length - 1];
        k = Math.min(m, n);
    }

    /** {U, S, Vh} (jobz 'A' or 'S'), or {null, S, null} (jobz 'N'). */
    static Tensor[] of(Tensor a, char jobz) {
        LinalgSvd f = new LinalgSvd(a, jobz);
        return jobz == 'N' ? f.apply(a, 3, S) : f.apply(a, 3, U, S, VH);
    }

    NDArray[] factor(NDArray a) {
        int[] s = a.shape();
        int count = count(s), uCols = jobz == 'A' ? m : k, vhRows = jobz == 'A' ? n : k;
        boolean vectors = jobz != 'N';
        double[] x = a.toArray(), sv = new double[count * k], u = new double[vectors ? count * m * uCols : 0], vh = new double[vectors ? count * vhRows * n : 0];
        for (int b = 0; b < count; b++) {
            TorchLapack.Svd f = TorchLapack.gesdd(x, b * m * n, m, n, jobz, single);
            System.arraycopy(f.s(), 0, sv, b * k, k);
            if (!vectors) continue;
            System.arraycopy(f.u(), 0, u, b * m * uCols, m * uCols);
            System.arraycopy(f.vh(), 0, vh, b * vhRows * n, vhRows * n);
        }
        int[] sShape = java.util.Arrays.copyOf(s, s.length - 1);
        sShape[sShape.length - 1] = k;
        return new NDArray[] {vectors ? NDArray.of(u, batchShape(s, m, uCols)) : null, NDArray.of(sv, sShape),
                vectors ? NDArray.of(vh, batchShape(s, vhRows, n)) : null};
    }

    /** The first k columns of U (k rows of Vh, {@code rows}) when full_matrices made them square. */
    private Tensor thin(Tensor x, boolean rows) {
        if (jobz != 'A' || (rows ? n : m) == k) return x;
        Index.Slice first = new Index.Slice(0, k, null);
        return Indexing.view(x, rows ? List.of(Indexing.ELLIPSIS, first, Index.Slice.ALL) : List.of(Indexing.ELLIPSIS, first));
    }

    Tensor gradient(int part, Tensor g, Tensor[] out) {
        Tensor u = thin(out[U], false), s = out[S], vh = thin(out[VH], true);
        if (part == S) return m >= n ? Ops.matmul(u, Ops.mul(Ops.unsqueeze(g, -1), vh)) : Ops.matmul(Ops.mul(u, Ops.unsqueeze(g, -2)), vh);
        Tensor e = differences(Ops.mul(s, s));
        if (part == U) {
            Tensor gu = thin(g, false), uhgu = Ops.matmul(mT(u), gu);
            Tensor ret = Ops.mul(Ops.sub(uhgu, mT(uhgu)), Ops.div(Ops.unsqueeze(s, -2), e));
            if (m > n) {
                Tensor gusinv = Ops.div(gu, Ops.unsqueeze(s, -2));
                Tensor ga = Ops.sub(Ops.add(Ops.matmul(u, ret), gusinv), Ops.matmul(u, Ops.matmul(mT(u), gusinv)));
                return Ops.matmul(ga, vh);
            }
            return sandwich(u, ret, vh);
        }
        Tensor gvh = thin(g, true), vhgv = Ops.matmul(vh, mT(gvh));
        Tensor ret = Ops.mul(Ops.unsqueeze(s, -1), Ops.div(Ops.sub(vhgv, mT(vhgv)), e));
        if (m < n) {
            Tensor sinvgvh = Ops.div(gvh, Ops.unsqueeze(s, -1));
            Tensor ga = Ops.sub(Ops.add(Ops.matmul(ret, vh), sinvgvh), Ops.matmul(Ops.matmul(sinvgvh, mT(vh)), vh));
            return Ops.matmul(u, ga);
        }
        return sandwich(u, ret, vh);
    }

    /** U X Vh in PyTorch's order of the two products. */
    private Tensor sandwich(Tensor u, Tensor x, Tensor vh) {
        return m >= n ? Ops.matmul(u, Ops.matmul(x, vh)) : Ops.matmul(Ops.matmul(u, x), vh);
    }

    Tensor tangent(int part, Tensor da, Tensor[] out) {
        Tensor u = thin(out[U], false), s = out[S], vh = thin(out[VH], true), v = mT(vh);
        Tensor dp = Ops.matmul(mT(u), Ops.matmul(da, v));
        if (part == S) return Ops.sum(Ops.mul(dp, eye(k, dp)), new int[] {-1}, false);
        Tensor e = differences(Ops.mul(s, s)), row = Ops.unsqueeze(s, -2), column = Ops.unsqueeze(s, -1);
        if (part == U) {
            Tensor du = Ops.matmul(u, Ops.div(offDiagonal(Ops.add(Ops.mul(dp, row), Ops.mul(column, mT(dp)))), e));
            if (m > n) du = Ops.add(du, Ops.div(Ops.sub(Ops.matmul(da, v), Ops.matmul(u, dp)), row));
            return padded(du, out[U], false);
        }
        Tensor dv = Ops.matmul(v, Ops.div(offDiagonal(Ops.add(Ops.mul(column, dp), Ops.mul(mT(dp), row))), e));
        if (n > m) dv = Ops.add(dv, Ops.div(Ops.sub(Ops.matmul(mT(da), u), Ops.matmul(v, mT(dp))), row));
        return padded(mT(dv), out[VH], true);
    }

    /**
     * The tangent of the first k columns of U (rows of Vh) with zeros for full_matrices' other ones,
     * which the decomposition does not determine: what PyTorch's autograd.functional.jvp gives.
     */
    private Tensor padded(Tensor thin, Tensor full, boolean rows) {
        int[] s = full.shape();
        int extra = rows ? s[s.length - 2] - k : s[s.length - 1] - k;
        if (extra == 0) return thin;
        int[] z = thin.shape();
        z[rows ? z.length - 2 : z.length - 1] = extra;
        return Ops.concat(List.of(thin, Tensor.constantLike(NDArray.zeros(z), thin)), rows ? z.length - 2 : z.length - 1);
    }

    String torchName() { return "LinalgSvdBackward0"; }

    String partName(int part) { return "svd(A)." + (part == U ? "U" : part == S ? "S" : "Vh"); }
}
