package dev.adjoint.ndarray;

/**
 * Whose matmul a product is: NumPy and PyTorch hand the same shapes to different BLAS routines
 * when an operand is a vector (NumPy: dgemv for a matrix and a row or column, ddot for a row
 * times a column; PyTorch: dgemv only for a 1-d right operand, ddot for two 1-d ones, dgemm
 * otherwise), and each routine sums in its own order ({@link GemvOrder}, {@link GemmOrder}).
 */
public enum MatmulOf {
    NUMPY,
    PYTORCH
}
