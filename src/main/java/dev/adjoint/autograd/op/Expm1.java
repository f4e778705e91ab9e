package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * e^a − 1 without forming e^a, which loses a's digits near 0 (expm1(1e-10) is 1.00000000005e-10),
 * SLEEF's as torch.expm1's;
 * the gradient g · (out + 1) as PyTorch's Expm1Backward0.
 */
final class Expm1 implements Op {
    static final Expm1 INSTANCE = new Expm1();

    public String name() { return "expm1"; }

    public NDArray compute(NDArray[] in) { return in[0].map(Sleef::expm1); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.mul(g, Ops.add(out, Ops.scalar(1)))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], Ops.add(out, Ops.scalar(1))); }

    public String torchName(Tensor out) { return "Expm1Backward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "expm1 " + a[0]; }
}
