package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.linalg.pinv of a batch of m x n matrices, as PyTorch 1.13 computes it: V diag(s⁺) Uᵀ
 * from the thin SVD (U diag(s⁺) Uᵀ from eigh for {@code hermitian}, the eigenvalues' absolute
 * values compared), s⁺ = 1/s where s exceeds max(atol, rtol · the largest) and 0 elsewhere
 * (LinalgPinvBackward0). Gradient and tangent are PyTorch's pinv_backward and pinv_jvp, written
 * with ops of A and of the output A⁺, so they differentiate again.
 */
public final class LinalgPinv implements Op {
    private final double atol, rtol;
    private final boolean hermitian, single;

    LinalgPinv(double atol, double rtol, boolean hermitian, boolean single) {
        this.atol = atol;
        this.rtol = rtol;
        this.hermitian = hermitian;
        this.single = single;
    }

    public String name() { return "pinv"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[0].shape();
        int m = s[s.length - 2], n = s[s.length - 1], k = Math.min(m, n), count = Factorization.count(s);
        double[] a = in[0].toArray(), out = new double[count * n * m];
        for (int b = 0; b < count; b++) {
            double[] left, right, sv; // A = left diag(sv) rightᵀ: A⁺ = right diag(sv⁺) leftᵀ
            boolean[] kept = new boolean[k];
            if (hermitian) {
                TorchLapack.Eigh e = TorchLapack.syevd(a, b * m * n, n, "L", true, single);
                left = right = e.v();
                sv = e.w();
                double largest = 0;
                for (double w : sv) largest = Math.max(largest, Math.abs(w));
                double tol = Math.max(atol, rtol * largest);
                for (int i = 0; i < k; i++) kept[i] = Math.abs(sv[i]) > tol;
            } else {
                TorchLapack.Svd f = TorchLapack.gesdd(a, b * m * n, m, n, 'S', single);
                left = f.u();
                sv = f.s();
                right = new double[n * k];
                for (int i = 0; i < k; i++) for (int j = 0; j < n; j++) right[j * k + i] = f.vh()[i * n + j];
                double tol = Math.max(atol, rtol * (k == 0 ? 0 : sv[0]));
                for (int i = 0; i < k; i++) kept[i] = sv[i] > tol;
            }
            int o = b * n * m;
            for (int i = 0; i < n; i++)
                for (int j = 0; j < m; j++) {
                    double sum = 0;
                    for (int c = 0; c < k; c++) if (kept[c]) sum += right[i * k + c] * (1 / sv[c]) * left[j * k + c];
                    out[o + i * m + j] = sum;
                }
        }
        return NDArray.of(out, Factorization.batchShape(s, n, m));
    }

    /** PyTorch's pinv_backward: the gradient of A from the gradient g of A⁺ (both of the output's shape). */
    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {backward(g, out, out.input(0))};
    }

    static Tensor backward(Tensor g, Tensor pinv, Tensor a) {
        int[] s = a.shape();
        int m = s[s.length - 2], n = s[s.length - 1];
        Tensor pinvH = mT(pinv), gH = mT(g);
        if (m <= n) {
            Tensor k = Ops.matmul(gH, pinv), kPinvH = Ops.matmul(k, pinvH);
            return Ops.add(Ops.sub(Ops.add(Ops.neg(mT(Ops.matmul(pinv, k))), kPinvH), Ops.matmul(Ops.matmul(a, pinv), kPinvH)),
                    Ops.matmul(Ops.matmul(pinvH, pinv), Ops.sub(gH, Ops.matmul(k, a))));
        }
        Tensor k = Ops.matmul(pinv, gH), pinvHK = Ops.matmul(pinvH, k);
        return Ops.sub(Ops.add(Ops.add(Ops.neg(mT(Ops.matmul(k, pinv))), Ops.matmul(Ops.matmul(Ops.sub(gH, Ops.matmul(a, k)), pinv), pinvH)), pinvHK),
                Ops.matmul(Ops.matmul(pinvHK, pinv), a));
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return tangent(t[0], out, out.input(0));
    }

    /** PyTorch's pinv_jvp: the tangent of A⁺ from A's tangent {@code da}. */
    static Tensor tangent(Tensor da, Tensor pinv, Tensor a) {
        int[] s = a.shape();
        int m = s[s.length - 2], n = s[s.length - 1];
        Tensor daH = mT(da), pinvH = mT(pinv);
        if (m <= n) {
            Tensor k = Ops.matmul(pinvH, daH);
            return Ops.add(Ops.matmul(pinv, Ops.sub(Ops.sub(k, mT(k)), Ops.matmul(k, Ops.matmul(a, pinv)))),
                    Ops.matmul(Ops.sub(daH, Ops.matmul(pinv, Ops.matmul(a, daH))), Ops.matmul(pinvH, pinv)));
        }
        Tensor k = Ops.matmul(pinv, da), kH = mT(k);
        return Ops.add(Ops.matmul(Ops.sub(Ops.sub(kH, k), Ops.matmul(Ops.matmul(pinv, a), kH)), pinv),
                Ops.matmul(Ops.matmul(pinv, pinvH), Ops.sub(daH, Ops.matmul(Ops.matmul(daH, a), pinv))));
    }

    private static Tensor mT(Tensor x) {
        return Ops.transpose(x, -2, -1);
    }

    public String torchName(Tensor out) { return "LinalgPinvBackward0"; }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    public String notation(String... a) { return a[0] + "⁺"; }
}
