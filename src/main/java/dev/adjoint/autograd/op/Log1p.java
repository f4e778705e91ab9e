package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * log(1 + a) without forming 1 + a, which loses a's digits below 1e-16 (log1p(1e-20) is 1e-20,
 * not 0); the gradient g / (a + 1) as PyTorch's Log1PBackward0.
 */
final class Log1p implements Op {
    static final Log1p INSTANCE = new Log1p();

    public String name() { return "log1p"; }

    public NDArray compute(NDArray[] in) { return in[0].map(Sleef::log1p); } // SLEEF's, as PyTorch's kernel

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.div(g, Ops.add(out.input(0), Ops.scalar(1)))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.div(t[0], Ops.add(out.input(0), Ops.scalar(1))); }

    public String torchName(Tensor out) { return "Log1PBackward0"; }

    public int saved(Tensor out) { return 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "log1p " + a[0]; }
}
