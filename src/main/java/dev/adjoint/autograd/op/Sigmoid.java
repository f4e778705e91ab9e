package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * σ(a) = 1 / (1 + e^−a) as PyTorch 1.13's kernel computes it: with SLEEF's exp in its vectors of 8
 * and the C library's (Java's Math.exp: the same but for 1 input in 450) for the last n mod 8 and
 * for a single number; σ' = (1 − σ)·σ (SigmoidBackward).
 */
public final class Sigmoid implements Op, ScalarRule {
    static final Sigmoid INSTANCE = new Sigmoid();

    public String name() { return "sigmoid"; }

    public NDArray compute(NDArray[] in) {
        return VectorKernel.map(in[0], x -> 1 / (1 + Sleef.exp(-x)), x -> value(x, 0));
    }

    public double value(double a, double b) { return 1 / (1 + Math.exp(-a)); }

    public double adjoint(int i, double g, double a, double b, double y) { return SigmoidBackward.INSTANCE.of(g, y); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Tensor.apply(SigmoidBackward.INSTANCE, g, out)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(SigmoidBackward.INSTANCE, t[0], out); }

    public String torchName(Tensor out) { return "SigmoidBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "σ(" + a[0] + ")"; }

    public LocalRule localRule() { return LocalRule.same("$g * $o * (1 - $o)"); }
}
