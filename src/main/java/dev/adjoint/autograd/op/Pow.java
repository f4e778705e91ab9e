package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.LibmPow;
import dev.adjoint.ndarray.NDArray;

/** a ** b, elementwise and broadcasting; the exponent may be a constant or a tensor. */
public final class Pow implements Op, ScalarRule {
    static final Pow INSTANCE = new Pow(false);
    /** A tensor to the power of a Python number: PyTorch's pow(Tensor, Scalar), which saves only the base. */
    static final Pow SCALAR_EXPONENT = new Pow(true);
    private final boolean scalarExponent;

    private Pow(boolean scalarExponent) {
        this.scalarExponent = scalarExponent;
    }

    public String name() { return "pow"; }

    /** pow(Tensor, Scalar) has the base as its only input. */
    public boolean isTorchInput(Tensor out, int i) { return scalarExponent ? i == 0 : !(i == 0 && out.input(0).isWrappedNumber()); }

    /** PyTorch refuses an integer base to a negative integer exponent: the result would not be an integer. */
    static void checkExponent(Tensor base, Tensor exponent) {
        if (base.dtype().isFloating() || exponent.dtype().isFloating()) return;
        for (double e : exponent.value().toArray())
            if (e < 0) throw new AutogradException("Integers to negative integer powers are not allowed.");
    }

    public NDArray compute(NDArray[] in) {
        if (scalarExponent) {
            double b = in[1].item();
            return shortcut(b) ? in[0].map(a -> scalarPower(a, b)) : PowKernel.tensorScalar(in[0], b);
        }
        return PowKernel.tensorTensor(in[0], in[1]);
    }

    /** Integers to non-negative integer powers, by squaring and wrapping as PyTorch's integer pow. */
    public NDArray computeInt64(NDArray[] in) { return in[0].zip(in[1], Int64Arithmetic.POWER); }

    public double value(double a, double b) { return power(a, b); }

    /** One element alone, as PyTorch's loop computes a single one: the exact shortcut or the C library's pow. */
    private double power(double a, double b) { return scalarExponent ? scalarPower(a, b) : LibmPow.pow(a, b); }

    /**
     * The Python-number exponents PyTorch's pow(Tensor, Scalar) computes by an exact expression of its own:
     * 0 and 1 in pow_Tensor_Scalar_out (a fill with 1, a copy: x ** 2's gradient takes x ** 1), the rest in its kernel.
     */
    private static boolean shortcut(double b) { return b == 2 || b == 3 || b == 0.5 || b == -0.5 || b == -1 || b == -2 || b == 1 || b == 0; }

    /**
     * PyTorch's pow(Tensor, Scalar) kernel: these exponents are computed as the exact expressions
     * it uses (x·x·x, 1/√x, ...), which can differ from pow() in the last bit (2^-0.5 · 8^0.5 is 2
     * only this way); the others with the C library's pow, as one element alone (PowKernel has
     * PyTorch's vector loop). A tensor exponent always takes pow().
     */
    private static double scalarPower(double a, double b) {
        if (b == 1) return a;
        if (b == 0) return 1;
        if (b == 2) return a * a;
        if (b == 3) return a * a * a;
        if (b == 0.5) return Math.sqrt(a);
        if (b == -0.5) return 1 / Math.sqrt(a);
        if (b == -1) return 1 / a;
        if (b == -2) return 1 / (a * a);
        return LibmPow.pow(a, b);
    }

    /** The arithmetic of baseSlope and exponentSlope below, on numbers. */
    public double adjoint(int i, double g, double a, double b, double y) {
        if (i == 0) return g * (b * power(a, (b + (b == 0 ? 1 : 0)) - 1));
        return g * (y * Math.log(a + (a == 0 && b >= 0 ? 1 : 0)));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(Ops.mul(g, baseSlope(a, b)), a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Ops.mul(g, exponentSlope(a, b, out)), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor da = t[0] == null ? null : Ops.mul(t[0], baseSlope(a, b));
        Tensor db = t[1] == null ? null : Ops.mul(t[1], exponentSlope(a, b, out));
        return Ops.broadcastTo(Ops.addOrFirst(da, db), out.shape());
    }

    /**
     * d/da a^b = b a^(b-1), and 0 where b = 0 (as PyTorch): there a^(b-1) can be 1/0, so the
     * exponent is moved to b + 1 by a constant mask, which b = 0 then multiplies away.
     */
    private Tensor baseSlope(Tensor a, Tensor b) {
        if (scalarExponent) { // PyTorch's pow_backward: b * a.pow(b - 1), a Python number's power again
            double e = b.item();
            return Ops.mul(b, Ops.pow(a, e == 0 ? 0 : e - 1));
        }
        Tensor zeroB = Tensor.constantLike(b.value().map(v -> v == 0 ? 1 : 0), b); // b's type: float32 stays float32
        return Ops.mul(b, Ops.pow(a, Ops.sub(Ops.add(b, zeroB), Ops.scalar(1))));
    }

    /** d/db a^b = a^b ln a, and 0 where a = 0 and b ≥ 0 (as PyTorch): there ln a is replaced by ln 1. */
    private static Tensor exponentSlope(Tensor a, Tensor b, Tensor out) {
        Tensor zeroA = Tensor.constantLike(a.value().zip(b.value(), (x, y) -> x == 0 && y >= 0 ? 1 : 0), a);
        return Ops.mul(out, Ops.log(Ops.add(a, zeroA)));
    }

    /** PowBackward2 is pow(Scalar, Tensor), torch.pow(2, x): the number base is no input there. */
    public String torchName(Tensor out) { return scalarExponent ? "PowBackward0" : out.input(0).isWrappedNumber() ? "PowBackward2" : "PowBackward1"; }



    public int saved(Tensor out) { return scalarExponent ? 1 : 3 | Op.OUTPUT; }

    /** PowBackward0's exponent, a Python number: an int or a float as given. */
    public void savedValues(Tensor out, SavedValues into) {
        if (!scalarExponent) return;
        Tensor e = out.input(1);
        double v = e.value().toArray()[0];
        into.scalar("exponent", e.dtype().isFloating() ? (Number) v : (Number) (long) v);
    }

    /** PowBackward2's base is a number, not a saved tensor. */
    public String savedName(Tensor out, int i) {
        return i == -1 ? "result" : i == 0 && !out.input(0).isWrappedNumber() ? "self" : i == 1 ? "exponent" : null;
    }

    public String notation(String... a) { return a[0] + " ^ " + a[1]; }

    public LocalRule localRule() { return LocalRule.same("$g * $b * $a^{$b - 1}", "$g * $o * ln $a"); }

    public boolean broadcasts() { return true; }

    public String domainNote(boolean nan) { return nan ? "nan: negative base to a fractional power" : "inf: 0 to a negative power, or overflow"; }
}
