package dev.adjoint.autograd.op;

import dev.adjoint.ndarray.NDArray;
import java.util.function.DoubleUnaryOperator;

/**
 * How PyTorch 1.13's elementwise CPU kernels (cpu_kernel_vec) split an array: two AVX2 vectors of
 * 4 at a time through the vector function (SLEEF's exp, erf, ...), then the last n mod 8 one by one
 * through the C library's. Where the two differ in the last bit, where an element sits decides
 * which PyTorch printed.
 */
final class VectorKernel {
    static final int STEP = 8;

    private VectorKernel() {}

    static NDArray map(NDArray x, DoubleUnaryOperator vector, DoubleUnaryOperator scalar) {
        double[] v = x.toArray();
        int vectorEnd = v.length - v.length % STEP;
        for (int i = 0; i < v.length; i++) v[i] = (i < vectorEnd ? vector : scalar).applyAsDouble(v[i]);
        return NDArray.adopt(v, x.shape());
    }
}
