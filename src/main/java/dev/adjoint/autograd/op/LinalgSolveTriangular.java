package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.linalg.solve_triangular: X with A X = B ({@code left}) or X A = B, A's upper or lower
 * triangle read (its diagonal taken as ones when {@code unitriangular}), by substitution
 * (LinalgSolveTriangularBackward0). PyTorch's rules: gB = A⁻ᵀ g (a solve with Aᵀ, the other
 * triangle) and gA = −gB Xᵀ (−Xᵀ gB) cut to A's triangle; the tangent A⁻¹ (dB − dA X) with dA cut
 * the same way. Both are solves again, so they differentiate again.
 */
public final class LinalgSolveTriangular implements Op {
    private final boolean upper, left, unitriangular;

    LinalgSolveTriangular(boolean upper, boolean left, boolean unitriangular) {
        this.upper = upper;
        this.left = left;
        this.unitriangular = unitriangular;
    }

    public String name() { return "solve_triangular"; }

    public NDArray compute(NDArray[] in) {
        if (left) return solve(in[0], in[1], upper, false, unitriangular);
        // X A = B is Aᵀ Xᵀ = Bᵀ, Aᵀ's triangle the other one
        return lastTwoSwapped(solve(in[0], lastTwoSwapped(in[1]), !upper, true, unitriangular));
    }

    /**
     * X with op(A) X = B for a batch, op(A) = A or Aᵀ ({@code transposed}) and {@code upper}
     * naming op(A)'s triangle, by substitution column by column.
     */
    static NDArray solve(NDArray an, NDArray bn, boolean upper, boolean transposed, boolean unitriangular) {
        int[] s = an.shape(), bs = bn.shape();
        int n = s[s.length - 1], cols = bs[bs.length - 1], count = Factorization.count(bs);
        double[] a = an.toArray(), b = bn.toArray(), x = new double[b.length];
        for (int m = 0; m < count; m++) {
            int ao = m * n * n, bo = m * n * cols;
            for (int c = 0; c < cols; c++)
                for (int step = 0; step < n; step++) {
                    int i = upper ? n - 1 - step : step; // a lower triangle is solved first row first
                    double sum = b[bo + i * cols + c];
                    for (int k = upper ? i + 1 : 0; upper ? k < n : k < i; k++)
                        sum -= a[ao + (transposed ? k * n + i : i * n + k)] * x[bo + k * cols + c];
                    x[bo + i * cols + c] = unitriangular ? sum : sum / a[ao + i * n + i];
                }
        }
        return NDArray.of(x, bs);
    }

    private static NDArray lastTwoSwapped(NDArray x) {
        int[] order = new int[x.ndim()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        order[order.length - 2] = order.length - 1;
        order[order.length - 1] = order.length - 2;
        return x.permute(order);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0);
        Tensor gb = Ops.solveTriangular(mT(a), g, !upper, left, unitriangular);
        Tensor ga = Ops.neg(left ? Ops.matmul(gb, mT(out)) : Ops.matmul(mT(out), gb));
        return new Tensor[] {triangle(ga), gb};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), rhs = t[1];
        if (t[0] != null) {
            Tensor da = triangle(t[0]), term = left ? Ops.matmul(da, out) : Ops.matmul(out, da);
            rhs = rhs == null ? Ops.neg(term) : Ops.sub(rhs, term);
        }
        return Ops.solveTriangular(a, rhs, upper, left, unitriangular);
    }

    /** x cut to the triangle A's entries are read from (without the diagonal when it is taken as ones). */
    private Tensor triangle(Tensor x) {
        int n = x.shape()[x.ndim() - 1];
        double[] mask = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) mask[i * n + j] = (upper ? j > i : j < i) || (i == j && !unitriangular) ? 1 : 0;
        return Ops.where(Tensor.constant(NDArray.of(mask, n, n), dev.adjoint.autograd.DType.BOOL), x, Tensor.constantLike(NDArray.zeros(n, n), x)); // +0 off the triangle, as triu
    }

    private static Tensor mT(Tensor x) {
        return Ops.transpose(x, -2, -1);
    }

    public String torchName(Tensor out) { return "LinalgSolveTriangularBackward0"; }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    public String notation(String... a) { return a[0] + "⁻¹" + a[1]; }
}
