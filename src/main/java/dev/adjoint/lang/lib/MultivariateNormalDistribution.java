package dev.adjoint.lang.lib;

import static dev.adjoint.lang.lib.TorchDistributions.DISTRIBUTION;
import static dev.adjoint.lang.lib.TorchDistributions.batchShape;
import static dev.adjoint.lang.lib.TorchDistributions.extendedShape;
import static dev.adjoint.lang.lib.TorchDistributions.init;
import static dev.adjoint.lang.lib.TorchDistributions.lazy;
import static dev.adjoint.lang.lib.TorchDistributions.property;
import static dev.adjoint.lang.lib.TorchDistributions.self;
import static dev.adjoint.lang.lib.TorchDistributions.t;
import static dev.adjoint.lang.lib.TorchDistributions.validating;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.LinalgError;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.TorchSize;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * {@code torch.distributions.MultivariateNormal(loc, covariance_matrix=, precision_matrix=,
 * scale_tril=)} as PyTorch 1.13 writes it: the lower Cholesky factor L of the covariance
 * (PyTorch's _unbroadcasted_scale_tril), draws loc + L·ε from PyTorch's normal stream,
 * log_prob through the Mahalanobis distance |L⁻¹(x − loc)|², entropy, and kl_divergence of two.
 * Gradients reach loc (a policy's mean, a decoder's output); the covariance is taken as a constant
 * (PPO's fixed action variance): one that requires grad is refused rather than given no gradient.
 */
final class MultivariateNormalDistribution {
    private MultivariateNormalDistribution() {}

    static final PyClass CLASS = PyClass.library("MultivariateNormal", "torch.distributions.multivariate_normal", DISTRIBUTION);

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    static void define() {
        CLASS.define("has_rsample", true);
        CLASS.method("__init__", a -> {
            PyInstance d = self(a.expect(1, 5, "loc", "covariance_matrix", "precision_matrix", "scale_tril", "validate_args"));
            Object locGiven = Values.plain(a.option(0, "loc", null));
            if (!(locGiven instanceof Tensor loc)) throw PyError.attribute("'" + Values.typeName(locGiven) + "' object has no attribute 'dim'");
            if (loc.ndim() < 1) throw PyError.value("loc must be at least one-dimensional.");
            String[] names = {"covariance_matrix", "precision_matrix", "scale_tril"};
            String name = null;
            int given = 0;
            for (int i = 0; i < 3; i++) if (a.option(i + 1, names[i], null) != null) {
                given++;
                name = names[i];
            }
            if (given != 1) throw PyError.value("Exactly one of covariance_matrix or precision_matrix or scale_tril may be specified.");
            int at = Arrays.asList(names).indexOf(name) + 1;
            Object matrixGiven = Values.plain(a.option(at, name, null));
            if (!(matrixGiven instanceof Tensor matrix)) throw PyError.attribute("'" + Values.typeName(matrixGiven) + "' object has no attribute 'dim'");
            if (matrix.ndim() < 2)
                throw PyError.value((name.equals("scale_tril") ? "scale_tril matrix" : name) + " must be at least two-dimensional, with optional leading batch dimensions");
            if (matrix.requiresGrad())
                throw new PyError("NotImplementedError", "adjoint's MultivariateNormal takes its " + name + " as a constant (gradients reach loc); this one requires grad");
            int[] ms = matrix.shape(), batch = Shapes.broadcast(Arrays.copyOf(ms, ms.length - 2), Arrays.copyOf(loc.shape(), loc.ndim() - 1));
            int n = ms[ms.length - 1];
            d.setOwn(name, Ops.expand(matrix, concat(batch, n, n)));
            d.setOwn("loc", Ops.expand(loc, concat(batch, loc.shape()[loc.ndim() - 1])));
            init(a, d, batch, 4);
            d.setOwn("_event_shape", TorchSize.of(new int[] {loc.shape()[loc.ndim() - 1]}));
            if (validating(d)) {
                TorchDistributions.check(d, "loc", Constraint.REAL.independent(), t(d, "loc"));
                boolean ok = name.equals("scale_tril") ? isLowerCholesky(matrix.value(), n) : isPositiveDefinite(matrix.value(), n);
                if (!ok) throw TorchDistributions.invalidParameter(d, name, name.equals("scale_tril") ? "LowerCholesky()" : "PositiveDefinite()", t(d, name));
            }
            NDArray l = switch (name) {
                case "scale_tril" -> matrix.value();
                case "covariance_matrix" -> cholesky(matrix.value(), n);
                default -> precisionToScaleTril(matrix.value(), n);
            };
            d.setOwn("_unbroadcasted_scale_tril", Tensor.constant(l));
            return null;
        });
        lazy(CLASS, "scale_tril", i -> Ops.expand(scaleTril(i), concat(batchShape(i), size(i), size(i))));
        lazy(CLASS, "covariance_matrix", i -> Ops.expand(Tensor.constant(times(scaleTril(i).value(), size(i), false)), concat(batchShape(i), size(i), size(i))));
        lazy(CLASS, "precision_matrix", i -> {
            NDArray inverse = lowerInverse(scaleTril(i).value(), size(i)); // (L Lᵀ)⁻¹ = L⁻ᵀ L⁻¹
            return Ops.expand(Tensor.constant(times(inverse, size(i), true)), concat(batchShape(i), size(i), size(i)));
        });
        property(CLASS, "mean", i -> t(i, "loc"));
        property(CLASS, "mode", i -> t(i, "loc"));
        property(CLASS, "event_shape", i -> i.own("_event_shape"));
        property(CLASS, "variance", i -> Ops.expand(Ops.sum(Ops.pow(scaleTril(i), 2), new int[] {-1}, false), concat(batchShape(i), size(i))));
        CLASS.method("rsample", a -> { // loc + L·ε, ε from PyTorch's normal_ stream over sample_shape + batch_shape + event_shape
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            int[] shape = concat(extendedShape(a, d), size(d));
            Tensor eps = Tensor.constant(TorchGenerator.of(a).normal(shape, 0, 1, Torch.drawsDoubles(a)));
            return Ops.add(t(d, "loc"), batchMv(scaleTril(d), eps));
        });
        CLASS.method("log_prob", a -> {
            PyInstance d = self(a);
            Tensor value = TorchDistributions.value(a, d, Constraint.REAL.independent());
            Tensor m = mahalanobis(scaleTril(d), Ops.sub(value, t(d, "loc")));
            return Ops.sub(Ops.mul(Ops.scalar(-0.5), Ops.add(Ops.scalar(size(d) * LOG_2PI), m)), halfLogDet(scaleTril(d)));
        });
        CLASS.method("entropy", a -> {
            PyInstance d = self(a.expect(0, 0));
            Tensor h = Ops.add(Ops.scalar(0.5 * size(d) * (1.0 + LOG_2PI)), halfLogDet(scaleTril(d)));
            int[] batch = batchShape(d);
            return batch.length == 0 ? h : Ops.expand(h, batch);
        });
    }

    /** KL(p ‖ q) of two: log-determinant ratio, trace of (L_q⁻¹ L_p)(L_q⁻¹ L_p)ᵀ and the Mahalanobis distance between the means. */
    static Tensor kl(PyInstance p, PyInstance q) {
        if (size(p) != size(q)) throw PyError.value("KL-divergence between two Multivariate Normals with                          different event shapes cannot be computed"); // sic: PyTorch's line continuation
        Tensor lp = scaleTril(p), lq = scaleTril(q);
        int n = size(p);
        Tensor halfTerm1 = Ops.sub(halfLogDet(lq), halfLogDet(lp));
        int[] lpShape = lp.shape(), lqShape = lq.shape();
        int[] combined = concat(Shapes.broadcast(Arrays.copyOf(lqShape, lqShape.length - 2), Arrays.copyOf(lpShape, lpShape.length - 2)), n, n);
        NDArray solved = Ops.matmul(Tensor.constant(lowerInverse(lq.value(), n)), Tensor.constant(lp.value())).value().broadcastTo(combined);
        Tensor term2 = Ops.sum(Ops.pow(Tensor.constant(solved), 2), new int[] {-2, -1}, false); // _batch_trace_XXT
        Tensor term3 = mahalanobis(lq, Ops.sub(t(q, "loc"), t(p, "loc")));
        return Ops.add(halfTerm1, Ops.mul(Ops.scalar(0.5), Ops.sub(Ops.add(term2, term3), Ops.scalar(n))));
    }

    private static Tensor scaleTril(PyInstance d) {
        return t(d, "_unbroadcasted_scale_tril");
    }

    private static int size(PyInstance d) {
        int[] event = TorchDistributions.sizes(d.own("_event_shape"));
        return event[0];
    }

    /** |L⁻¹x|² along the last dimension (PyTorch's _batch_mahalanobis), L constant, x in the graph. */
    private static Tensor mahalanobis(Tensor l, Tensor x) {
        Tensor solved = batchMv(Tensor.constant(lowerInverse(l.value(), l.shape()[l.ndim() - 1])), x);
        return Ops.sum(Ops.pow(solved, 2), new int[] {-1}, false);
    }

    /** A·v for each matrix and vector of the (broadcast) batches: matmul(A, v.unsqueeze(-1)).squeeze(-1). */
    private static Tensor batchMv(Tensor a, Tensor v) {
        return Ops.squeeze(Ops.matmul(a, Ops.unsqueeze(v, v.ndim())), -1);
    }

    /** Σ log Lᵢᵢ over each matrix's diagonal: half the log-determinant of the covariance. */
    private static Tensor halfLogDet(Tensor l) {
        int[] s = l.shape();
        int n = s[s.length - 1];
        double[] v = l.value().toArray(), out = new double[v.length / Math.max(n * n, 1)];
        for (int b = 0; b < out.length; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += Math.log(v[b * n * n + i * n + i]);
            out[b] = sum;
        }
        return Tensor.constant(NDArray.of(out, Arrays.copyOf(s, s.length - 2)));
    }

    /** The lower Cholesky factor of each n×n matrix (LAPACK's dpotf2 order); PyTorch's error where one is not positive-definite. */
    static NDArray cholesky(NDArray a, int n) {
        double[] v = a.toArray(), out = new double[v.length];
        for (int b = 0; b < v.length / Math.max(n * n, 1); b++) {
            int o = b * n * n;
            for (int j = 0; j < n; j++) {
                double ajj = v[o + j * n + j];
                for (int k = 0; k < j; k++) ajj -= out[o + j * n + k] * out[o + j * n + k];
                if (!(ajj > 0))
                    throw new LinalgError.Singular("linalg.cholesky: The factorization could not be completed because the input is not positive-definite (the leading minor of order "
                            + (j + 1) + " is not positive-definite).");
                ajj = Math.sqrt(ajj);
                out[o + j * n + j] = ajj;
                for (int i = j + 1; i < n; i++) {
                    double s = v[o + i * n + j];
                    for (int k = 0; k < j; k++) s -= out[o + i * n + k] * out[o + j * n + k];
                    out[o + i * n + j] = s * (1 / ajj);
                }
            }
        }
        return NDArray.of(out, a.shape());
    }

    /** L⁻¹ of each lower-triangular matrix, by forward substitution. */
    static NDArray lowerInverse(NDArray l, int n) {
        double[] v = l.toArray(), out = new double[v.length];
        for (int b = 0; b < v.length / Math.max(n * n, 1); b++) {
            int o = b * n * n;
            for (int c = 0; c < n; c++) for (int i = c; i < n; i++) {
                double s = i == c ? 1 : 0;
                for (int k = c; k < i; k++) s -= v[o + i * n + k] * out[o + k * n + c];
                out[o + i * n + c] = s / v[o + i * n + i];
            }
        }
        return NDArray.of(out, l.shape());
    }

    /** A·Aᵀ of each matrix, or Aᵀ·A when {@code transposedFirst}. */
    private static NDArray times(NDArray a, int n, boolean transposedFirst) {
        double[] v = a.toArray(), out = new double[v.length];
        for (int b = 0; b < v.length / Math.max(n * n, 1); b++) {
            int o = b * n * n;
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) s += transposedFirst ? v[o + k * n + i] * v[o + k * n + j] : v[o + i * n + k] * v[o + j * n + k];
                out[o + i * n + j] = s;
            }
        }
        return NDArray.of(out, a.shape());
    }

    /** PyTorch's _precision_to_scale_tril: the Cholesky factor of the flipped precision, flipped and transposed, inverted. */
    private static NDArray precisionToScaleTril(NDArray p, int n) {
        double[] v = p.toArray(), flipped = new double[v.length];
        for (int b = 0; b < v.length / Math.max(n * n, 1); b++)
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) flipped[b * n * n + i * n + j] = v[b * n * n + (n - 1 - i) * n + (n - 1 - j)];
        double[] lf = cholesky(NDArray.of(flipped, p.shape()), n).toArray(), lInv = new double[v.length];
        for (int b = 0; b < v.length / Math.max(n * n, 1); b++)
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) lInv[b * n * n + i * n + j] = lf[b * n * n + (n - 1 - j) * n + (n - 1 - i)];
        return lowerInverse(NDArray.of(lInv, p.shape()), n);
    }

    /** constraints.positive_definite: symmetric within 1e-6 and a Cholesky factor exists, for every matrix. */
    private static boolean isPositiveDefinite(NDArray a, int n) {
        double[] v = a.toArray();
        for (int o = 0; o < v.length; o += n * n) if (!isPositiveDefinite(v, o, n)) return false;
        return true;
    }

    /** constraints.symmetric of the n×n matrix at offset o: equal to its transpose within 1e-6 (allclose). */
    static boolean isSymmetric(double[] v, int o, int n) {
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            double x = v[o + i * n + j], y = v[o + j * n + i];
            if (!(Math.abs(x - y) <= 1e-6 + 1e-5 * Math.abs(y))) return false;
        }
        return true;
    }

    /** constraints.positive_definite of the n×n matrix at offset o: symmetric, with a Cholesky factor. */
    static boolean isPositiveDefinite(double[] v, int o, int n) {
        if (!isSymmetric(v, o, n)) return false;
        try {
            cholesky(NDArray.of(Arrays.copyOfRange(v, o, o + n * n), n, n), n);
            return true;
        } catch (LinalgError.Singular e) {
            return false;
        }
    }

    /** constraints.lower_cholesky: lower triangular with a positive diagonal, every matrix. */
    private static boolean isLowerCholesky(NDArray a, int n) {
        double[] v = a.toArray();
        for (int o = 0; o < v.length; o += n * n) if (!isLowerCholesky(v, o, n)) return false;
        return true;
    }

    /** constraints.lower_cholesky of the n×n matrix at offset o. */
    static boolean isLowerCholesky(double[] v, int o, int n) {
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            double x = v[o + i * n + j];
            if (j > i && x != 0 || j == i && !(x > 0)) return false;
        }
        return true;
    }

    private static int[] concat(int[] a, int... b) {
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).toArray();
    }
}
