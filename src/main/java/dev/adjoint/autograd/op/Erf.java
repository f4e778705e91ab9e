package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/** erf(x), the error function; erf'(x) = 2/√π · e^(−x²) (PyTorch's ErfBackward0). */
public final class Erf extends Activation {
    static final Erf INSTANCE = new Erf();

    public String name() { return "erf"; }

    double value(double x) { return Sleef.erf(x); }

    Tensor slope(Tensor x) { return Ops.mul(Ops.exp(Ops.neg(Ops.square(x))), Ops.scalar(2 / Math.sqrt(Math.PI))); }

    String torchBase() { return "ErfBackward0"; }

    /** ErfBackward0's gradient is plain arithmetic in PyTorch (MulBackward0), not a backward-of-backward node. */
    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.mul(g, slope(out.input(0)))}; }
}
