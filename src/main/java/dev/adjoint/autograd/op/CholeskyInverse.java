package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.cholesky_inverse(L): (L Lᵀ)⁻¹ (Uᵀ U for {@code upper}) from the factor, the identity
 * solved as cholesky_solve does (CholeskyInverseBackward0). PyTorch's rule: with Y the inverse,
 * gL = −Y (g + gᵀ) Y L (−U Y (g + gᵀ) Y); the tangent −Y dA Y, dA = dL Lᵀ + L dLᵀ.
 */
public final class CholeskyInverse implements Op {
    private final boolean upper;

    CholeskyInverse(boolean upper) {
        this.upper = upper;
    }

    public String name() { return "cholesky_inverse"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[0].shape();
        int n = s[s.length - 1];
        NDArray eye = NDArray.eye(n, n).broadcastTo(s);
        return new CholeskySolve(upper).compute(new NDArray[] {eye, in[0]});
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor l = out.input(0), c = Ops.matmul(out, Ops.matmul(Ops.add(g, Ops.transpose(g, -2, -1)), out));
        return new Tensor[] {Ops.neg(upper ? Ops.matmul(l, c) : Ops.matmul(c, l))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor l = out.input(0);
        Tensor product = upper ? Ops.matmul(Ops.transpose(t[0], -2, -1), l) : Ops.matmul(t[0], Ops.transpose(l, -2, -1));
        return Ops.neg(Ops.matmul(out, Ops.matmul(Ops.add(product, Ops.transpose(product, -2, -1)), out)));
    }

    public String torchName(Tensor out) { return "CholeskyInverseBackward0"; }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    public String notation(String... a) { return "cholesky_inverse(" + a[0] + ")"; }
}
