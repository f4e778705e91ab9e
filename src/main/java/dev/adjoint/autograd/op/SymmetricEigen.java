package dev.adjoint.autograd.op;

/**
 * The eigenvalues (ascending) and eigenvectors (columns of v, row-major) of one real symmetric
 * n x n matrix, by cyclic Jacobi rotations; and the singular values (descending) with their
 * vectors of an m x n matrix, by one-sided (Hestenes) Jacobi. Used where only what does not
 * depend on the vectors' signs reaches the user (eigvalsh, svdvals and the gradients
 * V diag(g) Vᵀ and U diag(g) Vᵀ): LAPACK's signs come out of its own iterations.
 */
final class SymmetricEigen {
    final double[] values, vectors;

    private SymmetricEigen(double[] values, double[] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /** The matrix at {@code offset} of {@code a}, read from its lower triangle (PyTorch's UPLO='L'). */
    static SymmetricEigen ofLower(double[] a, int offset, int n) {
        double[] m = new double[n * n], v = new double[n * n];
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
            for (int j = 0; j <= i; j++) m[i * n + j] = m[j * n + i] = a[offset + i * n + j];
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0, total = 0;
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
                double x = m[i * n + j] * m[i * n + j];
                total += x;
                if (i != j) off += x;
            }
            if (off <= 1e-32 * total || off == 0) break;
            for (int p = 0; p < n - 1; p++)
                for (int q = p + 1; q < n; q++) {
                    double apq = m[p * n + q];
                    if (apq == 0) continue;
                    double theta = (m[q * n + q] - m[p * n + p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    rotate(m, n, n, 1, p, q, c, s); // columns p and q
                    rotate(m, n, 1, n, p, q, c, s); // rows p and q
                    rotate(v, n, n, 1, p, q, c, s);
                }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) diag[i] = m[i * n + i];
        java.util.Arrays.sort(order, (x, y) -> Double.compare(diag[x], diag[y]));
        double[] w = new double[n], vs = new double[n * n];
        for (int c = 0; c < n; c++) {
            w[c] = diag[order[c]];
            for (int r = 0; r < n; r++) vs[r * n + c] = v[r * n + order[c]];
        }
        return new SymmetricEigen(w, vs);
    }

    /**
     * A Givens rotation (c, s) of lines p and q of the row-major matrix x: its columns when
     * {@code along} is 1 and {@code across} the row length, its rows when along is the row length
     * and across 1; {@code count} entries each.
     */
    private static void rotate(double[] x, int count, int across, int along, int p, int q, double c, double s) {
        for (int k = 0; k < count; k++) {
            int ip = k * across + p * along, iq = k * across + q * along;
            double xp = x[ip], xq = x[iq];
            x[ip] = c * xp - s * xq;
            x[iq] = s * xp + c * xq;
        }
    }

    /** Singular values (descending, k = min(m, n) of them) with U (m x k) and V (n x k), row-major: the matrix at {@code offset}. */
    static double[][] svd(double[] a, int offset, int m, int n) {
        boolean wide = n > m; // work on the tall one: Aᵀ's columns
        int rows = wide ? n : m, cols = wide ? m : n;
        double[] u = new double[rows * cols], v = new double[cols * cols];
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) {
            if (wide) u[j * cols + i] = a[offset + i * n + j];
            else u[i * cols + j] = a[offset + i * n + j];
        }
        for (int i = 0; i < cols; i++) v[i * cols + i] = 1;
        for (int sweep = 0; sweep < 100; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < cols - 1; p++)
                for (int q = p + 1; q < cols; q++) {
                    double alpha = 0, beta = 0, gamma = 0;
                    for (int k = 0; k < rows; k++) {
                        double up = u[k * cols + p], uq = u[k * cols + q];
                        alpha += up * up;
                        beta += uq * uq;
                        gamma += up * uq;
                    }
                    if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta) || gamma == 0) continue;
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    if (zeta == 0) t = 1;
                    double c = 1 / Math.sqrt(1 + t * t), s = c * t;
                    rotate(u, rows, cols, 1, p, q, c, s);
                    rotate(v, cols, cols, 1, p, q, c, s);
                }
            if (!rotated) break;
        }
        double[] sigma = new double[cols];
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (int k = 0; k < rows; k++) s += u[k * cols + j] * u[k * cols + j];
            sigma[j] = Math.sqrt(s);
            for (int k = 0; k < rows; k++) u[k * cols + j] = sigma[j] == 0 ? 0 : u[k * cols + j] / sigma[j];
        }
        Integer[] order = new Integer[cols];
        for (int i = 0; i < cols; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(sigma[y], sigma[x]));
        double[] s = new double[cols], left = new double[rows * cols], right = new double[cols * cols];
        for (int c = 0; c < cols; c++) {
            s[c] = sigma[order[c]];
            for (int r = 0; r < rows; r++) left[r * cols + c] = u[r * cols + order[c]];
            for (int r = 0; r < cols; r++) right[r * cols + c] = v[r * cols + order[c]];
        }
        // for a wide A, Aᵀ = left diag(s) rightᵀ, so A = right diag(s) leftᵀ
        return wide ? new double[][] {s, right, left} : new double[][] {s, left, right};
    }
}
