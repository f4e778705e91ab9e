package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * np.linalg's decompositions of one matrix: qr by Householder reflections as LAPACK's
 * dgeqr2/dorg2r make them (so Q's and R's signs are NumPy's), lstsq, pinv and matrix_rank by the
 * singular values, which (as the matrix norms 2, -2 and 'nuc' and svd's) come from LAPACK's
 * dgesdd as NumPy's do ({@link Lapack}; by commons-math, whose last digits may differ, where the
 * system has no LAPACK). svd, eigh and eig with their vectors are {@link Spectral}.
 */
final class Decompositions {
    private Decompositions() {}

    static void add(PyModule m) {
        m.add(Builtin.of("qr", Decompositions::qr));
        m.add(Builtin.of("cholesky", a -> { // float32 refused: NumPy calls spotrf for it
            Matrix x = Matrix.of(a.expect(1, 1), "cholesky").square();
            return array(Lapack.potrf(x, "cholesky"), NpType.FLOAT64, x.rows(), x.rows());
        }));
        m.add(Builtin.of("lstsq", Decompositions::lstsq));
        m.add(Builtin.of("matrix_rank", a -> {
            a.expect(1, 2, "tol", "hermitian");
            NpArray x = ArrayFunctions.self(a);
            if (x.ndim() < 2) return (long) (x.values().anyMatch(v -> v != 0) ? 1 : 0); // NumPy: int(not all(M == 0))
            double[] s = singularValues(Matrix.of(a, "matrix_rank"));
            Object tol = a.option(1, "tol", null);
            double cut = tol != null ? Values.toDouble(Values.plain(tol))
                    : (s.length == 0 ? 0 : s[0]) * Math.max(x.shape()[0], x.shape()[1]) * Math.ulp(1.0);
            return (long) Arrays.stream(s).filter(v -> v > cut).count();
        }));
        m.add(Builtin.of("pinv", a -> {
            a.expect(1, 2, "rcond", "hermitian");
            Matrix x = Matrix.of(a, "pinv");
            double rcond = a.number(1, "rcond", 1e-15);
            return NpArray.of(NDArray.of(pseudoInverse(x, rcond), x.cols, x.rows), NpType.FLOAT64);
        }));
    }

    /** A matrix argument in float64 (ints and bools converted, as NumPy's _commonType does); stacks are refused. */
    record Matrix(double[] v, int rows, int cols) {
        /** For functions whose float32 answer is not their float64 answer cast (NumPy goes on in float32 after LAPACK): float32 refused. */
        static Matrix of(Args a, String function) {
            NpArray x = ArrayFunctions.self(a);
            Matrix m = computedInFloat64(x, function);
            if (x.type == NpType.FLOAT32)
                throw PyError.type("adjoint's np.linalg." + function + " computes in float64 only (NumPy goes on in float32 after its float64 "
                        + "LAPACK call): convert first, e.g. a.astype(np.float64)");
            return m;
        }

        /** For functions NumPy computes in float64 and casts back to the {@link #resultType}. */
        static Matrix computedInFloat64(NpArray x, String function) {
            if (x.ndim() < 2)
                throw new PyError(Linalg.LINALG_ERROR, x.ndim() + "-dimensional array given. Array must be at least two-dimensional");
            if (x.ndim() > 2) throw PyError.value("adjoint's np.linalg." + function + " takes one matrix (2-d), not a stack of them");
            return new Matrix(x.values().compact().toArray(), x.shape()[0], x.shape()[1]);
        }

        /** float32 for a float32 argument, else float64 (NumPy's _commonType without complex types). */
        static NpType resultType(NpArray x) {
            return x.type == NpType.FLOAT32 ? NpType.FLOAT32 : NpType.FLOAT64;
        }

        double get(int i, int j) {
            return v[i * cols + j];
        }

        /** This matrix, if square; else NumPy's LinAlgError. */
        Matrix square() {
            if (rows != cols) throw new PyError(Linalg.LINALG_ERROR, "Last 2 dimensions of the array must be square");
            return this;
        }

        /** min(rows, cols): how many singular values. */
        int k() {
            return Math.min(rows, cols);
        }

        RealMatrix real() {
            double[][] r = new double[rows][];
            for (int i = 0; i < rows; i++) r[i] = Arrays.copyOfRange(v, i * cols, i * cols + cols);
            return new Array2DRowRealMatrix(r, false);
        }
    }

    private static NpArray vector(double[] v) {
        return NpArray.of(NDArray.of(v, v.length), NpType.FLOAT64);
    }

    /** An array of the given type and shape holding v (row-major). */
    static NpArray array(double[] v, NpType type, int... shape) {
        return NpArray.of(NDArray.of(v, shape), type);
    }

    /** The singular values, largest first (none for an empty matrix): LAPACK's dgesdd as NumPy's svd(compute_uv=False). */
    static double[] singularValues(Matrix x) {
        if (Lapack.available()) return Lapack.gesdd(x, 'N', "svd").s();
        if (x.rows == 0 || x.cols == 0) return new double[0];
        checkFinite(x, "SVD did not converge");
        return new SingularValueDecomposition(x.real()).getSingularValues();
    }

    /** A symmetric matrix's eigenvalues ascending, read from one triangle ("L" or "U"), by commons-math: where the system has no LAPACK. */
    static double[] symmetricEigenvalues(Matrix x, String triangle) {
        double[][] s = new double[x.rows][x.rows];
        for (int i = 0; i < x.rows; i++)
            for (int j = 0; j < x.rows; j++) s[i][j] = (triangle.equals("L") ? i >= j : i <= j) ? x.get(i, j) : x.get(j, i);
        checkFinite(new Matrix(Arrays.stream(s).flatMapToDouble(Arrays::stream).toArray(), x.rows, x.rows), "Eigenvalues did not converge");
        double[] w = x.rows == 0 ? new double[0] : new EigenDecomposition(new Array2DRowRealMatrix(s, false)).getRealEigenvalues();
        Arrays.sort(w);
        return w;
    }

    /** LAPACK's iterations fail on NaN and infinity; NumPy says so. */
    private static void checkFinite(Matrix x, String message) {
        for (double e : x.v) if (!Double.isFinite(e)) throw new PyError(Linalg.LINALG_ERROR, message);
    }

    /** A+ = V diag(1/s) U^T over the singular values above rcond times the largest, as np.linalg.pinv. */
    private static double[] pseudoInverse(Matrix x, double rcond) {
        double[] r = new double[x.cols * x.rows];
        if (x.rows == 0 || x.cols == 0) return r;
        checkFinite(x, "SVD did not converge");
        SingularValueDecomposition svd = new SingularValueDecomposition(x.real());
        double[] s = svd.getSingularValues();
        double[][] u = svd.getU().getData(), v = svd.getV().getData();
        double cut = rcond * s[0];
        for (int i = 0; i < x.cols; i++)
            for (int j = 0; j < x.rows; j++) {
                double sum = 0;
                for (int k = 0; k < s.length; k++) if (s[k] > cut) sum += v[i][k] / s[k] * u[j][k];
                r[i * x.rows + j] = sum;
            }
        return r;
    }

    /** The minimum-norm least-squares answer X of A X = B, the rank and singular values: what LAPACK's dgelsd gives lstsq. */
    record LeastSquares(double[] x, int columns, int rank, double[] s, double[] residuals) {}

    static LeastSquares leastSquares(Matrix a, double[] b, int columns, double rcond) {
        int m = a.rows, n = a.cols;
        double[] x = new double[n * columns];
        if (m == 0 || n == 0) return new LeastSquares(x, columns, 0, new double[0], new double[0]);
        checkFinite(a, "SVD did not converge in Linear Least Squares");
        SingularValueDecomposition svd = new SingularValueDecomposition(a.real());
        double[] s = svd.getSingularValues();
        double[][] u = svd.getU().getData(), v = svd.getV().getData();
        double cut = (rcond < 0 ? Math.ulp(1.0) : rcond) * s[0];
        int rank = 0;
        for (double e : s) if (e > cut) rank++;
        for (int c = 0; c < columns; c++)
            for (int k = 0; k < rank; k++) {
                double utb = 0;
                for (int i = 0; i < m; i++) utb += u[i][k] * b[i * columns + c];
                double w = utb / s[k];
                for (int i = 0; i < n; i++) x[i * columns + c] += v[i][k] * w;
            }
        double[] residuals = new double[0];
        if (rank == n && m > n) { // NumPy gives the squared residual norms only for a full-rank tall matrix
            residuals = new double[columns];
            for (int c = 0; c < columns; c++)
                for (int i = 0; i < m; i++) {
                    double r = b[i * columns + c];
                    for (int j = 0; j < n; j++) r -= a.get(i, j) * x[j * columns + c];
                    residuals[c] += r * r;
                }
        }
        return new LeastSquares(x, columns, rank, s, residuals);
    }

    /** np.linalg.lstsq(a, b, rcond="warn"): (x, residuals, rank, s). */
    private static Object lstsq(Args a) {
        a.expect(2, 3, "rcond");
        if (ArrayFunctions.self(a).ndim() != 2)
            throw new PyError(Linalg.LINALG_ERROR, ArrayFunctions.self(a).ndim() + "-dimensional array given. Array must be two-dimensional");
        Matrix m = Matrix.of(a, "lstsq");
        NpArray b = Operand.required(a.get(1), "lstsq");
        if (b.ndim() > 2) throw new PyError(Linalg.LINALG_ERROR, b.ndim() + "-dimensional array given. Array must be two-dimensional");
        if (b.ndim() < 1 || b.shape()[0] != m.rows)
            throw new PyError(Linalg.LINALG_ERROR, "Incompatible dimensions");
        Object rc = a.option(2, "rcond", "warn");
        double rcond = -1;
        if ("warn".equals(Values.plain(rc)))
            a.interpreter().warnAtCall("FutureWarning", "`rcond` parameter will change to the default of machine precision times ``max(M, N)`` where M and N "
                    + "are the input matrix dimensions.\nTo use the future default and silence this warning we advise to pass `rcond=None`, to keep "
                    + "using the old, explicitly pass `rcond=-1`.", a.span());
        else if (rc == null) rcond = Math.ulp(1.0) * Math.max(m.rows, m.cols);
        else rcond = Values.toDouble(Values.plain(rc));
        int columns = b.ndim() == 1 ? 1 : b.shape()[1];
        LeastSquares r = leastSquares(m, b.values().compact().toArray(), columns, rcond);
        NDArray x = b.ndim() == 1 ? NDArray.of(r.x, m.cols) : NDArray.of(r.x, m.cols, columns);
        return Values.tuple(NpArray.of(x, NpType.FLOAT64), vector(r.residuals), (long) r.rank, vector(r.s));
    }

    // ---- QR as LAPACK's dgeqr2 and dorg2r ----

    /** np.linalg.qr(a, mode='reduced'): (Q, R); 'complete' makes Q square, 'r' gives R alone. */
    private static Object qr(Args a) {
        a.expect(1, 2, "mode");
        String mode = String.valueOf(Values.plain(a.option(1, "mode", "reduced")));
        if (!Arrays.asList("reduced", "complete", "r", "raw").contains(mode))
            throw PyError.value("Unrecognized mode '" + mode + "'");
        if (mode.equals("raw")) throw PyError.value("adjoint's np.linalg.qr has the modes 'reduced', 'complete' and 'r' (not 'raw')");
        NpArray arg = ArrayFunctions.self(a);
        Matrix x = Matrix.computedInFloat64(arg, "qr");
        NpType t = Matrix.resultType(arg);
        int m = x.rows, n = x.cols, k = Math.min(m, n);
        double[][] cols = new double[n][m]; // column-major, as LAPACK works
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) cols[j][i] = x.get(i, j);
        int qc = mode.equals("complete") && m > n ? m : k;
        HouseholderQr f = new HouseholderQr(cols, m);
        double[] r = new double[qc * n];
        for (int i = 0; i < qc; i++) for (int j = i; j < n; j++) r[i * n + j] = f.r(i, j);
        NpArray rr = array(r, t, qc, n);
        if (mode.equals("r")) return rr;
        double[][] q = f.q(qc);
        double[] qv = new double[m * qc];
        for (int i = 0; i < m; i++) for (int j = 0; j < qc; j++) qv[i * qc + j] = q[j][i];
        return Values.tuple(array(qv, t, m, qc), rr);
    }
}
