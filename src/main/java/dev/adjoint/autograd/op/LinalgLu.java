package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.List;

/**
 * torch.linalg.lu (P, L, U) and torch.linalg.lu_factor / lu_factor_ex (the packed LU and its
 * int32 pivots) of a batch of m x n matrices, A = P L U with L m x k unit lower triangular and
 * U k x n upper triangular, k = min(m, n): LAPACK's getrf as PyTorch 1.13 calls it
 * ({@link TorchLapack#getrf}), so the pivots and the last bits are PyTorch's; P is a constant, as
 * PyTorch's (no grad_fn).
 *
 * <p>The gradient is PyTorch's linalg_lu_backward (LinalgLuBackward0; LinalgLuFactorExBackward0
 * unpacks LU and hands it the packed gradient's L and U parts): for a square A,
 * P L⁻ᴴ [tril(Lᴴ gL, −1) + triu(gU Uᴴ)] U⁻ᴴ through two triangular solves, and PyTorch's
 * block forms for wide and tall ones, each written with ops of the outputs, so it differentiates
 * again. The tangent (forward mode) is written for square matrices only.
 */
final class LinalgLu extends Factorization {
    /** The parts of linalg.lu, and lu_factor's one. */
    static final int L = 0, U = 1, PACKED = 0;
    private final boolean packed;
    private final int m, n, k;
    /** P and the pivots of the last factorization, as constants. */
    private NDArray permutation, pivots, info;

    private LinalgLu(Tensor a, boolean packed) {
        super(a);
        this.packed = packed;
        int[] s = a.shape();
        m = s[s.length - 2];
        n = s[s.length - 1];
        k = Math.min(m, n);
    }

    /** {P, L, U}: torch.linalg.lu. */
    static Tensor[] unpacked(Tensor a) {
        LinalgLu f = new LinalgLu(a, false);
        Tensor[] lu = f.apply(a, 2, L, U);
        return new Tensor[] {Tensor.constant(f.permutation, a.dtype()), lu[L], lu[U]};
    }

    /** {LU, pivots, info}: torch.linalg.lu_factor_ex (lu_factor checks info). */
    static Tensor[] packed(Tensor a) {
        LinalgLu f = new LinalgLu(a, true);
        Tensor lu = f.apply(a, 1, PACKED)[PACKED];
        return new Tensor[] {lu, Tensor.constant(f.pivots, DType.INT32), Tensor.constant(f.info, DType.INT32)};
    }

    NDArray[] factor(NDArray a) {
        int[] s = a.shape();
        int count = count(s);
        double[] x = a.toArray(), lu = new double[count * m * n], piv = new double[count * k], inf = new double[count], p = new double[count * m * m];
        double[] l = new double[count * m * k], u = new double[count * k * n];
        for (int b = 0; b < count; b++) {
            TorchLapack.Lu f = TorchLapack.getrf(x, b * m * n, m, n);
            System.arraycopy(f.lu(), 0, lu, b * m * n, m * n);
            inf[b] = f.info();
            int[] perm = new int[m];
            for (int i = 0; i < m; i++) perm[i] = i;
            for (int i = 0; i < k; i++) {
                piv[b * k + i] = f.pivots()[i];
                int t = perm[i];
                perm[i] = perm[f.pivots()[i] - 1];
                perm[f.pivots()[i] - 1] = t;
            }
            for (int i = 0; i < m; i++) p[b * m * m + perm[i] * m + i] = 1; // A = P L U: row i of L U is row perm[i] of A
            for (int i = 0; i < m; i++)
                for (int j = 0; j < k; j++) l[b * m * k + i * k + j] = i == j ? 1 : i > j ? f.lu()[i * n + j] : 0;
            for (int i = 0; i < k; i++) for (int j = i; j < n; j++) u[b * k * n + i * n + j] = f.lu()[i * n + j];
        }
        int[] batch = java.util.Arrays.copyOf(s, s.length - 2);
        permutation = NDArray.of(p, batchShape(s, m, m));
        pivots = NDArray.of(piv, batchShape(s, k));
        info = NDArray.of(inf, batch);
        if (packed) return new NDArray[] {NDArray.of(lu, s)};
        return new NDArray[] {NDArray.of(l, batchShape(s, m, k)), NDArray.of(u, batchShape(s, k, n))};
    }

    String torchName() { return packed ? "LinalgLuFactorExBackward0" : "LinalgLuBackward0"; }

    String partName(int part) { return packed ? "lu_factor(A).LU" : "lu(A)." + (part == L ? "L" : "U"); }

    Tensor gradient(int part, Tensor g, Tensor[] out) {
        Tensor p = Tensor.constantLike(permutation, g);
        if (!packed) return backward(part == L ? g : null, part == U ? g : null, p, out[L], out[U]);
        Tensor lu = out[PACKED];
        return backward(columns(g, 0, k), rows(g, 0, k), p, lowerOf(lu), upperOf(lu));
    }

    /** PyTorch's linalg_lu_backward; a null gradient is an output the loss does not use. */
    private Tensor backward(Tensor gl, Tensor gu, Tensor p, Tensor l, Tensor u) {
        Tensor ga = null;
        if (m == n) {
            if (gl != null) ga = triangle(Ops.matmul(mT(l), gl), false, -1);
            if (gu != null) ga = plus(ga, triangle(Ops.matmul(gu, mT(u)), true, 0));
            ga = Ops.solveTriangular(mT(u), ga, false, false, false);
            ga = Ops.solveTriangular(mT(l), ga, true, true, true);
        } else if (m < n) { // wide: A1_grad = P L⁻ᴴ [U1_grad + (Lᴴ L_grad − U_grad Uᴴ)∘1_L U1⁻ᴴ], A2_grad = P L⁻ᴴ U2_grad
            Tensor u1 = columns(u, 0, k);
            if (gl != null) ga = Ops.matmul(mT(l), gl);
            if (gu != null) {
                Tensor term = Ops.neg(Ops.matmul(triangle(gu, true, 0), mT(u)));
                ga = ga == null ? term : Ops.add(ga, term);
            }
            ga = Ops.solveTriangular(mT(u1), triangle(ga, false, -1), false, false, false);
            if (gu != null) ga = Ops.concat(List.of(Ops.add(ga, triangle(columns(gu, 0, k), true, 0)), columns(gu, k, n)), -1);
            ga = Ops.solveTriangular(mT(l), ga, true, true, true);
            if (gu == null) ga = Ops.concat(List.of(ga, zeros(m, n - k, ga)), -1);
        } else { // tall: A1_grad = P [L1_grad + L1⁻ᴴ (U_grad Uᴴ − Lᴴ L_grad)∘1_U] U⁻ᴴ, A2_grad = P L2_grad U⁻ᴴ
            Tensor l1 = rows(l, 0, k);
            if (gu != null) ga = Ops.matmul(gu, mT(u));
            if (gl != null) {
                Tensor term = Ops.neg(Ops.matmul(mT(l), triangle(gl, false, -1)));
                ga = ga == null ? term : Ops.add(ga, term);
            }
            ga = Ops.solveTriangular(mT(l1), triangle(ga, true, 0), true, true, true);
            if (gl != null) ga = Ops.concat(List.of(Ops.add(ga, triangle(rows(gl, 0, k), false, -1)), rows(gl, k, m)), -2);
            ga = Ops.solveTriangular(mT(u), ga, false, false, false);
            if (gl == null) ga = Ops.concat(List.of(ga, zeros(m - k, n, ga)), -2);
        }
        return Ops.matmul(p, ga);
    }

    Tensor tangent(int part, Tensor da, Tensor[] out) {
        if (m != n) throw new AutogradException("forward-mode AD of torch.linalg.lu and lu_factor is written for square matrices only in adjoint; this one is " + m + " by " + n);
        Tensor l = packed ? lowerOf(out[PACKED]) : out[L], u = packed ? upperOf(out[PACKED]) : out[U];
        Tensor x = Ops.matmul(mT(Tensor.constantLike(permutation, da)), da); // L⁻¹ Pᵀ dA U⁻¹
        x = Ops.solveTriangular(l, x, false, true, true);
        x = Ops.solveTriangular(u, x, true, false, false);
        Tensor dl = Ops.matmul(l, triangle(x, false, -1)), du = Ops.matmul(triangle(x, true, 0), u);
        if (!packed) return part == L ? dl : du;
        return Ops.add(triangle(dl, false, -1), du); // the packed tangent: dL below the diagonal, dU on and above
    }

    /** L (m x k) from the packed factors: the strict lower part of the first k columns, ones on the diagonal. */
    private Tensor lowerOf(Tensor lu) {
        return Ops.add(triangle(columns(lu, 0, k), false, -1), Tensor.constantLike(NDArray.eye(m, k), lu));
    }

    /** U (k x n) from the packed factors: the upper part of the first k rows. */
    private Tensor upperOf(Tensor lu) {
        return triangle(rows(lu, 0, k), true, 0);
    }

    /** x's upper part from diagonal {@code from} (upper), or its lower part up to diagonal {@code from}. */
    private static Tensor triangle(Tensor x, boolean upper, int from) {
        int[] s = x.shape();
        int rows = s[s.length - 2], cols = s[s.length - 1];
        double[] mask = new double[rows * cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) if (upper ? j - i >= from : j - i <= from) mask[i * cols + j] = 1;
        return Ops.mul(x, Tensor.constantLike(NDArray.of(mask, rows, cols), x));
    }

    private static Tensor plus(Tensor a, Tensor b) {
        return a == null ? b : Ops.add(a, b);
    }

    private static Tensor columns(Tensor x, int from, int to) {
        return Indexing.view(x, List.of(Indexing.ELLIPSIS, new Index.Slice(from, to, null)));
    }

    private static Tensor rows(Tensor x, int from, int to) {
        return Indexing.view(x, List.of(Indexing.ELLIPSIS, new Index.Slice(from, to, null), new Index.Slice(null, null, null)));
    }

    private static Tensor zeros(int rows, int cols, Tensor like) {
        return Tensor.constantLike(NDArray.zeros(batchShape(like.shape(), rows, cols)), like);
    }
}
