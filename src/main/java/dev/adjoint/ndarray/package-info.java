/**
 * N-dimensional arrays of doubles: {@code NDArray} (shape, strides, offset; reshape, permute and
 * broadcast are views), {@code Shapes} (broadcasting and axis rules), the element limit, and the
 * kernels (elementwise, reductions, matmul) on compact arrays. Arrays never change once made,
 * except a tensor's private copy written entry by entry ({@code NDArray.overwrite}).
 * Never knows about graphs, gradients or the language.
 */
package dev.adjoint.ndarray;
