package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.function.UnaryOperator;

/**
 * The remainder a − q·b of a division whose quotient q is rounded: down for torch.remainder and
 * {@code a % b} (the divisor's sign, as Python's %), toward zero for torch.fmod (C's fmod, the
 * dividend's sign). Both are computed exactly, as PyTorch's kernels do: fmod is exact, and
 * remainder moves it by b when its sign differs from b's (a − floor(a/b)·b would round: 0.1 % 0.01
 * is 3.47e-18, not 0). Gradient g for a and −g·q for b. Nodes: RemainderBackward1 and FmodBackward1
 * for two tensors, RemainderBackward0 when b is a Python number (then no input of PyTorch's node).
 */
public final class Remainder implements Op {
    static final Remainder INSTANCE = new Remainder(true, false);
    static final Remainder NUMBER_DIVISOR = new Remainder(true, true);
    static final Remainder FMOD = new Remainder(false, false);
    private final boolean floor;
    private final boolean numberDivisor;

    private Remainder(boolean floor, boolean numberDivisor) {
        this.floor = floor;
        this.numberDivisor = numberDivisor;
    }

    public String name() { return floor ? "remainder" : "fmod"; }

    public NDArray compute(NDArray[] in) { return in[0].zip(in[1], floor ? Remainder::remainder : (a, b) -> a % b); } // Java's % on doubles is IEEE fmod

    static double remainder(double a, double b) {
        double mod = a % b;
        return mod != 0 && (b < 0) != (mod < 0) ? mod + b : mod;
    }

    /** An integer division by zero is PyTorch's error, not NaN. */
    static void checkIntegerDivisor(Tensor a, Tensor b) {
        if (a.dtype().isFloating() || b.dtype().isFloating()) return;
        for (double v : b.value().toArray()) if (v == 0) throw new AutogradException("ZeroDivisionError");
    }

    /** The rounded quotient q, whose negative is the slope in b. */
    private Tensor quotient(Tensor a, Tensor b) {
        UnaryOperator<Tensor> round = floor ? Ops::floor : Ops::trunc;
        return round.apply(Ops.div(a, b));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(g, a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Ops.neg(Ops.mul(g, quotient(a, b))), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor db = t[1] == null ? null : Ops.neg(Ops.mul(t[1], quotient(a, b)));
        return Ops.broadcastTo(Ops.addOrFirst(t[0], db), out.shape());
    }

    /** FmodBackward0 and RemainderBackward0 are the ops of (Tensor, Scalar): a Python number divisor is no input there. */
    public String torchName(Tensor out) {
        boolean scalar = numberDivisor || out.input(1).isWrappedNumber();
        return (floor ? "RemainderBackward" : "FmodBackward") + (scalar ? "0" : "1");
    }

    public boolean isTorchInput(Tensor out, int i) { return !(i == 1 && (numberDivisor || out.input(1).isWrappedNumber())); }

    public int saved(Tensor out) { return out.input(1).requiresGrad() ? 0b11 : 0; }

    public String notation(String... a) { return floor ? a[0] + " mod " + a[1] : "fmod(" + a[0] + ", " + a[1] + ")"; }

    public boolean broadcasts() { return true; }
}
