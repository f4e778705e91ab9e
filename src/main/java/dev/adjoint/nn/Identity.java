package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;

/** Returns its input. */
public final class Identity extends Module {
    @Override
    public Tensor forward(Tensor x) {
        return x;
    }
}
