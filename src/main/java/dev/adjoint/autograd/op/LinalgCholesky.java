package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.linalg.cholesky of a batch of symmetric positive-definite matrices read from their lower
 * triangles: the lower factor L with A = L Lᵀ (LinalgCholeskyExBackward0). With Φ(X) the lower
 * triangle of X and half its diagonal, the gradient is the symmetric part of L⁻ᵀ Φ(Lᵀ g) L⁻¹ and
 * the tangent L Φ(L⁻¹ dA L⁻ᵀ), PyTorch's formulas, written with ops so they differentiate again.
 */
public final class LinalgCholesky implements Op {
    static final LinalgCholesky INSTANCE = new LinalgCholesky();

    public String name() { return "cholesky"; }

    public NDArray compute(NDArray[] in) {
        int[] shape = in[0].shape();
        int n = shape[shape.length - 1];
        double[] a = in[0].toArray(), l = new double[a.length];
        for (int b = 0; n > 0 && b < a.length / (n * n); b++) {
            int o = b * n * n;
            for (int j = 0; j < n; j++) {
                double d = a[o + j * n + j];
                for (int k = 0; k < j; k++) d -= l[o + j * n + k] * l[o + j * n + k];
                if (!(d > 0))
                    throw new LinalgError.Singular("linalg.cholesky: " + LinalgError.batchPrefix(shape.length, b) + "The factorization could not be completed because the input is not "
                            + "positive-definite (the leading minor of order " + (j + 1) + " is not positive-definite).");
                double ljj = Math.sqrt(d);
                l[o + j * n + j] = ljj;
                for (int i = j + 1; i < n; i++) {
                    double s = a[o + i * n + j];
                    for (int k = 0; k < j; k++) s -= l[o + i * n + k] * l[o + j * n + k];
                    l[o + i * n + j] = s / ljj;
                }
            }
        }
        return NDArray.of(l, shape);
    }

    /** Φ(x): x's lower triangle with its diagonal halved. */
    private static Tensor phi(Tensor x) {
        int n = x.shape()[x.ndim() - 1];
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j <= i; j++) m[i * n + j] = i == j ? 0.5 : 1;
        return Ops.mul(x, Tensor.constant(NDArray.of(m, n, n)));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor lInv = Ops.inv(out), lInvT = Ops.transpose(lInv, -2, -1);
        Tensor ga = Ops.matmul(Ops.matmul(lInvT, phi(Ops.matmul(Ops.transpose(out, -2, -1), g))), lInv);
        return new Tensor[] {Ops.mul(Ops.add(ga, Ops.transpose(ga, -2, -1)), Tensor.constant(0.5))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor lInv = Ops.inv(out);
        return Ops.matmul(out, phi(Ops.matmul(Ops.matmul(lInv, t[0]), Ops.transpose(lInv, -2, -1))));
    }

    public String torchName(Tensor out) { return "LinalgCholeskyExBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public String notation(String... a) { return "cholesky(" + a[0] + ")"; }
}
