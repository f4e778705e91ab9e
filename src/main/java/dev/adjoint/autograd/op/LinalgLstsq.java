package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.linalg.lstsq's solution X minimising ‖A X − B‖ for a batch of m x n matrices A and
 * right-hand sides B (m x k, or a vector of m), from the LAPACK driver PyTorch 1.13 calls (gelsy,
 * its CPU default, gelsd, gelss or gels; rcond: eps · max(m, n) unless given). LinalgLstsqBackward0 differentiates
 * through A⁺ as PyTorch does: A's gradient pinv_backward(g Bᵀ), B's A⁺ᵀ g; the tangent
 * dA⁺ B + A⁺ dB. The driver's ranks, singular values and residuals are kept for the named tuple. PyTorch 1.13's rules fail for
 * a vector B (IndexError) where A's gradient (A's tangent) is wanted; so do these.
 */
public final class LinalgLstsq implements Op {
    private final String driver;
    private final double rcond;
    private final boolean vector, single;
    private TorchLapack.Lstsq[] results;

    LinalgLstsq(String driver, double rcond, boolean vector, boolean single) {
        this.driver = driver;
        this.rcond = rcond;
        this.vector = vector;
        this.single = single;
    }

    public String name() { return "lstsq"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[0].shape();
        int m = s[s.length - 2], n = s[s.length - 1], count = Factorization.count(s);
        int[] bs = in[1].shape();
        int k = vector ? 1 : bs[bs.length - 1];
        double[] a = in[0].toArray(), b = in[1].toArray(), x = new double[count * n * k];
        results = new TorchLapack.Lstsq[count];
        for (int i = 0; i < count; i++) {
            results[i] = TorchLapack.lstsq(driver, a, i * m * n, b, i * m * k, m, n, k, rcond, single);
            System.arraycopy(results[i].x(), 0, x, i * n * k, n * k);
        }
        return NDArray.of(x, vector ? java.util.Arrays.copyOf(Factorization.batchShape(s, n, 1), s.length - 1) : Factorization.batchShape(s, n, k));
    }

    /** What LAPACK found besides the solution, for each matrix of the batch. */
    TorchLapack.Lstsq[] results() {
        return results.clone();
    }

    private Tensor column(Tensor t) {
        return vector ? Ops.unsqueeze(t, -1) : t;
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = column(out.input(1)), gx = column(g);
        if (vector && a.requiresGrad()) // PyTorch 1.13's rule transposes the vector B as a matrix
            throw new Indexing.IndexOutOfBounds("Dimension out of range (expected to be in range of [-1, 0], but got -2)");
        Tensor pinv = Ops.pinv(a, 0, -1, false);
        Tensor ga = LinalgPinv.backward(Ops.matmul(gx, Ops.transpose(b, -2, -1)), pinv, a);
        Tensor gb = Ops.matmul(Ops.transpose(pinv, -2, -1), gx);
        return new Tensor[] {ga, vector ? Ops.squeeze(gb, -1) : gb};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = column(out.input(1)), pinv = Ops.pinv(a, 0, -1, false), dx = null;
        if (t[0] != null && vector) throw new Indexing.IndexOutOfBounds("Dimension out of range (expected to be in range of [-1, 0], but got -2)");
        if (t[0] != null) dx = Ops.matmul(LinalgPinv.tangent(t[0], pinv, a), b);
        if (t[1] != null) {
            Tensor term = Ops.matmul(pinv, column(t[1]));
            dx = dx == null ? term : Ops.add(dx, term);
        }
        return vector ? Ops.squeeze(dx, -1) : dx;
    }

    public String torchName(Tensor out) { return "LinalgLstsqBackward0"; }

    public int saved(Tensor out) { return 3; }

    public String savedName(Tensor out, int i) { return i == 0 ? "self" : i == 1 ? "b" : null; }

    public String notation(String... a) { return "lstsq(" + a[0] + ", " + a[1] + ")"; }
}
