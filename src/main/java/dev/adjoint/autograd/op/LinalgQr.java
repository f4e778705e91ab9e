package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.List;

/**
 * torch.linalg.qr of a batch of m x n matrices, A = QR, from LAPACK's geqrf and orgqr as PyTorch
 * 1.13 calls them (its signs): mode 'reduced' (Q m x k, R k x n, k = min(m, n)), 'complete'
 * (Q m x m, R m x n) or 'r' (R alone, Q empty). LinalgQrBackward0's gradient for m ≥ n,
 * [Q sym(triu(gR Rᵀ − Qᵀ gQ)) + gQ] R⁻ᵀ (sym: plus the transpose of the strict upper part), and
 * for m < n [Q tril(X − Xᵀ) R₁⁻ᵀ | 0] + Q gR with X = Qᵀ gQ − gR Rᵀ, each split into gQ's and
 * gR's terms. Tangents: C = Qᵀ dA R⁻¹, Ω = its strict lower part minus
 * that part's transpose, dR = (C − Ω) R and dQ = dA R⁻¹ − Q (C − Ω).
 */
final class LinalgQr extends Factorization {
    static final int Q = 0, R = 1;
    private final String mode;
    private final int m, n, k;

    private LinalgQr(Tensor a, String mode) {
        super(a);
        this.mode = mode;
        int[] s = a.shape();
        m = s[s.length - 2];
        n = s[s.length - 1];
        k = Math.min(m, n);
    }

    /** {Q, R}; mode 'r': Q an empty tensor. */
    static Tensor[] of(Tensor a, String mode) {
        return new LinalgQr(a, mode).apply(a, 2, Q, R);
    }

    NDArray[] factor(NDArray a) {
        int[] s = a.shape();
        int count = count(s), qCols = mode.equals("r") ? 0 : mode.equals("complete") ? m : k, rRows = mode.equals("complete") ? m : k;
        double[] x = a.toArray(), q = new double[count * m * qCols], r = new double[count * rRows * n];
        for (int b = 0; b < count; b++) {
            TorchLapack.Qr f = TorchLapack.qr(x, b * m * n, m, n, qCols, rRows, single);
            if (qCols > 0) System.arraycopy(f.q(), 0, q, b * m * qCols, m * qCols);
            System.arraycopy(f.r(), 0, r, b * rRows * n, rRows * n);
        }
        return new NDArray[] {mode.equals("r") ? NDArray.zeros(0) : NDArray.of(q, batchShape(s, m, qCols)), NDArray.of(r, batchShape(s, rRows, n))};
    }

    private void checkDifferentiable() {
        if (mode.equals("r"))
            throw new AutogradException("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. Please use linalg.qr(A, mode='reduced') if you are "
                    + "going to differentiate through linalg.qr.");
        if (mode.equals("complete") && m > n) throw new AutogradException("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.");
    }

    Tensor gradient(int part, Tensor g, Tensor[] out) {
        checkDifferentiable();
        Tensor q = out[Q], r = out[R];
        if (m >= n) return part == Q ? tallGradient(g, null, q, r) : tallGradient(null, g, q, r);
        // m < n, PyTorch's rule: [Q tril(X − Xᵀ) R₁⁻ᵀ | 0] (+ Q gR), X = Qᵀ gQ or −gR Rᵀ, R₁ R's first m columns
        Tensor x = part == Q ? Ops.matmul(mT(q), g) : Ops.neg(Ops.matmul(g, mT(r)));
        Tensor b = Ops.matmul(q, mT(triangle(mT(Ops.sub(x, mT(x))), 0)));
        Tensor ga = Ops.concat(List.of(mT(Ops.solve(columns(r, 0, m), mT(b))), zeros(m, n - m, b)), -1);
        return part == Q ? ga : Ops.add(ga, Ops.matmul(q, g));
    }

    /** The m ≥ n rule for gQ's (or gR's) term: [Q sym(triu(gR Rᵀ − Qᵀ gQ)) + gQ] R⁻ᵀ. */
    private static Tensor tallGradient(Tensor gq, Tensor gr, Tensor q, Tensor r) {
        Tensor inner = gq != null ? Ops.neg(Ops.matmul(mT(q), gq)) : Ops.matmul(gr, mT(r));
        Tensor sym = Ops.add(triangle(inner, 0), mT(triangle(inner, 1)));
        Tensor ga = Ops.matmul(q, sym);
        if (gq != null) ga = Ops.add(ga, gq);
        return mT(Ops.solve(r, mT(ga))); // X Rᵀ = G
    }

    Tensor tangent(int part, Tensor da, Tensor[] out) {
        checkDifferentiable();
        Tensor q = out[Q], r = out[R];
        if (m >= n) return tallTangent(part, da, q, r);
        Tensor u = columns(r, 0, m), dx = columns(da, 0, m), dq = tallTangent(Q, dx, q, u);
        if (part == Q) return dq;
        Tensor v = columns(r, m, n), dv = Ops.matmul(mT(q), Ops.sub(columns(da, m, n), Ops.matmul(dq, v)));
        return Ops.concat(List.of(tallTangent(R, dx, q, u), dv), -1);
    }

    private static Tensor tallTangent(int part, Tensor da, Tensor q, Tensor r) {
        Tensor daRinv = mT(Ops.solve(mT(r), mT(da))); // dA R⁻¹
        Tensor c = Ops.matmul(mT(q), daRinv);
        Tensor lower = mT(triangle(mT(c), 1)), omega = Ops.sub(lower, mT(lower));
        Tensor upper = Ops.sub(c, omega);
        return part == R ? Ops.matmul(upper, r) : Ops.sub(daRinv, Ops.matmul(q, upper));
    }

    /** x's upper triangle from diagonal {@code from} (0: with the diagonal, 1: strictly above it). */
    private static Tensor triangle(Tensor x, int from) {
        int[] s = x.shape();
        int rows = s[s.length - 2], cols = s[s.length - 1];
        double[] mask = new double[rows * cols];
        for (int i = 0; i < rows; i++) for (int j = i + from; j < cols; j++) mask[i * cols + j] = 1;
        return Ops.mul(x, Tensor.constantLike(NDArray.of(mask, rows, cols), x));
    }

    private static Tensor columns(Tensor x, int from, int to) {
        return Indexing.view(x, List.of(Indexing.ELLIPSIS, new Index.Slice(from, to, null)));
    }

    private static Tensor zeros(int rows, int cols, Tensor like) {
        int[] s = like.shape();
        return Tensor.constantLike(NDArray.zeros(batchShape(s, rows, cols)), like);
    }

    String torchName() { return "LinalgQrBackward0"; }

    String partName(int part) { return "qr(A)." + (part == Q ? "Q" : "R"); }
}
