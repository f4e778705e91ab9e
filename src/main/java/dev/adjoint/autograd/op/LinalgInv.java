package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.LuDecomposition;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.linalg.inv (and torch.inverse) of a batch of square matrices by LU with partial pivoting
 * (LinalgInvExBackward0). With Y = A⁻¹: the gradient −Yᵀ·g·Yᵀ and the tangent −Y·dA·Y, written
 * with ops of the output, so they differentiate again.
 */
public final class LinalgInv implements Op {
    static final LinalgInv INSTANCE = new LinalgInv();

    public String name() { return "inv"; }

    public NDArray compute(NDArray[] in) {
        int[] shape = in[0].shape();
        int n = shape[shape.length - 1];
        double[] values = in[0].toArray(), out = new double[values.length], identity = new double[n * n];
        for (int i = 0; i < n; i++) identity[i * n + i] = 1;
        LuDecomposition[] lu = LinalgError.factors(values, n);
        for (int b = 0; b < lu.length; b++) {
            int zero = lu[b].firstZeroPivot();
            if (zero != 0)
                throw new LinalgError.Singular("linalg.inv: " + LinalgError.batchPrefix(shape.length, b) + "The diagonal element " + zero
                        + " is zero, the inversion could not be completed because the input matrix is singular.");
            System.arraycopy(lu[b].solve(identity, n), 0, out, b * n * n, n * n);
        }
        return NDArray.of(out, shape);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor yt = Ops.transpose(out, -2, -1);
        return new Tensor[] {Ops.neg(Ops.matmul(Ops.matmul(yt, g), yt))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.neg(Ops.matmul(Ops.matmul(out, t[0]), out)); }

    public String torchName(Tensor out) { return "LinalgInvExBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public String savedName(Tensor out, int i) { return i == -1 ? "inverse" : null; }

    public String notation(String... a) { return a[0] + "⁻¹"; }
}
