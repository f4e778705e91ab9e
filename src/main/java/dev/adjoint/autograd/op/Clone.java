package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * clone(): the same values in a new tensor (arrays are immutable, so nothing is copied); the
 * identity's derivatives. {@link #COMPACT}, contiguous() of a view, lays the values out in row
 * order, as PyTorch's copy does: a BLAS call then reads them with unit strides (and sums them in
 * that kernel's order, {@code GemvOrder}).
 */
public final class Clone implements Op {
    static final Clone INSTANCE = new Clone(false), COMPACT = new Clone(true);

    private final boolean compact;

    private Clone(boolean compact) {
        this.compact = compact;
    }

    public String name() { return "clone"; }

    public NDArray compute(NDArray[] in) { return compact ? in[0].compact() : in[0]; }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {g}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return t[0]; }

    public String torchName(Tensor out) { return "CloneBackward0"; }

    public String notation(String... a) { return "clone(" + a[0] + ")"; }
}
