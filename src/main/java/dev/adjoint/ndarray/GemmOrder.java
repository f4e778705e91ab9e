package dev.adjoint.ndarray;

/**
 * Small matrix products summed exactly as NumPy's matmul and dot sum them: NumPy hands a product
 * of two matrices to OpenBLAS's dgemm (Debian 12's 0.3.21, whose kernel on this CPU family is
 * Haswell's dgemm_kernel_4x8), and A·Aᵀ to dsyrk. That kernel gives each element of C one
 * accumulator, a fused multiply-add per p in order (so {@code (A @ A.T)[0, 0]} is not the plain
 * sum's), with two exceptions this repeats: the p axis is cut in blocks of at most
 * {@link #Q} (two near-equal halves, rounded up to 4, below 2Q), each block's sum added to C after;
 * and the last row of C when it has an odd number of rows (OpenBLAS sees Cᵀ, so that row is its
 * one-column edge), in its columns of whole blocks of four, is summed in four accumulators, p in
 * turn over each whole group of eight, the rest of the block into the first, then
 * (acc0 + acc1) + (acc2 + acc3). dsyrk computes the upper triangle so and mirrors it.
 *
 * <p>Checked against NumPy 1.24 on random shapes (GemmOrderTest) and against the library's own
 * dgemm on 3,920 shapes (m, n up to 100, k up to 1000, a single row or column included: PyTorch
 * hands those to dgemm too). NumPy gives a single row or column to dgemv ({@link GemvOrder}).
 */
final class GemmOrder {
    private GemmOrder() {}

    /** OpenBLAS's GEMM_Q for Haswell doubles (the p block) and GEMM_UNROLL_M (its rounding). */
    static final int Q = 256, UNROLL_M = 4;

    /**
     * C[m×n] += A·B with a(i, p) = a[aOff + i·sa + p·sp], b(p, j) = b[bOff + p·sb + j·sj],
     * c(i, j) = c[cOff + i·n + j]; {@code symmetric} when B is Aᵀ (NumPy's syrk case).
     */
    static void multiply(double[] a, int aOff, int sa, int sp, double[] b, int bOff, int sb, int sj, double[] c, int cOff, int m, int k, int n,
            boolean symmetric) {
        int edgeColumns = m % 2 == 1 ? n - n % 4 : 0; // columns of the last row summed in four accumulators
        for (int p0 = 0; p0 < k;) {
            int p1 = p0 + block(k - p0);
            for (int i = 0; i < m; i++) {
                ComputationInterrupted.poll();
                for (int j = symmetric ? i : 0; j < n; j++) {
                    int ai = aOff + i * sa, bj = bOff + j * sj;
                    double r = i == m - 1 && j < edgeColumns ? fourAccumulators(a, ai, sp, b, bj, sb, p0, p1) : chain(a, ai, sp, b, bj, sb, p0, p1);
                    c[cOff + i * n + j] = r + c[cOff + i * n + j];
                }
            }
            p0 = p1;
        }
        if (symmetric) for (int i = 1; i < m; i++) for (int j = 0; j < i; j++) c[cOff + i * n + j] = c[cOff + j * n + i];
    }

    /** The p block OpenBLAS's level-3 driver takes when {@code left} products remain. */
    static int block(int left) {
        if (left >= 2 * Q) return Q;
        if (left > Q) return (left / 2 + UNROLL_M - 1) / UNROLL_M * UNROLL_M;
        return left;
    }

    private static double chain(double[] a, int ai, int sp, double[] b, int bj, int sb, int p0, int p1) {
        double acc = 0;
        for (int p = p0; p < p1; p++) acc = Math.fma(a[ai + p * sp], b[bj + p * sb], acc);
        return acc;
    }

    private static double fourAccumulators(double[] a, int ai, int sp, double[] b, int bj, int sb, int p0, int p1) {
        double[] acc = new double[4];
        int whole = p0 + (p1 - p0) / 8 * 8;
        for (int p = p0; p < p1; p++) {
            int slot = p < whole ? (p - p0) % 4 : 0;
            acc[slot] = Math.fma(a[ai + p * sp], b[bj + p * sb], acc[slot]);
        }
        return (acc[0] + acc[1]) + (acc[2] + acc[3]);
    }
}
