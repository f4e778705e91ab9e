package dev.adjoint.lang.lib.numpy;

import java.util.Arrays;

/**
 * A QR factorization as LAPACK's dgeqr2 (Householder reflectors) and dorg2r (Q from them), on
 * columns: np.linalg.qr's, and nn.init.orthogonal_'s.
 */
public final class HouseholderQr {
    private final double[][] cols;
    private final double[] tau;
    private final int m, n;

    /** Factors the m-row matrix whose columns are {@code cols} (column-major, as LAPACK works; overwritten). */
    public HouseholderQr(double[][] cols, int m) {
        this.cols = cols;
        this.m = m;
        this.n = cols.length;
        int k = Math.min(m, n);
        tau = new double[k];
        for (int i = 0; i < k; i++) {
            tau[i] = reflector(cols[i], i);
            double keep = cols[i][i];
            cols[i][i] = 1;
            for (int j = i + 1; j < n; j++) reflect(cols[i], tau[i], cols[j], i);
            cols[i][i] = keep;
        }
    }

    /** R's entry (i, j), i &lt;= j. */
    public double r(int i, int j) {
        return cols[j][i];
    }

    /** Q's first qc columns (qc at most m), each an array of m: dorg2r, the columns past min(m, n) starting as the identity's. */
    public double[][] q(int qc) {
        int k = tau.length;
        double[][] q = new double[qc][m];
        for (int j = 0; j < Math.min(qc, n); j++) q[j] = Arrays.copyOf(cols[j], m);
        for (int j = k; j < qc; j++) q[j][j] = 1;
        for (int i = k - 1; i >= 0; i--) {
            if (i < qc - 1) {
                q[i][i] = 1;
                for (int j = i + 1; j < qc; j++) reflect(q[i], tau[i], q[j], i);
            }
            for (int l = i + 1; l < m; l++) q[i][l] *= -tau[i];
            q[i][i] = 1 - tau[i];
            for (int l = 0; l < i; l++) q[i][l] = 0;
        }
        return q;
    }

    /**
     * LAPACK's dlarfg on column c from row i: the reflector H = I - tau v v^T with H c[i:] =
     * (beta, 0, ...), beta = -sign(alpha) * norm; c[i] becomes beta and c[i+1:] v's tail.
     */
    private static double reflector(double[] c, int i) {
        int m = c.length;
        double alpha = c[i], xnorm = norm(c, i + 1, m);
        if (xnorm == 0) return 0;
        double beta = -Math.copySign(lapy2(alpha, xnorm), alpha);
        double tau = (beta - alpha) / beta, scale = 1 / (alpha - beta);
        for (int l = i + 1; l < m; l++) c[l] *= scale;
        c[i] = beta;
        return tau;
    }

    /** dlarf from the left on one column: c[i:] -= tau * (v . c[i:]) v. */
    private static void reflect(double[] v, double tau, double[] c, int i) {
        if (tau == 0) return;
        double w = 0;
        for (int l = i; l < v.length; l++) w += v[l] * c[l];
        for (int l = i; l < v.length; l++) c[l] -= tau * w * v[l];
    }

    /** sqrt(x^2 + y^2) without overflow, as LAPACK's dlapy2. */
    private static double lapy2(double x, double y) {
        double w = Math.max(Math.abs(x), Math.abs(y)), z = Math.min(Math.abs(x), Math.abs(y));
        return z == 0 || w > Double.MAX_VALUE ? w : w * Math.sqrt(1 + (z / w) * (z / w));
    }

    /**
     * The 2-norm of c[from:to], its squares summed with compensation (OpenBLAS sums them in
     * extended precision); scaled by the largest only where squares would overflow or underflow.
     */
    private static double norm(double[] c, int from, int to) {
        double scale = 0;
        for (int l = from; l < to; l++) scale = Math.max(scale, Math.abs(c[l]));
        if (scale == 0 || !Double.isFinite(scale)) return scale;
        double unit = scale > 1e150 || scale < 1e-150 ? scale : 1;
        double sum = 0, err = 0;
        for (int l = from; l < to; l++) {
            double e = c[l] / unit, sq = e * e, lo = Math.fma(e, e, -sq), t = sum + sq, part = t - sum;
            err += (sum - (t - part)) + (sq - part) + lo; // TwoSum's and the product's rounding errors
            sum = t;
        }
        return unit * Math.sqrt(sum + err);
    }
}
