package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;

/** 2^x (the C library's exp2, which torch.exp2 calls per element); its derivative is 2^x · ln 2, from the saved result as PyTorch's grad · result · M_LN2. */
final class Exp2 extends PointwiseFunction {
    static final Exp2 INSTANCE = new Exp2();

    public String name() { return "exp2"; }

    double value(double x) { return dev.adjoint.ndarray.LibmExp.exp2(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(Ops.mul(g, y), Ops.scalar(Math.log(2))); }

    public int saved(Tensor out) { return Op.OUTPUT; }
}
