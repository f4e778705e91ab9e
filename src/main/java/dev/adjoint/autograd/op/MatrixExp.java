package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.LibmLog2;
import dev.adjoint.ndarray.NDArray;
import java.util.List;

/**
 * torch.linalg.matrix_exp (torch.matrix_exp, x.matrix_exp()) of a batch of square matrices, as
 * PyTorch 1.13 computes it (LinearAlgebra.cpp's mexp): Bader, Blanes and Casas's optimized Taylor
 * polynomials of degree 1, 2, 4, 8, 12 or 18, the lowest whose bound θ the matrix's 1-norm stays
 * within, and past θ₁₈ scaling by 2^s with s = ⌈log₂(‖A‖₁/θ₁₈)⌉, the degree-18 polynomial, then
 * s squarings. Each step is ATen's: its linear combinations of the powers summed term by term
 * from zero, its batched products (bmm) summed naively for n³ &lt; 400 and by dgemm above, its
 * squarings (mm) by dgemm, as {@link NDArray#matmul} sums them. A 1 × 1 matrix is exp of its
 * entry; 0 × 0, itself.
 *
 * <p>The gradient is PyTorch's (Mathias 1996): the upper-right n × n block of the exponential of
 * the 2n × 2n matrix [[Aᵀ, G], [0, Aᵀ]], built with cat and read with slices so it differentiates
 * again (SliceBackward0 on top, as PyTorch's narrow); the tangent is the same block of
 * exp([[A, dA], [0, A]]).
 */
final class MatrixExp implements Op {
    static final MatrixExp INSTANCE = new MatrixExp();

    public String name() { return "matrix_exp"; }

    public String torchName(Tensor out) { return "LinalgMatrixExpBackward0"; }

    public int saved(Tensor out) { return 1; }

    public String notation(String... a) { return "exp(" + a[0] + ")"; }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {differential(Ops.transpose(out.input(0), -2, -1), g)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return differential(out.input(0), t[0]); }

    /** The upper-right block of exp([[a, d], [0, a]]). */
    private static Tensor differential(Tensor a, Tensor d) {
        int n = a.shape()[a.ndim() - 1];
        Tensor zeros = Tensor.constant(NDArray.zeros(a.shape()));
        Tensor meta = Ops.concat(List.of(Ops.concat(List.of(a, d), -1), Ops.concat(List.of(zeros, a), -1)), -2);
        return Indexing.view(Ops.matrixExp(meta), List.of(Indexing.ELLIPSIS, new Index.Slice(0, n, null), new Index.Slice(n, 2 * n, null)));
    }

    public NDArray compute(NDArray[] in) {
        int[] shape = in[0].shape();
        int n = shape[shape.length - 1];
        double[] v = in[0].toArray();
        if (n == 1) for (int i = 0; i < v.length; i++) v[i] = Sleef.exp(v[i]);
        if (n <= 1) return NDArray.of(v, shape);
        double[] out = new double[v.length];
        double[] a = new double[n * n];
        for (int b = 0; b < v.length / (n * n); b++) {
            System.arraycopy(v, b * n * n, a, 0, n * n);
            System.arraycopy(exp(a, n), 0, out, b * n * n, n * n);
        }
        return NDArray.of(out, shape);
    }

    /** The bounds θ of the 1-norm for degrees 1, 2, 4, 8, 12 and 18 (ATen's thetas_double). */
    private static final double[] THETA = {2.220446049250313e-16, 2.580956802971767e-08, 3.397168839976962e-04, 4.991228871115323e-02,
        2.996158913811580e-01, 1.090863719290036e+00};

    /** e^A of one n × n matrix (row-major), n ≥ 2. */
    static double[] exp(double[] a, int n) {
        double norm = 0; // the 1-norm: the largest column sum of |a|
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) s += Math.abs(a[i * n + j]);
            norm = Double.isNaN(s) || s > norm ? s : norm;
        }
        if (!(norm < Double.POSITIVE_INFINITY)) return nan(n); // PyTorch leaves NaN's result unwritten, and ∞'s is NaN
        if (norm >= THETA[4]) return scaledAndSquared(a, n, norm);
        if (norm <= THETA[0]) return t1(a, n);
        if (norm <= THETA[1]) return t2(a, n);
        if (norm <= THETA[2]) return t4(a, n);
        if (norm <= THETA[3]) return t8(a, n);
        return t12(a, n);
    }

    private static double[] nan(int n) {
        double[] r = new double[n * n];
        java.util.Arrays.fill(r, Double.NaN);
        return r;
    }

    /** compute_T18_scale_square: A/2^s through T18, then s squarings (mm). */
    private static double[] scaledAndSquared(double[] a, int n, double norm) {
        long s = (long) Math.max(0, Math.ceil(LibmLog2.log2(norm / THETA[5])));
        double scale = s >= 64 ? 0 : 1L << s; // ATen's at::pow(2, s) is an int64 power: it wraps past 2^62
        double[] scaled = new double[n * n];
        for (int i = 0; i < scaled.length; i++) scaled[i] = a[i] / scale;
        double[] e = t18(scaled, n);
        for (long p = 0; p < s; p++) e = NDArray.of(e, n, n).matmul(NDArray.of(e, n, n)).toArray();
        return e;
    }

    /** The powers I, A, A², A³, A⁶ (ATen's _fill_matrix_powers), the first {@code count}. */
    private static double[][] powers(double[] a, int n, int count) {
        double[][] p = new double[count][];
        p[0] = new double[n * n];
        for (int i = 0; i < n; i++) p[0][i * n + i] = 1;
        p[1] = a.clone();
        if (count > 2) p[2] = bmm(p[1], p[1], n);
        if (count > 3) p[3] = bmm(p[1], p[2], n);
        if (count > 4) p[4] = bmm(p[3], p[3], n);
        return p;
    }

    /** Σ c[j]·m[j] from zero, term by term (ATen's _compute_linear_combination). */
    private static double[] combination(double[][] m, int from, double... c) {
        double[] r = new double[m[from].length];
        for (int j = 0; j < c.length; j++) {
            double[] x = m[from + j];
            for (int i = 0; i < r.length; i++) r[i] = Math.fma(x[i], c[j], r[i]);
        }
        return r;
    }

    private static double[] plus(double[] x, double[] y) {
        double[] r = new double[x.length];
        for (int i = 0; i < r.length; i++) r[i] = x[i] + y[i];
        return r;
    }

    /** A product in a batch (ATen's bmm): the naive loop, sum from zero in order of k, for n³ &lt; 400; else dgemm's. */
    static double[] bmm(double[] x, double[] y, int n) {
        if ((long) n * n * n >= 400) return NDArray.of(x, n, n).matmul(NDArray.of(y, n, n)).toArray();
        double[] r = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double acc = 0;
                for (int k = 0; k < n; k++) acc += x[i * n + k] * y[k * n + j];
                r[i * n + j] = acc;
            }
        return r;
    }

    /** I + A (a sum over the stack of {I, A}). */
    private static double[] t1(double[] a, int n) {
        double[][] p = powers(a, n, 2);
        return plus(p[0], p[1]);
    }

    /** I + A + A²/2. */
    private static double[] t2(double[] a, int n) {
        double[][] p = powers(a, n, 3);
        double[] half = p[2].clone();
        for (int i = 0; i < half.length; i++) half[i] /= 2;
        return plus(plus(p[0], p[1]), half);
    }

    /** I + A + A²·(I/2 + A/6 + A²/24). */
    private static double[] t4(double[] a, int n) {
        double[][] p = java.util.Arrays.copyOf(powers(a, n, 3), 4);
        p[3] = bmm(p[2], combination(p, 0, 1 / 2.0, 1 / 6.0, 1 / 24.0), n);
        return combination(p, 0, 1.0, 1.0, 0.0, 1.0);
    }

    private static final double SQRT_177 = 0.1330413469565007072504e+2, X3 = 2. / 3., X1 = X3 * ((1. + SQRT_177) / 88.), X2 = X3 * ((1. + SQRT_177) / 352.),
            X4 = (-271. + 29. * SQRT_177) / (315. * X3), X5 = (-11. + 11. * SQRT_177) / (1260. * X3), X6 = (-99. + 11. * SQRT_177) / (5040. * X3),
            X7 = (89. - SQRT_177) / (5040. * X3), Y2 = (857. - 58. * SQRT_177) / 630.;

    /** Degree 8: A4 = A²·(x1 A + x2 A²), A8 = (x3 A² + A4)·(x4 I + x5 A + x6 A² + x7 A4), then I + A + y2 A² + A8. */
    private static double[] t8(double[] a, int n) {
        double[][] p = java.util.Arrays.copyOf(powers(a, n, 3), 5);
        p[3] = bmm(p[2], combination(p, 1, X1, X2), n);
        p[4] = bmm(combination(p, 2, X3, 1.0), combination(p, 0, X4, X5, X6, X7), n);
        return combination(p, 0, 1.0, 1.0, Y2, 0.0, 1.0);
    }

    private static final double[][] B12 = {
        {9.0198e-16, 0.46932117595418237389, -0.20099424927047284052, -0.04623946134063071740},
        {5.31597895759871264183, 1.19926790417132231573, 0.01179296240992997031, 0.01108844528519167989},
        {0.18188869982170434744, 0.05502798439925399070, 0.09351590770535414968, 0.00610700528898058230},
        {-2.0861320e-13, -0.13181061013830184015, -0.02027855540589259079, -0.00675951846863086359}};

    /** Degree 12: B_i = Σ b[i][j] A^j over {I, A, A², A³}; A6 = B2 + B3·B3; B0 + (B1 + A6)·A6. */
    private static double[] t12(double[] a, int n) {
        double[][] p = powers(a, n, 4), b = new double[4][];
        for (int i = 0; i < 4; i++) b[i] = combination(p, 0, B12[i]);
        double[] a6 = plus(b[2], bmm(b[3], b[3], n));
        return plus(b[0], bmm(plus(b[1], a6), a6, n));
    }

    private static final double[][] B18 = {
        {0., -1.00365581030144618291e-01, -8.02924648241156932449e-03, -8.92138498045729985177e-04, 0.},
        {0., 3.97849749499645077844e-01, 1.36783778460411720168e+00, 4.98289622525382669416e-01, -6.37898194594723280150e-04},
        {-1.09676396052962061844e+01, 1.68015813878906206114e+00, 5.71779846478865511061e-02, -6.98210122488052056106e-03, 3.34975017086070470649e-05},
        {-9.04316832390810593223e-02, -6.76404519071381882256e-02, 6.75961301770459654925e-02, 2.95552570429315521194e-02, -1.39180257516060693404e-05},
        {0., 0., -9.23364619367118555360e-02, -1.69364939002081722752e-02, -1.40086798182036094347e-05}};

    /** Degree 18: B_i = Σ b[i][j] A^j over {I, A, A², A³, A⁶}; A9 = B3 + B0·B4; B1 + (B2 + A9)·A9. */
    private static double[] t18(double[] a, int n) {
        double[][] p = powers(a, n, 5), b = new double[5][];
        for (int i = 0; i < 5; i++) b[i] = combination(p, 0, B18[i]);
        double[] a9 = plus(b[3], bmm(b[0], b[4], n));
        return plus(b[1], bmm(plus(b[2], a9), a9, n));
    }
}
