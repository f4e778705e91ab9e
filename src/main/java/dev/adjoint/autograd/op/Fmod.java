package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.fmod(a, b): C's remainder, with the sign of the dividend (Python's % and torch.remainder
 * take the divisor's), exact as C's fmod is; FmodBackward1. Its gradient is g for a and
 * −g·trunc(a / b) for b, as PyTorch's.
 */
public final class Fmod implements Op {
    static final Fmod INSTANCE = new Fmod();

    public String name() { return "fmod"; }

    public NDArray compute(NDArray[] in) {
        return in[0].zip(in[1], (a, b) -> a % b); // Java's % on doubles is IEEE fmod: exact, the dividend's sign
    }

    /** An integer fmod by zero is PyTorch's error, not NaN. */
    static void checkIntegerDivisor(Tensor a, Tensor b) {
        if (a.dtype().isFloating() || b.dtype().isFloating()) return;
        for (double v : b.value().toArray()) if (v == 0) throw new AutogradException("ZeroDivisionError");
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(g, a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Ops.neg(Ops.mul(g, Ops.trunc(Ops.div(a, b)))), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor db = t[1] == null ? null : Ops.neg(Ops.mul(t[1], Ops.trunc(Ops.div(a, b))));
        return Ops.broadcastTo(Ops.addOrFirst(t[0], db), out.shape());
    }

    public String torchName(Tensor out) { return "FmodBackward1"; } // fmod(Tensor, Tensor); a Python number is wrapped into one here

    public int saved(Tensor out) { return out.input(1).requiresGrad() ? 0b11 : 0; }

    public String notation(String... a) { return "fmod(" + a[0] + ", " + a[1] + ")"; }
}
