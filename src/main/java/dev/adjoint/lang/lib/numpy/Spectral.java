package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.lang.lib.numpy.Decompositions.Matrix;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * np.linalg's eigen and singular value decompositions of one real matrix: svd, eigh, eigvalsh,
 * eig and eigvals, by the LAPACK routines NumPy calls (dgesdd, dsyevd, dgeev: {@link Lapack}),
 * so the signs and order of the vectors are NumPy's. float32 is computed in float64 and cast
 * back, as NumPy does. A general matrix with complex eigenvalues is refused: adjoint's numpy has
 * no complex dtype.
 */
final class Spectral {
    private Spectral() {}

    static void add(PyModule m) {
        m.add(Builtin.of("svd", Spectral::svd));
        m.add(Builtin.of("eigh", a -> eigh(a, true)));
        m.add(Builtin.of("eigvalsh", a -> eigh(a, false)));
        m.add(Builtin.of("eig", a -> eig(a, true)));
        m.add(Builtin.of("eigvals", a -> eig(a, false)));
    }

    /** np.linalg.svd(a, full_matrices=True, compute_uv=True, hermitian=False): (U, S, Vh), or S alone. */
    private static Object svd(Args a) {
        a.expect(1, 4, "full_matrices", "compute_uv", "hermitian");
        boolean full = a.bool(1, "full_matrices", true), uv = a.bool(2, "compute_uv", true);
        if (a.bool(3, "hermitian", false)) return hermitianSvd(a, uv);
        NpArray x = ArrayFunctions.self(a);
        Matrix m = Matrix.computedInFloat64(x, "svd");
        NpType t = Matrix.resultType(x);
        if (!uv) return Decompositions.array(Decompositions.singularValues(m), t, m.k());
        Lapack.Svd r = Lapack.gesdd(m, full ? 'A' : 'S', "svd");
        return Values.tuple(Decompositions.array(r.u(), t, m.rows(), r.uCols()), Decompositions.array(r.s(), t, m.k()),
                Decompositions.array(r.vh(), t, r.vhRows(), m.cols()));
    }

    /**
     * svd(a, hermitian=True) as NumPy makes it from eigh: the eigenvalues' magnitudes, largest
     * first (ties in their first order reversed, as NumPy's argsort()[::-1] of a short line), U the
     * eigenvectors in that order and Vh their transpose times each eigenvalue's sign (0 for 0).
     */
    private static Object hermitianSvd(Args a, boolean uv) {
        NpArray x = ArrayFunctions.self(a);
        Matrix m = Matrix.computedInFloat64(x, "svd").square();
        NpType t = Matrix.resultType(x);
        int n = m.rows();
        Lapack.SymmetricEigen e = symmetric(m, "L", uv, "svd");
        double[] magnitude = Arrays.stream(e.w()).map(Math::abs).toArray();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = n - 1 - i; // a stable descending order: ascending of the reversed indices, reversed
        Arrays.sort(order, Comparator.comparing((Integer i) -> magnitude[i], Double::compare).reversed());
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = magnitude[order[i]];
        if (!uv) return Decompositions.array(s, t, n);
        double[] u = new double[n * n], vh = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                u[i * n + j] = e.v()[i * n + order[j]];
                vh[j * n + i] = u[i * n + j] * sign(e.w()[order[j]]);
            }
        return Values.tuple(Decompositions.array(u, t, n, n), Decompositions.array(s, t, n), Decompositions.array(vh, t, n, n));
    }

    /** np.sign: -1, 0 (also for -0.0) or 1; NaN stays. */
    private static double sign(double v) {
        return v > 0 ? 1 : v < 0 ? -1 : v == 0 ? 0 : v;
    }

    /** np.linalg.eigh(a, UPLO='L'): (w, v), eigenvalues ascending and eigenvectors in v's columns; eigvalsh: w alone. */
    private static Object eigh(Args a, boolean vectors) {
        String function = vectors ? "eigh" : "eigvalsh";
        a.expect(1, 2, "UPLO");
        Object uplo = Values.plain(a.option(1, "UPLO", "L"));
        if (!(uplo instanceof String u)) throw PyError.attribute("'" + Values.typeName(uplo) + "' object has no attribute 'upper'");
        String triangle = u.toUpperCase(Locale.ROOT);
        if (!triangle.equals("L") && !triangle.equals("U")) throw PyError.value("UPLO argument must be 'L' or 'U'");
        NpArray x = ArrayFunctions.self(a);
        Matrix m = Matrix.computedInFloat64(x, function).square();
        NpType t = Matrix.resultType(x);
        Lapack.SymmetricEigen e = symmetric(m, triangle, vectors, function);
        NpArray w = Decompositions.array(e.w(), t, m.rows());
        return vectors ? Values.tuple(w, Decompositions.array(e.v(), t, m.rows(), m.rows())) : w;
    }

    /** LAPACK's dsyevd; without it, the eigenvalues alone by commons-math (their last digits may differ). */
    private static Lapack.SymmetricEigen symmetric(Matrix m, String triangle, boolean vectors, String function) {
        if (vectors || Lapack.available()) return Lapack.syevd(m, triangle, vectors, function);
        return new Lapack.SymmetricEigen(Decompositions.symmetricEigenvalues(m, triangle), null);
    }

    /** np.linalg.eig(a): (w, v) with real eigenvalues in LAPACK's order and the unit eigenvectors in v's columns; eigvals: w alone. */
    private static Object eig(Args a, boolean vectors) {
        String function = vectors ? "eig" : "eigvals";
        a.expect(1, 1);
        NpArray x = ArrayFunctions.self(a);
        Matrix m = Matrix.computedInFloat64(x, function).square();
        NpType t = Matrix.resultType(x);
        for (int i = 0; i < m.v().length; i++)
            if (!Double.isFinite(m.v()[i])) throw new PyError(Linalg.LINALG_ERROR, "Array must not contain infs or NaNs");
        Lapack.GeneralEigen e = Lapack.geev(m, vectors, function);
        for (double im : e.imaginary())
            if (im != 0)
                throw new PyError("NotImplementedError", "this matrix has complex eigenvalues, which NumPy gives as complex128 arrays; adjoint's numpy "
                        + "has no complex dtype, so np.linalg." + function + " gives real eigenvalues only");
        NpArray w = Decompositions.array(e.real(), t, m.rows());
        return vectors ? Values.tuple(w, Decompositions.array(e.v(), t, m.rows(), m.rows())) : w;
    }
}
