package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** tanh a, a primitive because composing it from exp overflows for large inputs; tanh' = 1 − tanh² (TanhBackward). */
public final class Tanh implements Op, ScalarRule {
    static final Tanh INSTANCE = new Tanh();

    public String name() { return "tanh"; }

    public NDArray compute(NDArray[] in) { return in[0].map(Sleef::tanh); }

    public double value(double a, double b) { return Sleef.tanh(a); }

    public double adjoint(int i, double g, double a, double b, double y) { return TanhBackward.INSTANCE.of(g, y); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Tensor.apply(TanhBackward.INSTANCE, g, out)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(TanhBackward.INSTANCE, t[0], out); }

    public String torchName(Tensor out) { return "TanhBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "tanh " + a[0]; }

    public LocalRule localRule() { return LocalRule.same("$g * (1 - $o^{2})"); }
}
