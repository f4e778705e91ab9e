package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;

/**
 * The gradients of a matrix product mat1 @ mat2 as PyTorch 1.13 computes them (mm_mat1_backward,
 * mm_mat2_backward): an operand laid out column-major (a transposed weight, {@code x @ w.t()} and
 * nn.Linear) gets its gradient as the transpose of the transposed product, which OpenBLAS adds up
 * in another order than the plain one, so the last bits of {@code w.grad} follow the layout.
 */
final class MmGradients {
    private MmGradients() {}

    /** d(mat1 @ mat2)/d mat1 given g: (mat2 @ gᵀ)ᵀ for a column-major mat1, g @ mat2ᵀ otherwise. */
    static Tensor ofMat1(Tensor g, Tensor mat1, Tensor mat2) {
        if (columnMajor(mat1)) return Ops.transpose(Ops.matmul(mat2, Ops.transpose(g)));
        return Ops.matmul(g, Ops.transpose(mat2));
    }

    /** d(mat1 @ mat2)/d mat2 given g: (gᵀ @ mat1)ᵀ for a column-major mat2, mat1ᵀ @ g otherwise. */
    static Tensor ofMat2(Tensor g, Tensor mat1, Tensor mat2) {
        if (columnMajor(mat2)) return Ops.transpose(Ops.matmul(Ops.transpose(g), mat1));
        return Ops.matmul(Ops.transpose(mat1), g);
    }

    /** PyTorch's test: strides (1, rows). */
    private static boolean columnMajor(Tensor m) {
        long[] s = Views.torchStrides(m);
        return s[0] == 1 && s[1] == m.shape()[0];
    }
}
