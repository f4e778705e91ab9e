package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** σ(a) = 1 / (1 + e^−a), computed without overflow on either side; σ' = σ(1 − σ). */
public final class Sigmoid implements Op, ScalarRule {
    static final Sigmoid INSTANCE = new Sigmoid();

    public String name() { return "sigmoid"; }

    public NDArray compute(NDArray[] in) {
        return in[0].map(x -> value(x, 0));
    }

    public double value(double a, double b) { return a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a)); }

    public double adjoint(int i, double g, double a, double b, double y) { return g * (y * (1 - y)); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.named("SigmoidBackwardBackward0", Mul.INSTANCE, g, slope(out))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], slope(out)); }

    private static Tensor slope(Tensor out) { return Ops.mul(out, Ops.sub(Ops.scalar(1), out)); }

    public String torchName(Tensor out) { return "SigmoidBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "σ(" + a[0] + ")"; }

    public LocalRule localRule() { return LocalRule.same("$g * $o * (1 - $o)"); }
}
