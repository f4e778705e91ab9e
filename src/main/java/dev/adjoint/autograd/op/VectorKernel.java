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

    /** A SLEEF function whose vector takes one path for all its lanes: {@code range} is the path its widest lane needs. */
    interface Lanes {
        double apply(double x, int range);
    }

    /**
     * PyTorch 1.13's sin and cos (its vml path, vec::map): every element through the vector
     * function, four at a time from the first (the last few padded with zeros), the path of each
     * four chosen by the largest of them ({@link Sleef#trigRange}).
     */
    static NDArray mapInFours(NDArray x, Lanes f) {
        double[] v = x.toArray();
        for (int i = 0; i < v.length; i += 4) {
            int end = Math.min(v.length, i + 4);
            double widest = 0;
            for (int j = i; j < end; j++) widest = Math.abs(v[j]) > widest || Double.isNaN(v[j]) ? Math.abs(v[j]) : widest;
            int range = Double.isNaN(widest) ? 2 : Sleef.trigRange(widest);
            for (int j = i; j < end; j++) v[j] = f.apply(v[j], range);
        }
        return NDArray.adopt(v, x.shape());
    }
}
