package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.remainder(a, b) and {@code a % b}: the remainder with the divisor's sign, as Python's %,
 * computed exactly as PyTorch's kernel: fmod, moved by b when its sign differs from b's
 * (a − floor(a/b)·b would round: 0.1 % 0.01 is 3.47e-18, not 0). Gradient g for a, −g·floor(a/b)
 * for b. RemainderBackward1 for two tensors; RemainderBackward0 when b is a Python number.
 */
public final class Remainder implements Op {
    static final Remainder INSTANCE = new Remainder(false);
    static final Remainder NUMBER_DIVISOR = new Remainder(true);
    private final boolean numberDivisor;

    private Remainder(boolean numberDivisor) {
        this.numberDivisor = numberDivisor;
    }

    public String name() { return "remainder"; }

    public NDArray compute(NDArray[] in) { return in[0].zip(in[1], Remainder::remainder); }

    static double remainder(double a, double b) {
        double mod = a % b; // IEEE fmod, exact
        return mod != 0 && (b < 0) != (mod < 0) ? mod + b : mod;
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(g, a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Ops.neg(Ops.mul(g, Ops.floor(Ops.div(a, b)))), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor db = t[1] == null ? null : Ops.neg(Ops.mul(t[1], Ops.floor(Ops.div(a, b))));
        return Ops.broadcastTo(Ops.addOrFirst(t[0], db), out.shape());
    }

    public String torchName(Tensor out) { return numberDivisor ? "RemainderBackward0" : "RemainderBackward1"; }

    public boolean isTorchInput(Tensor out, int i) { return !(numberDivisor && i == 1); }

    public int saved(Tensor out) { return out.input(1).requiresGrad() ? 0b11 : 0; }

    public String notation(String... a) { return a[0] + " mod " + a[1]; }

    public boolean broadcasts() { return true; }
}
