package dev.adjoint.autograd.op;

import dev.adjoint.ndarray.LibmPow;
import dev.adjoint.ndarray.NDArray;

/**
 * pow as PyTorch 1.13's CPU kernel computes it in float64 (cpu_kernel_vec): eight elements at a
 * time through SLEEF's vector pow, the rest of each row through the C library's ({@link LibmPow}),
 * rows as {@link BinaryVectorKernel} finds them.
 */
final class PowKernel {
    private static final int STEP = 8;

    private PowKernel() {}

    /** base ** exponent for a Python-number exponent that has no exact shortcut (see Pow). */
    static NDArray tensorScalar(NDArray base, double exponent) {
        double[] v = base.toArray();
        int row = v.length, whole = row - row % STEP;
        for (int i = 0; i < v.length; i++) v[i] = i < whole ? Sleef.pow(v[i], exponent) : LibmPow.pow(v[i], exponent);
        return NDArray.adopt(v, base.shape());
    }

    /** base ** exponent, both tensors, broadcasting. */
    static NDArray tensorTensor(NDArray base, NDArray exponent) {
        return BinaryVectorKernel.map(base, exponent, Sleef::pow, LibmPow::pow);
    }
}
