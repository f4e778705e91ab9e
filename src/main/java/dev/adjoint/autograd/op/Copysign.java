package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * copysign(a, b): |a| with b's sign bit (CopysignBackward0), in floating point whatever the
 * operands' types. The gradient to a is g·(result / a), 0 where a is 0, as PyTorch's; b's sign is
 * piecewise constant, so b's gradient is 0.
 */
final class Copysign implements Op {
    static final Copysign INSTANCE = new Copysign();

    public String name() { return "copysign"; }

    public NDArray compute(NDArray[] in) { return in[0].zip(in[1], Math::copySign); }

    /** result / a as a constant: ±1 where a is not 0, 0 where it is. */
    private static Tensor ratio(Tensor out) {
        return Tensor.constant(out.input(0).value().zip(out.input(1).value(), (a, b) -> a == 0 ? 0 : Math.copySign(a, b) / a).broadcastTo(out.shape()));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {a.requiresGrad() ? Ops.sumToShape(Ops.mul(g, ratio(out)), a.shape()) : null, b.requiresGrad() ? Tensor.constant(NDArray.zeros(b.shape())) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return t[0] == null ? null : Ops.mul(Ops.broadcastTo(t[0], out.shape()), ratio(out)); }

    /** CopysignBackward1 is copysign(Tensor, Scalar): the number is no input there. */
    public String torchName(Tensor out) { return out.input(1).isWrappedNumber() ? "CopysignBackward1" : "CopysignBackward0"; }

    public boolean isTorchInput(Tensor out, int i) { return i == 0 || !out.input(1).isWrappedNumber(); }

    public int saved(Tensor out) { return 1 | OUTPUT; }

    public boolean broadcasts() { return true; }

    public DType dtype(Tensor[] in) { return DType.of(in).isFloating() ? DType.of(in) : DType.FLOAT64; }
}
