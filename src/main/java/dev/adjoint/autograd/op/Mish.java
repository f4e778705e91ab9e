package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmLog1p;
import dev.adjoint.ndarray.LibmTanh;
import dev.adjoint.ndarray.NDArray;

/**
 * mish(x) = x·tanh(softplus(x)); mish'(x) = tanh(sp) + x·σ(x)·(1 − tanh(sp)²) with sp = log(1 + eˣ),
 * PyTorch's MishBackward0 formula.
 */
public final class Mish extends Activation {
    static final Mish INSTANCE = new Mish();

    public String name() { return "mish"; }

    /** PyTorch's kernel: x · tanh(log1p(eˣ)) (no threshold, unlike softplus), one value through the C library's functions. */
    double value(double x) { return x * LibmTanh.tanh(LibmLog1p.log1p(LibmExp.exp(x))); }

    /** SLEEF's eight at a time, the C library's for the last n mod 8 (cpu_kernel_vec, see VectorKernel). */
    public NDArray compute(NDArray[] in) { return VectorKernel.map(in[0], x -> x * Sleef.tanh(Sleef.log1p(Sleef.exp(x))), this::value); }

    Tensor slope(Tensor x) {
        Tensor t = Ops.tanh(Ops.log1p(Ops.exp(x)));
        return Ops.add(t, Ops.mul(Ops.mul(x, Ops.sigmoid(x)), Ops.sub(Ops.scalar(1), Ops.mul(t, t))));
    }

    String torchBase() { return "MishBackward0"; }
}
