package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;

/** max(x, 0) elementwise. */
public final class ReLU extends Module {
    @Override
    public Tensor forward(Tensor x) {
        return Ops.relu(x);
    }
}
