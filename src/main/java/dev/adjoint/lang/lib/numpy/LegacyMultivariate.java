package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.lang.lib.numpy.Decompositions.Matrix;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.random.NumpyRandom;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The draws of vectors of both of NumPy's generators (numpy/random/mtrand.pyx, _generator.pyx):
 * dirichlet (a gamma per category, each row scaled by the reciprocal of its sum) and
 * multivariate_normal (standard normals times a factor of the covariance from the system's
 * LAPACK, as NumPy's, plus the mean; a warning, or with check_valid='raise' an error, when the
 * covariance is not positive-semidefinite).
 */
final class LegacyMultivariate {
    private LegacyMultivariate() {}

    static void add(PyModule m, Function<Args, NumpyRandom> source) {
        m.add(Builtin.of("dirichlet", a -> dirichlet(a.expect(1, 2, "alpha", "size"), args -> BaseDraws.legacy(source.apply(args)), false)));
        m.add(Builtin.of("multivariate_normal", a -> multivariateNormal(a.expect(2, 5, "mean", "cov", "size", "check_valid", "tol"),
                shape -> source.apply(a).randn(shape), null)));
    }

    /**
     * dirichlet(alpha, size=None): a gamma per category, each row scaled by the reciprocal of its
     * sum; the Generator's ({@code stickBreaking}) with every alpha below 0.1 breaks a stick with
     * beta draws instead, as NumPy 1.24's does.
     */
    static Object dirichlet(Args a, Function<Args, BaseDraws> source, boolean stickBreaking) {
        Object given = a.option(0, "alpha", null);
        NpArray alpha = LegacyParameters.parameter(given);
        if (alpha.ndim() == 0) throw PyError.type("object of type '" + Values.typeName(Values.plain(given)) + "' has no len()");
        if (alpha.ndim() > 1) throw PyError.value("object too deep for desired array");
        double[] al = alpha.values().toArray();
        for (double v : al) if (v <= 0) throw PyError.value("alpha <= 0");
        int k = al.length;
        int[] outer = outerShape(a, a.option(1, "size", null));
        int[] shape = Arrays.copyOf(outer, outer.length + 1);
        shape[outer.length] = k;
        BaseDraws r = source.apply(a);
        double[] out = new double[Shapes.size(shape)];
        if (stickBreaking && k > 0 && Arrays.stream(al).max().getAsDouble() < 0.1) {
            double[] tail = new double[k]; // alpha[j:].sum(), summed from the end
            double csum = 0.0;
            for (int j = k - 1; j >= 0; j--) tail[j] = csum += al[j];
            for (int i = 0; i < out.length; i += k) {
                double acc = 1.;
                for (int j = 0; j < k - 1; j++) {
                    double v = GeneratorDistributions.beta(r, al[j], tail[j + 1]);
                    out[i + j] = acc * v;
                    acc *= (1. - v);
                }
                out[i + k - 1] = acc;
            }
            return NpArray.of(NDArray.of(out, shape), NpType.FLOAT64);
        }
        for (int i = 0; i < out.length; i += k) {
            double acc = 0.0;
            for (int j = 0; j < k; j++) {
                out[i + j] = r.standardGamma(al[j]);
                acc = acc + out[i + j];
            }
            double invacc = 1 / acc;
            for (int j = 0; j < k; j++) out[i + j] = out[i + j] * invacc;
        }
        return NpArray.of(NDArray.of(out, shape), NpType.FLOAT64);
    }

    /**
     * multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8): standard normals
     * (of {@code normals}, for a shape) times a factor of the covariance, plus the mean. The legacy
     * generator's factor is sqrt(s)[:, None] * vh of the covariance's SVD ({@code method} null);
     * the Generator's (its method=) u * sqrt(s) ('svd'), u * sqrt(|w|) of eigh ('eigh') or the
     * Cholesky factor ('cholesky'), applied as x @ factor.T.
     */
    static Object multivariateNormal(Args a, Function<int[], NDArray> normals, String method) {
        NpArray mean = LegacyParameters.parameter(a.option(0, "mean", null)), cov = LegacyParameters.parameter(a.option(1, "cov", null));
        int[] outer = outerShape(a, a.option(2, "size", null));
        if (mean.ndim() != 1) throw PyError.value("mean must be 1 dimensional");
        if (cov.ndim() != 2 || cov.shape()[0] != cov.shape()[1]) throw PyError.value("cov must be 2 dimensional and square");
        int n = mean.shape()[0];
        if (n != cov.shape()[0]) throw PyError.value("mean and cov must have same length");
        int[] shape = Arrays.copyOf(outer, outer.length + 1);
        shape[outer.length] = n;
        NpArray x = NpArray.of(normals.apply(shape).reshape(Shapes.size(outer), n), NpType.FLOAT64);
        NpArray c = NpArray.of(cov.values().compact(), NpType.FLOAT64);
        Matrix matrix = Matrix.computedInFloat64(c, method == null || method.equals("svd") ? "svd" : method);
        double[] s, u = null, vh = null, factor = new double[n * n];
        if (method == null || method.equals("svd")) {
            Lapack.Svd svd = Lapack.gesdd(matrix, 'A', "svd");
            s = svd.s();
            u = svd.u();
            vh = svd.vh();
        } else if (method.equals("eigh")) {
            Lapack.SymmetricEigen eigen = Lapack.syevd(matrix, "L", true, "eigh");
            s = eigen.w();
            u = eigen.v();
        } else {
            s = null;
            factor = Lapack.potrf(matrix, "cholesky");
        }
        String checkValid = String.valueOf(Values.plain(a.option(3, "check_valid", "warn")));
        if (!checkValid.equals("ignore") && !"cholesky".equals(method)) {
            if (!checkValid.equals("warn") && !checkValid.equals("raise")) throw PyError.value("check_valid must equal 'warn', 'raise', or 'ignore'");
            double tol = Values.toDouble(Values.plain(a.option(4, "tol", 1e-8)));
            if (!(vh != null ? reconstructs(vh, s, c, n, tol) : Arrays.stream(s).noneMatch(w -> w < -tol))) {
                String message = "covariance is not symmetric positive-semidefinite.";
                if (checkValid.equals("raise")) throw PyError.value(message);
                a.interpreter().warnAtCall("RuntimeWarning", message, a.span());
            }
        }
        NpArray product;
        if (method == null) {
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) factor[i * n + j] = Math.sqrt(s[i]) * vh[i * n + j]; // np.sqrt(s)[:, None] * v
            product = (NpArray) ArrayFunctions.dot(x, matrix(factor, n));
        } else {
            if (s != null) for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) factor[i * n + j] = u[i * n + j] * Math.sqrt(Math.abs(s[j])); // u * sqrt(s)
            product = (NpArray) ArrayFunctions.dot(x, ArrayFunctions.transpose(matrix(factor, n), null));
        }
        double[] out = product.values().compact().toArray(), mu = mean.values().toArray();
        for (int i = 0; i < out.length; i++) out[i] = mu[i % n] + out[i];
        return NpArray.of(NDArray.of(out, shape), NpType.FLOAT64);
    }

    /** np.allclose(np.dot(vh.T * s, vh), cov, rtol=tol, atol=tol): the SVD gives the covariance back (it is positive-semidefinite). */
    private static boolean reconstructs(double[] vh, double[] s, NpArray c, int n, double tol) {
        double[] vts = new double[n * n]; // v.T * s
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) vts[i * n + j] = vh[j * n + i] * s[j];
        NpArray back = (NpArray) ArrayFunctions.dot(matrix(vts, n), matrix(vh, n));
        return close(back.values().toArray(), c.values().toArray(), tol);
    }

    private static NpArray matrix(double[] v, int n) {
        return NpArray.of(NDArray.of(v, n, n), NpType.FLOAT64);
    }

    /** np.allclose(x, y, rtol=tol, atol=tol). */
    private static boolean close(double[] x, double[] y, double tol) {
        for (int i = 0; i < x.length; i++) if (!(Math.abs(x[i] - y[i]) <= tol + tol * Math.abs(y[i]))) return false;
        return true;
    }

    /** size=None: no outer axes; an int: one; else the tuple's. */
    private static int[] outerShape(Args a, Object size) {
        return size == null ? new int[0] : Numpy.shape(a, size);
    }
}
