package dev.adjoint.autograd.op;

/**
 * The LU factors PyTorch 1.13 (on OpenBLAS) takes of Aᵀ for torch.det, with their arithmetic
 * (OpenBLAS's unblocked getf2: left-looking, each dot product and matrix-vector product accumulated
 * from +0, the column scaled by the pivot's reciprocal, no row swap at a zero pivot), so det's last
 * bits and signs are PyTorch's for the small matrices its scalar loops factor (n ≤ 8 here; larger
 * ones go through its vector kernels, whose order of summation is not reproduced). At a singular
 * matrix, det's backward without create_graph adds eps where U's diagonal is 0 (and +0.0 everywhere
 * else, so a −0 factor becomes +0) and solves Aᵀ·X = g·det·I through OpenBLAS's getrs: the row
 * swaps, then the unit-lower and the upper triangular solves in blocks of 4, 2 and 1 rows
 * (right-looking inside a block, an accumulated product between blocks); with a right-hand side of
 * zeros only the signs of the zeros are at stake.
 */
final class TransposedLu {
    /** The largest matrix whose factors are PyTorch's bit for bit (measured against torch 1.13: all to 5, most to 8). */
    static final int LARGEST = 8;
    /** PyTorch's _get_epsilon for float64. */
    private static final double EPS = Math.ulp(1.0);

    private final int n;
    private final double[] lu; // row-major, the factors of Aᵀ
    private final int[] pivots;

    /** The factors of the n×n matrix at {@code offset} of {@code a} (row-major). */
    TransposedLu(double[] a, int offset, int n) {
        this.n = n;
        lu = new double[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) lu[i * n + j] = a[offset + j * n + i];
        pivots = factor(lu, n);
    }

    /** det: the product of U's diagonal in order, negated for an odd number of row swaps (PyTorch's lu_det_P · prod). */
    double det() {
        double d = 1.0;
        int swaps = 0;
        for (int i = 0; i < n; i++) {
            d *= lu[i * n + i];
            if (pivots[i] != i) swaps++;
        }
        return swaps % 2 == 0 ? d : -d;
    }

    boolean singular() {
        for (int i = 0; i < n; i++) if (lu[i * n + i] == 0) return true;
        return false;
    }

    /** OpenBLAS's getf2 in place, column by column: the pivots (row j swapped with pivots[j]). */
    private static int[] factor(double[] m, int n) {
        int[] pivots = new int[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < j; i++) swap(m, n, i, pivots[i], j);
            for (int i = 1; i < j; i++) {
                double dot = 0.0;
                for (int k = 0; k < i; k++) dot += m[i * n + k] * m[k * n + j];
                m[i * n + j] -= dot;
            }
            for (int i = j; i < n; i++) {
                double t = 0.0;
                for (int k = 0; k < j; k++) t += m[i * n + k] * m[k * n + j];
                m[i * n + j] = m[i * n + j] + -1.0 * t;
            }
            int p = j;
            for (int i = j + 1; i < n; i++) if (Math.abs(m[i * n + j]) > Math.abs(m[p * n + j])) p = i;
            pivots[j] = p;
            if (m[p * n + j] == 0) continue;
            double reciprocal = 1.0 / m[p * n + j];
            for (int c = 0; c <= j; c++) swap(m, n, j, p, c);
            for (int i = j + 1; i < n; i++) m[i * n + j] *= reciprocal;
        }
        return pivots;
    }

    private static void swap(double[] m, int n, int r1, int r2, int column) {
        double t = m[r1 * n + column];
        m[r1 * n + column] = m[r2 * n + column];
        m[r2 * n + column] = t;
    }

    /** X with Aᵀ·X = s·I, into {@code out} at {@code offset} (row-major), for a singular matrix: eps where U's diagonal is 0. */
    void solveSingularInto(double s, double[] out, int offset) {
        double[] regularised = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) regularised[i * n + j] = lu[i * n + j] + (i == j && lu[i * n + j] == 0 ? EPS : 0.0);
        double[] b = new double[n * n];
        for (int i = 0; i < n; i++) b[i * n + i] = s;
        for (int k = 0; k < n; k++) for (int c = 0; c < n; c++) swap(b, n, k, pivots[k], c);
        double[] column = new double[n];
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < n; r++) column[r] = b[r * n + c];
            forward(regularised, column);
            backward(regularised, column);
            for (int r = 0; r < n; r++) out[offset + r * n + c] = column[r];
        }
    }

    /** L·y = b, L unit lower: blocks from the top (of 4, then 2, then 1 row). */
    private void forward(double[] lu, double[] x) {
        int start = 0;
        for (int size : blockSizes()) {
            for (int i = start; i < start + size && start > 0; i++) x[i] = x[i] + -1.0 * product(lu, i, 0, start, x);
            for (int i = start; i < start + size; i++) {
                x[i] = x[i] * 1.0;
                for (int k = i + 1; k < start + size; k++) x[k] -= x[i] * lu[k * n + i];
            }
            start += size;
        }
    }

    /** U·x = y: blocks from the bottom (of 1, then 2, then 4 rows); each x[i] its value times 1/U[i][i]. */
    private void backward(double[] lu, double[] x) {
        int end = n;
        int[] sizes = blockSizes();
        for (int b = sizes.length - 1; b >= 0; b--) {
            int start = end - sizes[b];
            for (int i = start; i < end && end < n; i++) x[i] = x[i] + -1.0 * product(lu, i, end, n, x);
            for (int i = end - 1; i >= start; i--) {
                x[i] = x[i] * (1.0 / lu[i * n + i]);
                for (int k = start; k < i; k++) x[k] -= x[i] * lu[k * n + i];
            }
            end = start;
        }
    }

    /** Σ lu[i][k]·x[k] for k in [from, to), accumulated from +0 (the kernels' matrix product between blocks). */
    private double product(double[] lu, int i, int from, int to, double[] x) {
        double acc = 0.0;
        for (int k = from; k < to; k++) acc += lu[i * n + k] * x[k];
        return acc;
    }

    /** OpenBLAS's trsm kernels' row blocks from the top: full blocks of 4, then one of 2 and one of 1 as n has them. */
    private int[] blockSizes() {
        int full = n / 4;
        int[] sizes = new int[full + Integer.bitCount(n % 4)];
        int k = 0;
        for (; k < full; k++) sizes[k] = 4;
        if ((n & 2) != 0) sizes[k++] = 2;
        if ((n & 1) != 0) sizes[k] = 1;
        return sizes;
    }
}
