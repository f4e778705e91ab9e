package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;

/** tan x; tan' = 1 + tan², from the saved result as PyTorch's grad · (1 + result.pow(2)). */
final class Tan extends PointwiseFunction {
    static final Tan INSTANCE = new Tan();

    public String name() { return "tan"; }

    double value(double x) { return StrictMath.tan(x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.add(Ops.square(y), one())); }

    public int saved(Tensor out) { return Op.OUTPUT; }
}
