package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;

/** 1 / (1 + exp(−x)) elementwise. */
public final class Sigmoid extends Module {
    @Override
    public Tensor forward(Tensor x) {
        return Ops.sigmoid(x);
    }
}
