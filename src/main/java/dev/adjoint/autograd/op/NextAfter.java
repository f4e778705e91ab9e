package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * nextafter(a, b): the float next to a in b's direction (b itself when they are equal, NaN from a
 * NaN), as C's nextafter. PyTorch 1.13 records it (NextafterBackward0) but has no derivative for
 * it: a backward pass or a tangent through it is its NotImplementedError.
 */
final class NextAfter implements Op {
    static final NextAfter INSTANCE = new NextAfter();

    public String name() { return "nextafter"; }

    public NDArray compute(NDArray[] in) { return in[0].zip(in[1], Math::nextAfter); }

    public Tensor[] vjp(Tensor g, Tensor out) { throw new Unique.NoDerivative("nextafter"); }

    public Tensor jvp(Tensor[] t, Tensor out) { throw new Unique.NoDerivative("nextafter"); }

    public boolean broadcasts() { return true; }

    public DType dtype(Tensor[] in) { return DType.of(in); }
}
