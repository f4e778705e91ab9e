package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.cholesky_solve(B, L): X with (L Lᵀ) X = B (Uᵀ U for {@code upper}), two triangular
 * substitutions (CholeskySolveBackward0). PyTorch's rule: gB = cholesky_solve(g, L) and
 * gL = −(C + Cᵀ) L (−U (C + Cᵀ)) with C = gB Xᵀ; the tangent cholesky_solve(dB − dA X, L) with
 * dA = dL Lᵀ + L dLᵀ.
 */
public final class CholeskySolve implements Op {
    private final boolean upper;

    CholeskySolve(boolean upper) {
        this.upper = upper;
    }

    public String name() { return "cholesky_solve"; }

    public NDArray compute(NDArray[] in) {
        // lower: L Y = B, then Lᵀ X = Y; upper: Uᵀ Y = B, then U X = Y
        NDArray y = LinalgSolveTriangular.solve(in[1], in[0], false, upper, false);
        return LinalgSolveTriangular.solve(in[1], y, true, !upper, false);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor l = out.input(1), gb = Ops.choleskySolve(g, l, upper);
        Tensor c = Ops.matmul(gb, Ops.transpose(out, -2, -1));
        c = Ops.add(c, Ops.transpose(c, -2, -1));
        return new Tensor[] {gb, Ops.neg(upper ? Ops.matmul(l, c) : Ops.matmul(c, l))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor l = out.input(1), rhs = t[0];
        if (t[1] != null) {
            Tensor product = upper ? Ops.matmul(Ops.transpose(t[1], -2, -1), l) : Ops.matmul(t[1], Ops.transpose(l, -2, -1));
            Tensor da = Ops.add(product, Ops.transpose(product, -2, -1)), term = Ops.matmul(da, out);
            rhs = rhs == null ? Ops.neg(term) : Ops.sub(rhs, term);
        }
        return Ops.choleskySolve(rhs, l, upper);
    }

    public String torchName(Tensor out) { return "CholeskySolveBackward0"; }

    public int saved(Tensor out) { return 3 | Op.OUTPUT; }

    public String notation(String... a) { return "cholesky_solve(" + a[0] + ", " + a[1] + ")"; }
}
