package dev.adjoint.ndarray;

/** Row-major C[m×n] = A[m×k] · B[k×n] on compact buffers, blocked so a panel of B stays in cache. */
final class MatMulKernel {
    private static final int BLOCK_K = 256;
    private static final int BLOCK_N = 512;

    private MatMulKernel() {}

    static void multiply(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        // i-p-j order: the inner loop runs along contiguous rows of B and C, which the JIT vectorises
        for (int p0 = 0; p0 < k; p0 += BLOCK_K) {
            int p1 = Math.min(k, p0 + BLOCK_K);
            for (int j0 = 0; j0 < n; j0 += BLOCK_N) {
                int j1 = Math.min(n, j0 + BLOCK_N);
                for (int i = 0; i < m; i++) {
                    ComputationInterrupted.poll(); // Ctrl-C stops a long product within a row of one block
                    int ci = cOff + i * n;
                    int ai = aOff + i * k;
                    for (int p = p0; p < p1; p++) {
                        double av = a[ai + p];
                        int bp = bOff + p * n;
                        for (int j = j0; j < j1; j++) c[ci + j] += av * b[bp + j];
                    }
                }
            }
        }
    }
}
