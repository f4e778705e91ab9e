package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * tan x as PyTorch's CPU kernel computes it (SLEEF's tan in vectors of four, see
 * VectorKernel.mapInFours and {@link SleefTrig}); tan' = 1 + tan², from the saved result as
 * PyTorch's grad · (1 + result.pow(2)).
 */
final class Tan extends PointwiseFunction {
    static final Tan INSTANCE = new Tan();

    public String name() { return "tan"; }

    double value(double x) { return SleefTrig.tan(x, Sin.lone(x)); }

    public NDArray compute(NDArray[] in) { return VectorKernel.mapInFours(in[0], SleefTrig::tan); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.add(Ops.square(y), one())); }

    public int saved(Tensor out) { return Op.OUTPUT; }
}
