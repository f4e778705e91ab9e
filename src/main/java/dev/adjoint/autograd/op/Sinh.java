package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.LibmHyperbolic;
import dev.adjoint.ndarray.NDArray;

/** sinh x; sinh' = cosh. */
final class Sinh extends PointwiseFunction {
    static final Sinh INSTANCE = new Sinh();

    public String name() { return "sinh"; }

    /** One value (a 0-d tensor): the C library's, as PyTorch's kernel leaves it to the scalar loop. */
    double value(double x) { return LibmHyperbolic.sinh(x); }

    /** SLEEF's eight at a time, the C library's for the last n mod 8 (cpu_kernel_vec, see VectorKernel). */
    public NDArray compute(NDArray[] in) { return VectorKernel.map(in[0], SleefHyperbolic::sinh, LibmHyperbolic::sinh); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.cosh(x)); }
}
