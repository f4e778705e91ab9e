package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.PyError;
import dev.adjoint.lang.lib.numpy.Decompositions.Matrix;
import org.netlib.util.intW;

/**
 * The system's LAPACK ({@code liblapack.so.3}; on Debian OpenBLAS's, the library NumPy's
 * np.linalg calls) through dev.ludovic.netlib's JNI binding, called as NumPy's umath_linalg calls
 * it: the matrix in Fortran (column) order, the workspace of the size LAPACK asks for (dgesdd
 * picks its path by it). The same routine on the same library gives NumPy's numbers to the last
 * bit, and with them the signs and order of eigen and singular vectors, which come out of LAPACK's
 * iterations. Loaded at the first decomposition that asks for it.
 */
final class Lapack {
    private Lapack() {}

    static boolean available() {
        return Holder.LAPACK != null;
    }

    /** The binding, or NotImplementedError naming the function that needs it and why it is missing. */
    private static dev.ludovic.netlib.lapack.LAPACK binding(String function) {
        if (Holder.LAPACK == null)
            throw new PyError("NotImplementedError", "adjoint's np.linalg." + function + " needs the system's LAPACK (liblapack.so.3), which "
                    + Holder.WHY + ": the signs of NumPy's vectors come out of LAPACK's iterations, which adjoint does not repeat");
        return Holder.LAPACK;
    }

    /** A = U diag(s) Vh, row-major; u and vh are null for jobz 'N'. */
    record Svd(double[] u, int uCols, double[] s, double[] vh, int vhRows) {}

    /**
     * dgesdd: jobz 'A' gives the square U (m x m) and Vh (n x n), 'S' their first min(m, n)
     * columns and rows, 'N' the singular values alone (largest first); LinAlgError "SVD did not
     * converge" when LAPACK says so.
     */
    static Svd gesdd(Matrix a, char jobz, String function) {
        int m = a.rows(), n = a.cols(), k = Math.min(m, n);
        int uCols = jobz == 'A' ? m : k, vhRows = jobz == 'A' ? n : k;
        boolean vectors = jobz != 'N';
        double[] s = new double[k], u = new double[vectors ? m * uCols : 1], vt = new double[vectors ? vhRows * n : 1];
        int ldu = Math.max(1, m), ldvt = Math.max(1, vhRows);
        if (k > 0) {
            var lapack = binding(function);
            double[] fortran = columnMajor(a), query = new double[1];
            int[] iwork = new int[8 * k];
            intW info = new intW(0);
            String job = String.valueOf(jobz);
            lapack.dgesdd(job, m, n, fortran, Math.max(1, m), s, u, ldu, vt, ldvt, query, -1, iwork, info);
            int lwork = Math.max(1, (int) query[0]);
            lapack.dgesdd(job, m, n, fortran, Math.max(1, m), s, u, ldu, vt, ldvt, new double[lwork], lwork, iwork, info);
            check(info, "SVD did not converge");
        } else if (vectors) { // NumPy's empty case: identity factors
            for (int i = 0; i < Math.min(m, uCols); i++) u[i * m + i] = 1;
            for (int i = 0; i < Math.min(n, vhRows); i++) vt[i * vhRows + i] = 1;
        }
        return vectors ? new Svd(rowMajor(u, m, uCols), uCols, s, rowMajor(vt, vhRows, n), vhRows) : new Svd(null, 0, s, null, 0);
    }

    /**
     * dpotrf 'L' as NumPy's cholesky_lo calls it: the lower triangle of the matrix in Fortran
     * order, the factor's other triangle zeroed (checked bit for bit against NumPy 1.24 on
     * Debian's OpenBLAS; 'U' of the transposed matrix gives other last bits); LinAlgError "Matrix
     * is not positive definite" when LAPACK says so. Returns the lower factor, row-major.
     */
    static double[] potrf(Matrix a, String function) {
        int n = a.rows();
        if (n == 0) return new double[0];
        double[] f = columnMajor(a);
        intW info = new intW(0);
        binding(function).dpotrf("L", n, f, n, info);
        if (info.val != 0) throw new PyError(Linalg.LINALG_ERROR, "Matrix is not positive definite");
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j <= i; j++) l[i * n + j] = f[i + j * n];
        return l;
    }

    /** w ascending and, if asked, the eigenvectors in v's columns (row-major), null otherwise. */
    record SymmetricEigen(double[] w, double[] v) {}

    /** dsyevd of a symmetric matrix read from one triangle ('L' or 'U', of the row-major matrix as NumPy reads it). */
    static SymmetricEigen syevd(Matrix a, String uplo, boolean vectors, String function) {
        int n = a.rows();
        double[] w = new double[n];
        if (n == 0) return new SymmetricEigen(w, vectors ? new double[0] : null);
        var lapack = binding(function);
        double[] fortran = columnMajor(a), query = new double[1];
        int[] iquery = new int[1];
        intW info = new intW(0);
        String job = vectors ? "V" : "N";
        lapack.dsyevd(job, uplo, n, fortran, n, w, query, -1, iquery, -1, info);
        int lwork = Math.max(1, (int) query[0]), liwork = Math.max(1, iquery[0]);
        lapack.dsyevd(job, uplo, n, fortran, n, w, new double[lwork], lwork, new int[liwork], liwork, info);
        check(info, "Eigenvalues did not converge");
        return new SymmetricEigen(w, vectors ? rowMajor(fortran, n, n) : null);
    }

    /**
     * Eigenvalues (real and imaginary parts, in LAPACK's order) and, if asked, the right
     * eigenvectors in v's columns (row-major; a complex pair's real and imaginary parts in two
     * columns, as dgeev packs them), null otherwise.
     */
    record GeneralEigen(double[] real, double[] imaginary, double[] v) {}

    /** dgeev with the right eigenvectors only, as np.linalg.eig; eigvals asks for none. */
    static GeneralEigen geev(Matrix a, boolean vectors, String function) {
        int n = a.rows();
        double[] wr = new double[n], wi = new double[n];
        if (n == 0) return new GeneralEigen(wr, wi, vectors ? new double[0] : null);
        var lapack = binding(function);
        double[] fortran = columnMajor(a), vl = new double[1], vr = new double[vectors ? n * n : 1], query = new double[1];
        intW info = new intW(0);
        String job = vectors ? "V" : "N";
        lapack.dgeev("N", job, n, fortran, n, wr, wi, vl, 1, vr, vectors ? n : 1, query, -1, info);
        int lwork = Math.max(1, (int) query[0]);
        lapack.dgeev("N", job, n, fortran, n, wr, wi, vl, 1, vr, vectors ? n : 1, new double[lwork], lwork, info);
        check(info, "Eigenvalues did not converge");
        return new GeneralEigen(wr, wi, vectors ? rowMajor(vr, n, n) : null);
    }

    /**
     * Any info but 0 is NumPy's LinAlgError: "did not converge" (info > 0), and also a rejected
     * argument (info < 0), which is how dgesdd refuses a matrix holding NaN (info -4).
     */
    private static void check(intW info, String message) {
        if (info.val != 0) throw new PyError(Linalg.LINALG_ERROR, message);
    }

    private static double[] columnMajor(Matrix a) {
        int m = a.rows(), n = a.cols();
        double[] f = new double[Math.max(1, m * n)];
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) f[i + j * m] = a.get(i, j);
        return f;
    }

    /** The rows x cols matrix held column-major with leading dimension rows. */
    private static double[] rowMajor(double[] f, int rows, int cols) {
        double[] r = new double[rows * cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) r[i * cols + j] = f[i + j * rows];
        return r;
    }

    private static final class Holder {
        static final String WHY = "adjoint could not load";
        static final dev.ludovic.netlib.lapack.LAPACK LAPACK = dev.adjoint.ndarray.NativeLapack.get();
    }
}
