package dev.adjoint.ndarray;

/**
 * The LU decomposition with partial pivoting of one square matrix, as LAPACK's dgetrf computes it
 * (the pivot column scaled by the pivot's reciprocal, as dgetf2), and the solves built on it
 * (forward and back substitution, as dgetrs). A singular matrix still factors, leaving a zero on
 * U's diagonal: {@link #firstZeroPivot} finds it, as LAPACK's info does. np.linalg and
 * torch.linalg both use it.
 */
public final class LuDecomposition {
    private final double[][] lu; // L below the diagonal (unit diagonal implied), U on and above it
    private final int[] pivots;  // row k was swapped with row pivots[k]

    private LuDecomposition(double[][] lu, int[] pivots) {
        this.lu = lu;
        this.pivots = pivots;
    }

    /** Factors the n x n matrix at {@code offset} of {@code values} (row-major). */
    public static LuDecomposition of(double[] values, int offset, int n) {
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = java.util.Arrays.copyOfRange(values, offset + i * n, offset + (i + 1) * n);
        return of(a);
    }

    /** Factors {@code a} (its rows are taken over and changed). */
    public static LuDecomposition of(double[][] a) {
        int n = a.length;
        int[] pivots = new int[n];
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
            pivots[k] = p;
            double[] t = a[p];
            a[p] = a[k];
            a[k] = t;
            if (a[k][k] == 0) continue; // singular: dgetrf goes on, leaving a zero on U's diagonal
            double reciprocal = 1 / a[k][k];
            for (int i = k + 1; i < n; i++) {
                double l = a[i][k] * reciprocal;
                a[i][k] = l;
                for (int j = k + 1; j < n; j++) a[i][j] -= l * a[k][j];
            }
        }
        return new LuDecomposition(a, pivots);
    }

    public int size() { return lu.length; }

    /** U's diagonal entry i. */
    public double pivot(int i) { return lu[i][i]; }

    /** How many rows the pivoting swapped (the determinant's sign is −1 to this power). */
    public int swaps() {
        int s = 0;
        for (int k = 0; k < pivots.length; k++) if (pivots[k] != k) s++;
        return s;
    }

    /** The 1-based index of the first zero on U's diagonal, 0 if none (LAPACK's info). */
    public int firstZeroPivot() {
        for (int i = 0; i < lu.length; i++) if (lu[i][i] == 0) return i + 1;
        return 0;
    }

    /** X with A X = B for B row-major n x columns (the matrix must not be singular). */
    public double[] solve(double[] b, int columns) {
        int n = lu.length;
        double[] x = b.clone();
        for (int k = 0; k < n; k++) { // the rows of B swapped as A's were
            int p = pivots[k];
            if (p != k)
                for (int c = 0; c < columns; c++) {
                    double t = x[k * columns + c];
                    x[k * columns + c] = x[p * columns + c];
                    x[p * columns + c] = t;
                }
        }
        for (int c = 0; c < columns; c++) {
            for (int i = 0; i < n; i++) // L y = P b (unit diagonal)
                for (int k = 0; k < i; k++) x[i * columns + c] -= lu[i][k] * x[k * columns + c];
            for (int k = n - 1; k >= 0; k--) { // U x = y, a column at a time (as dtrsm): x_k, then its share out of the rows above
                x[k * columns + c] /= lu[k][k];
                for (int i = 0; i < k; i++) x[i * columns + c] -= x[k * columns + c] * lu[i][k];
            }
        }
        return x;
    }
}
