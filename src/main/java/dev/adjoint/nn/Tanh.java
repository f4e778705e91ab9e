package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;

/** tanh(x) elementwise. */
public final class Tanh extends Module {
    @Override
    public Tensor forward(Tensor x) {
        return Ops.tanh(x);
    }
}
