package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.atan2(a, b): the angle of the point (b, a), in (−π, π] (Atan2Backward0). Gradient
 * g·b/(a² + b²) for a and −g·a/(a² + b²) for b, multiplied in PyTorch's order (atan2_backward:
 * grad * other * recip).
 */
public final class Atan2 implements Op {
    static final Atan2 INSTANCE = new Atan2();

    private Atan2() {}

    public String name() { return "atan2"; }

    /** SLEEF's atan2 eight at a time along a row, the C library's for the rest (see BinaryVectorKernel, LibmAtan2). */
    public NDArray compute(NDArray[] in) { return BinaryVectorKernel.map(in[0], in[1], SleefTrig::atan2, LibmAtan2::atan2); }

    private static Tensor reciprocalNorm(Tensor a, Tensor b) {
        return Ops.reciprocal(Ops.add(Ops.mul(a, a), Ops.mul(b, b)));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1), recip = reciprocalNorm(a, b);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(Ops.mul(Ops.mul(g, b), recip), a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Ops.mul(Ops.mul(g, Ops.neg(a)), recip), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1), recip = reciprocalNorm(a, b);
        Tensor da = t[0] == null ? null : Ops.mul(Ops.mul(t[0], b), recip);
        Tensor db = t[1] == null ? null : Ops.mul(Ops.mul(t[1], Ops.neg(a)), recip);
        return Ops.broadcastTo(Ops.addOrFirst(da, db), out.shape());
    }

    public int saved(Tensor out) { return 0b11; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "atan2(" + a[0] + ", " + a[1] + ")"; }

    public boolean broadcasts() { return true; }
}
