package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;

/** fn(x) + x. */
public final class Residual extends Module {
    private final Module fn;

    public Residual(Module fn) {
        this.fn = registerModule("fn", fn);
    }

    @Override
    public Tensor forward(Tensor x) {
        return Ops.add(fn.call(x), x);
    }

    public Module fn() {
        return fn;
    }
}
