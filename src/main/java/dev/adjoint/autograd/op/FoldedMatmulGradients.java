package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Shapes;
import java.util.Arrays;

/**
 * The gradients of a matmul that PyTorch computed by folding a batch into one matrix product
 * ({@link dev.adjoint.ndarray.TorchMatmul}): the gradients of that mm (or mv) on the folded
 * operands, viewed back. The gradient of the matrix beside the batch is then one product over all
 * the batch's rows, summed in dgemm's order, not a sum of per-matrix products.
 */
final class FoldedMatmulGradients {
    private FoldedMatmulGradients() {}

    /** a (…, m, k) times a matrix or vector b: the product af @ b with af = a as (rows, k) (a itself when a is a matrix). */
    static Tensor[] of(Tensor g, Tensor a, Tensor b) {
        int k = a.shape()[a.ndim() - 1], rows = Shapes.size(Arrays.copyOf(a.shape(), a.ndim() - 1));
        Tensor af = a.ndim() == 2 ? a : Ops.reshape(a, rows, k);
        if (b.ndim() == 2) {
            Tensor gf = Ops.reshape(g, rows, b.shape()[1]);
            return new Tensor[] {a.requiresGrad() ? Ops.reshape(MmGradients.ofMat1(gf, af, b), a.shape()) : null,
                    b.requiresGrad() ? MmGradients.ofMat2(gf, af, b) : null};
        }
        Tensor gf = Ops.reshape(g, rows);
        return new Tensor[] {a.requiresGrad() ? Ops.reshape(outer(gf, b), a.shape()) : null, b.requiresGrad() ? Ops.matmul(Ops.transpose(af), gf) : null};
    }

    /**
     * A matrix or vector a times b (…, k, n) of 3 or more dims, which PyTorch computes as
     * t1 @ aᵀ (t1 @ a) with t1 = bᵀ folded to (rows, k), the result transposed back.
     */
    static Tensor[] ofTransposed(Tensor g, Tensor a, Tensor b) {
        int d = b.ndim(), k = b.shape()[d - 2], n = b.shape()[d - 1];
        int rows = Shapes.size(Arrays.copyOf(b.shape(), d - 2)) * n;
        Tensor t1 = Ops.reshape(Ops.transpose(b, d - 2, d - 1), rows, k);
        Tensor gt1, ga;
        if (a.ndim() == 2) {
            Tensor t2 = Ops.transpose(a), gf = Ops.reshape(Ops.transpose(g, d - 2, d - 1), rows, a.shape()[0]);
            gt1 = b.requiresGrad() ? MmGradients.ofMat1(gf, t1, t2) : null;
            ga = a.requiresGrad() ? Ops.transpose(MmGradients.ofMat2(gf, t1, t2)) : null;
        } else {
            Tensor gf = Ops.reshape(g, rows);
            gt1 = b.requiresGrad() ? outer(gf, a) : null;
            ga = a.requiresGrad() ? Ops.matmul(Ops.transpose(t1), gf) : null;
        }
        if (gt1 == null) return new Tensor[] {ga, null};
        int[] transposedShape = b.shape().clone();
        transposedShape[d - 2] = n;
        transposedShape[d - 1] = k;
        return new Tensor[] {ga, Ops.transpose(Ops.reshape(gt1, transposedShape), d - 2, d - 1)};
    }

    /** mv's gradient of its matrix, grad.ger(vec): each entry one product. */
    private static Tensor outer(Tensor column, Tensor row) {
        return Ops.mul(Ops.reshape(column, column.shape()[0], 1), Ops.reshape(row, 1, row.shape()[0]));
    }
}
