package dev.adjoint.autograd.op;

import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Fused;
import dev.adjoint.ndarray.NDArray;

/** max(a, 0); its gradient passes g where the result is not ≤ 0 and is +0 elsewhere (0 at a = 0), as PyTorch's threshold_backward. */
public final class Relu implements Op, ScalarRule {
    static final Relu INSTANCE = new Relu();

    public String name() { return "relu"; }

    public NDArray compute(NDArray[] in) { return Fused.relu(in[0]); }

    public double value(double a, double b) { return Fused.relu(a); }

    public double adjoint(int i, double g, double a, double b, double y) { return y <= 0 ? 0.0 : g; }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.thresholdBackward(g, out)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.thresholdBackward(t[0], out); }

    public String torchName(Tensor out) { return "ReluBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public String notation(String... a) { return "relu " + a[0]; }

    public LocalRule localRule() { return LocalRule.same("$g * [$a > 0]"); }
}
