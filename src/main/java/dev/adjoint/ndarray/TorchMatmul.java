package dev.adjoint.ndarray;

/**
 * The batched products of ATen (1.13), summed as it sums them, since that decides the last bits:
 * bmm sums small products (under {@link #BMM_LOOP_MACS} multiply-adds a matrix) in a plain loop of
 * its own and larger ones by dgemm, matrix by matrix; baddbmm and addbmm likewise. Whether
 * torch.matmul folds a batch into one matrix product instead is {@link #shouldFold}.
 */
public final class TorchMatmul {
    /** bmm's own loop takes products of fewer multiply-adds than this (bmm_out_or_baddbmm_). */
    static final long BMM_LOOP_MACS = 400;

    private TorchMatmul() {}

    /**
     * ATen's should_fold, for the operand with more dims ({@code shape}, {@code strides} as
     * PyTorch has them) beside one of {@code otherDims}: a batch of 3 or more dims with a vector or
     * a matrix folds, unless it is a 3-d batch of transposed matrices (permute(0, 2, 1)) beside a
     * matrix, which bmm reads as it is.
     */
    public static boolean shouldFold(int[] shape, long[] strides, int otherDims) {
        int d = shape.length;
        if (d < 3 || otherDims > 2) return false;
        return !(d == 3 && otherDims == 2 && strides[2] != 1 && strides[0] == (long) shape[1] * shape[2]);
    }

    /**
     * a @ b (shapes checked, an operand of 3 or more dims) as torch.bmm computes it: both operands
     * broadcast to one batch and multiplied matrix by matrix. (torch.matmul's folds are its graph's
     * own mm and mv nodes: autograd.op.BatchedMatmul.)
     */
    static NDArray batched(NDArray a, NDArray b) {
        int da = a.ndim(), db = b.ndim();
        int m = a.shape[da - 2], k = a.shape[da - 1], n = b.shape[db - 1];
        int[] batch = Shapes.broadcast(java.util.Arrays.copyOf(a.shape, da - 2), java.util.Arrays.copyOf(b.shape, db - 2));
        double[] ad = a.broadcastTo(append(append(batch, m), k)).compactData();
        double[] bd = b.broadcastTo(append(append(batch, k), n)).compactData();
        int[] outShape = append(append(batch, m), n);
        double[] r = NDArray.allocate(outShape);
        for (int i = 0, nb = Shapes.size(batch); i < nb; i++) bmmMatrix(ad, i * m * k, bd, i * k * n, r, i * m * n, m, k, n);
        return NDArray.wrap(r, outShape);
    }

    /**
     * One matrix of torch.bmm: under {@link #BMM_LOOP_MACS} multiply-adds ATen's own loop (each
     * entry a plain sum from 0, a multiply and an add per term), else addmm's dgemm, as mm sums it.
     */
    static void bmmMatrix(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        if ((long) m * k * n < BMM_LOOP_MACS) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int p = 0; p < k; p++) s += a[aOff + i * k + p] * b[bOff + p * n + j];
                    c[cOff + i * n + j] = s;
                }
            }
            return;
        }
        MatMulKernel.matrixProduct(MatmulOf.PYTORCH, a, aOff, b, bOff, c, cOff, m, k, n);
    }

    /**
     * torch.baddbmm: beta·input + alpha·(b1 @ b2), input broadcast to the product's (B, m, n). ATen's
     * own loop (small products) starts each entry at beta·input (0 when beta is 0, so input's NaNs
     * are ignored) and adds (alpha·b1[i, p])·b2[p, j] for p in turn; larger ones add alpha times
     * dgemm's product to beta·input.
     */
    public static NDArray baddbmm(NDArray input, NDArray b1, NDArray b2, double beta, double alpha) {
        int bs = b1.shape[0], m = b1.shape[1], k = b1.shape[2], n = b2.shape[2];
        double[] r = scaledStart(input.broadcastTo(bs, m, n), beta);
        if ((long) m * k * n < BMM_LOOP_MACS) {
            double[] a = b1.compactData(), b = b2.compactData();
            for (int x = 0; x < bs; x++) {
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double s = r[(x * m + i) * n + j];
                        for (int p = 0; p < k; p++) s += alpha * a[(x * m + i) * k + p] * b[(x * k + p) * n + j];
                        r[(x * m + i) * n + j] = s;
                    }
                }
            }
        } else {
            double[] product = batched(b1, b2).data;
            for (int e = 0; e < r.length; e++) r[e] += alpha * product[e];
        }
        return NDArray.wrap(r, new int[] {bs, m, n});
    }

    /**
     * torch.addbmm: beta·input + alpha·Σ b1[x] @ b2[x], which ATen computes as one addmm per matrix
     * of the batch, in turn: the sum starts at beta·input and each product (dgemm's) is added to it
     * times alpha.
     */
    public static NDArray addbmm(NDArray input, NDArray b1, NDArray b2, double beta, double alpha) {
        int bs = b1.shape[0], m = b1.shape[1], k = b1.shape[2], n = b2.shape[2];
        double[] r = scaledStart(input.broadcastTo(m, n), beta);
        double[] a = b1.compactData(), b = b2.compactData(), product = new double[m * n];
        for (int x = 0; x < bs; x++) {
            java.util.Arrays.fill(product, 0);
            MatMulKernel.multiply(MatMulKernel.matrix(a, x * m * k, m, k), MatMulKernel.matrix(b, x * k * n, k, n), product, MatmulOf.PYTORCH, false, false);
            for (int e = 0; e < r.length; e++) r[e] += alpha * product[e];
        }
        return NDArray.wrap(r, new int[] {m, n});
    }

    /** beta·input, where ATen's baddbmm and addbmm start their sums: 0 for beta 0, so input's NaNs are ignored. */
    private static double[] scaledStart(NDArray input, double beta) {
        double[] r = input.toArray();
        for (int e = 0; e < r.length; e++) r[e] = beta == 0 ? 0 : r[e] * beta;
        return r;
    }

    private static int[] append(int[] head, int last) {
        int[] r = java.util.Arrays.copyOf(head, head.length + 1);
        r[head.length] = last;
        return r;
    }
}
