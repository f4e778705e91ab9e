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
 * The legacy generator's draws of vectors (numpy/random/mtrand.pyx): dirichlet (a gamma per
 * category, each row scaled by the reciprocal of its sum) and multivariate_normal (standard
 * normals times sqrt(s)·Vh of the covariance's SVD, from the system's LAPACK as NumPy's, plus the
 * mean; a warning, or with check_valid='raise' an error, when that SVD does not give back the
 * covariance, which is then not positive-semidefinite).
 */
final class LegacyMultivariate {
    private LegacyMultivariate() {}

    static void add(PyModule m, Function<Args, NumpyRandom> source) {
        m.add(Builtin.of("dirichlet", a -> dirichlet(a.expect(1, 2, "alpha", "size"), source)));
        m.add(Builtin.of("multivariate_normal", a -> multivariateNormal(a.expect(2, 5, "mean", "cov", "size", "check_valid", "tol"), source)));
    }

    private static Object dirichlet(Args a, Function<Args, NumpyRandom> source) {
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
        NumpyRandom r = source.apply(a);
        double[] out = new double[Shapes.size(shape)];
        for (int i = 0; i < out.length; i += k) {
            double acc = 0.0;
            for (int j = 0; j < k; j++) {
                out[i + j] = LegacyContinuous.standardGamma(r, al[j]);
                acc = acc + out[i + j];
            }
            double invacc = 1 / acc;
            for (int j = 0; j < k; j++) out[i + j] = out[i + j] * invacc;
        }
        return NpArray.of(NDArray.of(out, shape), NpType.FLOAT64);
    }

    private static Object multivariateNormal(Args a, Function<Args, NumpyRandom> source) {
        NpArray mean = LegacyParameters.parameter(a.option(0, "mean", null)), cov = LegacyParameters.parameter(a.option(1, "cov", null));
        int[] outer = outerShape(a, a.option(2, "size", null));
        if (mean.ndim() != 1) throw PyError.value("mean must be 1 dimensional");
        if (cov.ndim() != 2 || cov.shape()[0] != cov.shape()[1]) throw PyError.value("cov must be 2 dimensional and square");
        int n = mean.shape()[0];
        if (n != cov.shape()[0]) throw PyError.value("mean and cov must have same length");
        int[] shape = Arrays.copyOf(outer, outer.length + 1);
        shape[outer.length] = n;
        NpArray x = NpArray.of(source.apply(a).randn(shape).reshape(Shapes.size(outer), n), NpType.FLOAT64);
        NpArray c = NpArray.of(cov.values().compact(), NpType.FLOAT64);
        Lapack.Svd svd = Lapack.gesdd(Matrix.computedInFloat64(c, "svd"), 'A', "svd");
        double[] s = svd.s(), vh = svd.vh();
        String checkValid = String.valueOf(Values.plain(a.option(3, "check_valid", "warn")));
        if (!checkValid.equals("ignore")) {
            if (!checkValid.equals("warn") && !checkValid.equals("raise")) throw PyError.value("check_valid must equal 'warn', 'raise', or 'ignore'");
            double tol = Values.toDouble(Values.plain(a.option(4, "tol", 1e-8)));
            double[] vts = new double[n * n]; // v.T * s
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) vts[i * n + j] = vh[j * n + i] * s[j];
            NpArray back = (NpArray) ArrayFunctions.dot(matrix(vts, n), matrix(vh, n));
            if (!close(back.values().toArray(), c.values().toArray(), tol)) {
                String message = "covariance is not symmetric positive-semidefinite.";
                if (checkValid.equals("raise")) throw PyError.value(message);
                a.interpreter().warnAtCall("RuntimeWarning", message, a.span());
            }
        }
        double[] factor = new double[n * n]; // np.sqrt(s)[:, None] * v
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) factor[i * n + j] = Math.sqrt(s[i]) * vh[i * n + j];
        NpArray product = (NpArray) ArrayFunctions.dot(x, matrix(factor, n));
        double[] out = product.values().compact().toArray(), mu = mean.values().toArray();
        for (int i = 0; i < out.length; i++) out[i] += mu[i % n];
        return NpArray.of(NDArray.of(out, shape), NpType.FLOAT64);
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
