package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;

/** Keeps the first (batch) axis and flattens the rest: (B, d1, d2, ...) → (B, d1·d2·...). */
public final class Flatten extends Module {
    @Override
    public Tensor forward(Tensor x) {
        int[] s = x.shape();
        if (s.length == 0) throw new IllegalArgumentException("Flatten needs a batch axis, got a 0-d tensor");
        int rest = 1;
        for (int i = 1; i < s.length; i++) rest *= s[i];
        return Ops.reshape(x, s[0], rest);
    }
}
