package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.ndarray.NativeLapack;
import org.netlib.util.intW;

/**
 * The LAPACK routines PyTorch 1.13's CPU kernels call for eigh (syevd), svd (gesdd) and qr (geqrf,
 * orgqr), called as PyTorch calls them: the matrix in column-major order, the workspace of the
 * size LAPACK asks for, float32 through the single-precision routines. Debian's PyTorch links the
 * system's liblapack.so.3, so the same library gives PyTorch's numbers, and with them the signs of
 * eigen and singular vectors, which come out of LAPACK's iterations. One matrix a call, row-major
 * in and out.
 */
final class TorchLapack {
    private TorchLapack() {}

    private static dev.ludovic.netlib.lapack.LAPACK binding(String function) {
        var lapack = NativeLapack.get();
        if (lapack == null)
            throw new AutogradException(function + " needs the system's LAPACK (liblapack.so.3), which adjoint could not load: the signs of PyTorch's vectors come "
                    + "out of LAPACK's iterations, which adjoint does not repeat");
        return lapack;
    }

    /** w ascending and, if asked, the eigenvectors in v's columns (null otherwise). */
    record Eigh(double[] w, double[] v) {}

    /**
     * syevd of the n x n matrix at {@code offset}, read from its lower ('L') or upper ('U')
     * triangle; info > 0 is PyTorch's LinAlgError.
     */
    static Eigh syevd(double[] a, int offset, int n, String uplo, boolean vectors, boolean single) {
        double[] w = new double[n];
        if (n == 0) return new Eigh(w, vectors ? new double[0] : null);
        var lapack = binding("torch.linalg.eigh");
        String job = vectors ? "V" : "N";
        double[] f = columnMajor(a, offset, n, n);
        intW info = new intW(0);
        int[] iquery = new int[1];
        if (single) {
            float[] fs = toFloat(f), ws = new float[n], query = new float[1];
            lapack.ssyevd(job, uplo, n, fs, n, ws, query, -1, iquery, -1, info);
            int lwork = Math.max(1, (int) query[0]), liwork = Math.max(1, iquery[0]);
            lapack.ssyevd(job, uplo, n, fs, n, ws, new float[lwork], lwork, new int[liwork], liwork, info);
            f = toDouble(fs);
            w = toDouble(ws);
        } else {
            double[] query = new double[1];
            lapack.dsyevd(job, uplo, n, f, n, w, query, -1, iquery, -1, info);
            int lwork = Math.max(1, (int) query[0]), liwork = Math.max(1, iquery[0]);
            lapack.dsyevd(job, uplo, n, f, n, w, new double[lwork], lwork, new int[liwork], liwork, info);
        }
        if (info.val > 0)
            throw new LinalgError.Singular("linalg.eigh: The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated eigenvalues (error code: "
                    + info.val + ").");
        return new Eigh(w, vectors ? rowMajor(f, n, n) : null);
    }

    /** A = U diag(s) Vh: U m x uCols and Vh vhRows x n, row-major; null for jobz 'N'. */
    record Svd(double[] u, double[] s, double[] vh) {}

    /** gesdd: jobz 'A' the square U and Vh, 'S' their first min(m, n) columns and rows, 'N' the singular values alone, descending. */
    static Svd gesdd(double[] a, int offset, int m, int n, char jobz, boolean single) {
        int k = Math.min(m, n), uCols = jobz == 'A' ? m : k, vhRows = jobz == 'A' ? n : k;
        boolean vectors = jobz != 'N';
        double[] s = new double[k], u = new double[vectors ? m * uCols : 1], vt = new double[vectors ? vhRows * n : 1];
        if (k == 0) { // LAPACK is not called: PyTorch's empty factors, the identity's columns where there are any
            for (int i = 0; vectors && i < Math.min(m, uCols); i++) u[i * uCols + i] = 1;
            for (int i = 0; vectors && i < Math.min(n, vhRows); i++) vt[i * n + i] = 1;
            return vectors ? new Svd(u, s, vt) : new Svd(null, s, null);
        }
        var lapack = binding("torch.linalg.svd");
        String job = String.valueOf(jobz);
        int ldu = Math.max(1, m), ldvt = Math.max(1, vhRows);
        double[] f = columnMajor(a, offset, m, n);
        int[] iwork = new int[8 * k];
        intW info = new intW(0);
        if (single) {
            float[] fs = toFloat(f), ss = new float[k], us = new float[u.length], vs = new float[vt.length], query = new float[1];
            lapack.sgesdd(job, m, n, fs, m, ss, us, ldu, vs, ldvt, query, -1, iwork, info);
            int lwork = Math.max(1, (int) query[0]);
            lapack.sgesdd(job, m, n, fs, m, ss, us, ldu, vs, ldvt, new float[lwork], lwork, iwork, info);
            s = toDouble(ss);
            u = toDouble(us);
            vt = toDouble(vs);
        } else {
            double[] query = new double[1];
            lapack.dgesdd(job, m, n, f, m, s, u, ldu, vt, ldvt, query, -1, iwork, info);
            int lwork = Math.max(1, (int) query[0]);
            lapack.dgesdd(job, m, n, f, m, s, u, ldu, vt, ldvt, new double[lwork], lwork, iwork, info);
        }
        if (info.val > 0)
            throw new LinalgError.Singular("linalg.svd: The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated singular values (error code: "
                    + info.val + ").");
        if (info.val < 0) // gesdd refuses a matrix holding NaN as its argument 4
            throw new LinalgError.Singular("linalg.svd: The algorithm failed to converge because the input matrix contained non-finite values.");
        return vectors ? new Svd(rowMajor(u, m, uCols), s, rowMajor(vt, vhRows, n)) : new Svd(null, s, null);
    }

    /** The packed factors (L below the diagonal, U on and above it, m x n row-major), the 1-based pivots and LAPACK's info. */
    record Lu(double[] lu, int[] pivots, int info) {}

    /**
     * getrf of the m x n matrix at {@code offset}, as PyTorch's linalg_lu_factor_ex calls it: the
     * system's LAPACK picks the pivots and sums as PyTorch's does. Without it, {@link #getf2}, the
     * unblocked algorithm (the same pivots; the sums of a blocked getrf may differ in the last bit).
     */
    static Lu getrf(double[] a, int offset, int m, int n) {
        int k = Math.min(m, n);
        double[] f = columnMajor(a, offset, m, n);
        int[] pivots = new int[k];
        if (k == 0) return new Lu(new double[m * n], pivots, 0);
        var lapack = NativeLapack.get();
        int info;
        if (lapack != null) {
            intW w = new intW(0);
            lapack.dgetrf(m, n, f, m, pivots, w);
            info = w.val;
        } else {
            info = getf2(f, m, n, pivots);
        }
        return new Lu(rowMajor(f, m, n), pivots, info);
    }

    /** LAPACK's dgetf2 on the column-major m x n f: partial pivoting (the first largest |entry|), the column scaled by the pivot's reciprocal. */
    private static int getf2(double[] f, int m, int n, int[] pivots) {
        int info = 0;
        for (int j = 0; j < Math.min(m, n); j++) {
            int p = j;
            for (int i = j + 1; i < m; i++) if (Math.abs(f[i + j * m]) > Math.abs(f[p + j * m])) p = i;
            pivots[j] = p + 1;
            if (f[p + j * m] != 0) {
                if (p != j)
                    for (int c = 0; c < n; c++) {
                        double t = f[j + c * m];
                        f[j + c * m] = f[p + c * m];
                        f[p + c * m] = t;
                    }
                double reciprocal = 1 / f[j + j * m];
                for (int i = j + 1; i < m; i++) f[i + j * m] *= reciprocal;
            } else if (info == 0) {
                info = j + 1;
            }
            for (int c = j + 1; c < n; c++)
                for (int i = j + 1; i < m; i++) f[i + c * m] -= f[i + j * m] * f[j + c * m];
        }
        return info;
    }

    /** Q (m x qCols, null when not asked) and R (rRows x n, upper triangular), row-major. */
    record Qr(double[] q, double[] r) {}

    /**
     * geqrf of the m x n matrix, then orgqr of its reflectors into Q's qCols columns (0: no Q);
     * R is the first rRows rows of geqrf's upper triangle, as PyTorch's linalg_qr copies them.
     */
    static Qr qr(double[] a, int offset, int m, int n, int qCols, int rRows, boolean single) {
        int k = Math.min(m, n);
        double[] f = columnMajor(a, offset, m, n), tau = new double[k], q = null;
        if (m > 0 && n > 0) {
            var lapack = binding("torch.linalg.qr");
            intW info = new intW(0);
            if (single) {
                float[] fs = toFloat(f), ts = new float[k], query = new float[1];
                lapack.sgeqrf(m, n, fs, m, ts, query, -1, info);
                int lwork = Math.max(1, (int) query[0]);
                lapack.sgeqrf(m, n, fs, m, ts, new float[lwork], lwork, info);
                f = toDouble(fs);
                tau = toDouble(ts);
            } else {
                double[] query = new double[1];
                lapack.dgeqrf(m, n, f, m, tau, query, -1, info);
                int lwork = Math.max(1, (int) query[0]);
                lapack.dgeqrf(m, n, f, m, tau, new double[lwork], lwork, info);
            }
            if (qCols > 0) q = orgqr(lapack, f, m, n, qCols, tau, single);
        } else if (qCols > 0) { // no reflectors: Q is the identity's first columns
            q = new double[m * qCols];
            for (int i = 0; i < Math.min(m, qCols); i++) q[i * m + i] = 1;
        }
        double[] r = new double[rRows * n];
        for (int i = 0; i < rRows; i++) for (int j = i; j < n; j++) r[i * n + j] = f[i + j * m];
        return new Qr(q == null ? null : rowMajor(q, m, qCols), r);
    }

    /** orgqr: the m x qCols matrix whose first min(m, n) columns hold geqrf's reflectors (column-major f, m x n). */
    private static double[] orgqr(dev.ludovic.netlib.lapack.LAPACK lapack, double[] f, int m, int n, int qCols, double[] tau, boolean single) {
        int k = tau.length;
        double[] q = new double[m * qCols];
        System.arraycopy(f, 0, q, 0, m * Math.min(n, qCols));
        intW info = new intW(0);
        if (single) {
            float[] qs = toFloat(q), ts = toFloat(tau), query = new float[1];
            lapack.sorgqr(m, qCols, k, qs, m, ts, query, -1, info);
            int lwork = Math.max(1, (int) query[0]);
            lapack.sorgqr(m, qCols, k, qs, m, ts, new float[lwork], lwork, info);
            return toDouble(qs);
        }
        double[] query = new double[1];
        lapack.dorgqr(m, qCols, k, q, m, tau, query, -1, info);
        int lwork = Math.max(1, (int) query[0]);
        lapack.dorgqr(m, qCols, k, q, m, tau, new double[lwork], lwork, info);
        return q;
    }

    /**
     * The least-squares solution (n x nrhs, row-major), the effective rank (-1: gels computes
     * none), the singular values (gelsd and gelss; null otherwise) and the squares of the
     * residual rows LAPACK leaves below the solution summed per column (m &gt; n, not gelsy; null
     * otherwise).
     */
    record Lstsq(double[] x, int rank, double[] s, double[] residuals) {}

    /** gelsy, gelsd, gelss or gels of the m x n matrix at {@code aOffset} and the m x nrhs right-hand sides at {@code bOffset}, rcond as PyTorch passes it. */
    static Lstsq lstsq(String driver, double[] a, int aOffset, double[] b, int bOffset, int m, int n, int nrhs, double rcond, boolean single) {
        int ldb = Math.max(1, Math.max(m, n)), k = Math.min(m, n);
        boolean values = driver.equals("gelsd") || driver.equals("gelss");
        double[] x = new double[n * nrhs], s = values ? new double[k] : null;
        if (m == 0 || n == 0 || nrhs == 0) return new Lstsq(x, driver.equals("gels") ? -1 : 0, s, null);
        var lapack = binding("torch.linalg.lstsq");
        double[] fa = columnMajor(a, aOffset, m, n), fb = new double[ldb * nrhs];
        for (int i = 0; i < m; i++) for (int j = 0; j < nrhs; j++) fb[i + j * ldb] = b[bOffset + i * nrhs + j];
        intW rank = new intW(driver.equals("gels") ? -1 : 0), info = new intW(0);
        if (single && driver.equals("gelsy")) {
            float[] sa = toFloat(fa), sb = toFloat(fb), query = new float[1];
            int[] jpvt = new int[n];
            lapack.sgelsy(m, n, nrhs, sa, m, sb, ldb, jpvt, (float) rcond, rank, query, -1, info);
            int lwork = Math.max(1, (int) query[0]);
            lapack.sgelsy(m, n, nrhs, sa, m, sb, ldb, jpvt, (float) rcond, rank, new float[lwork], lwork, info);
            fb = toDouble(sb);
        } else { // the other drivers in double precision (float32 reaches them only from needle's tensors)
            double[] query = new double[1];
            switch (driver) {
                case "gelsy" -> {
                    int[] jpvt = new int[n];
                    lapack.dgelsy(m, n, nrhs, fa, m, fb, ldb, jpvt, rcond, rank, query, -1, info);
                    int lwork = Math.max(1, (int) query[0]);
                    lapack.dgelsy(m, n, nrhs, fa, m, fb, ldb, jpvt, rcond, rank, new double[lwork], lwork, info);
                }
                case "gelsd" -> {
                    int[] iquery = new int[1];
                    lapack.dgelsd(m, n, nrhs, fa, m, fb, ldb, s, rcond, rank, query, -1, iquery, info);
                    int lwork = Math.max(1, (int) query[0]);
                    lapack.dgelsd(m, n, nrhs, fa, m, fb, ldb, s, rcond, rank, new double[lwork], lwork, new int[Math.max(1, iquery[0])], info);
                }
                case "gelss" -> {
                    lapack.dgelss(m, n, nrhs, fa, m, fb, ldb, s, rcond, rank, query, -1, info);
                    int lwork = Math.max(1, (int) query[0]);
                    lapack.dgelss(m, n, nrhs, fa, m, fb, ldb, s, rcond, rank, new double[lwork], lwork, info);
                }
                default -> {
                    lapack.dgels("N", m, n, nrhs, fa, m, fb, ldb, query, -1, info);
                    int lwork = Math.max(1, (int) query[0]);
                    lapack.dgels("N", m, n, nrhs, fa, m, fb, ldb, new double[lwork], lwork, info);
                    if (info.val > 0)
                        throw new LinalgError.Singular("torch.linalg.lstsq: The least squares solution could not be computed because the input matrix does not have full rank (error code: "
                                + info.val + ").");
                }
            }
        }
        for (int i = 0; i < n; i++) for (int j = 0; j < nrhs; j++) x[i * nrhs + j] = fb[i + j * ldb];
        double[] residuals = null;
        if (m > n && !driver.equals("gelsy")) {
            residuals = new double[nrhs];
            for (int j = 0; j < nrhs; j++) for (int i = n; i < m; i++) residuals[j] += fb[i + j * ldb] * fb[i + j * ldb];
        }
        return new Lstsq(x, rank.val, s, residuals);
    }

    private static double[] columnMajor(double[] a, int offset, int m, int n) {
        double[] f = new double[Math.max(1, m * n)];
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) f[i + j * m] = a[offset + i * n + j];
        return f;
    }

    /** The rows x cols matrix held column-major with leading dimension rows. */
    private static double[] rowMajor(double[] f, int rows, int cols) {
        double[] r = new double[rows * cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) r[i * cols + j] = f[i + j * rows];
        return r;
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
        return f;
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = f[i];
        return d;
    }
}
