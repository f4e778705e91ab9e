package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** clone(): the same values in a new tensor (arrays are immutable, so nothing is copied); the identity's derivatives. */
public final class Clone implements Op {
    static final Clone INSTANCE = new Clone();

    public String name() { return "clone"; }

    public NDArray compute(NDArray[] in) { return in[0]; }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {g}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return t[0]; }

    public String torchName(Tensor out) { return "CloneBackward0"; }

    public String notation(String... a) { return "clone(" + a[0] + ")"; }
}
