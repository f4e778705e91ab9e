package dev.adjoint.autograd.op;

import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Fused;
import dev.adjoint.ndarray.NDArray;

/** max(a, 0); its slope is the constant mask a > 0 (0 at a = 0, as PyTorch and needle). */
public final class Relu implements Op, ScalarRule {
    static final Relu INSTANCE = new Relu();

    public String name() { return "relu"; }

    public NDArray compute(NDArray[] in) { return Fused.relu(in[0]); }

    public double value(double a, double b) { return a > 0 ? a : a == a ? 0 : a; }

    public double adjoint(int i, double g, double a, double b, double y) { return g * (y > 0 ? 1 : 0); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.named("ThresholdBackwardBackward0", Mul.INSTANCE, g, Ops.positive(out))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], Ops.positive(out)); }

    public String torchName(Tensor out) { return "ReluBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public String notation(String... a) { return "relu " + a[0]; }

    public LocalRule localRule() { return LocalRule.same("$g * [$a > 0]"); }
}
