package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.roll(a, shifts, dims): the entries moved {@code shifts[i]} places along {@code dims[i]},
 * those pushed off the end coming back at the start (RollBackward0); without dims (null), along
 * the flattened tensor, its shape kept. Linear: the gradient is the gradient rolled back, the
 * tangent rolled forward.
 */
public final class Roll implements Op {
    private final int[] shifts, dims;

    Roll(int[] shifts, int[] dims) {
        this.shifts = shifts;
        this.dims = dims;
    }

    public String name() { return "roll"; }

    public NDArray compute(NDArray[] in) {
        if (dims == null) return roll(in[0].reshape(in[0].size()), new int[] {0}).reshape(in[0].shape());
        return roll(in[0], dims);
    }

    private NDArray roll(NDArray a, int[] dims) {
        for (int i = 0; i < dims.length; i++) {
            int n = a.dim(dims[i]);
            if (n == 0) continue;
            int s = Math.floorMod(shifts[i], n);
            if (s == 0) continue;
            a = NDArray.concatenate(new NDArray[] {a.slice(dims[i], n - s, n, 1), a.slice(dims[i], 0, n - s, 1)}, dims[i]);
        }
        return a;
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        int[] back = new int[shifts.length];
        for (int i = 0; i < back.length; i++) back[i] = -shifts[i];
        return new Tensor[] {Tensor.apply(new Roll(back, dims), g)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public boolean isLinear() { return true; }

    public String notation(String... a) { return "roll(" + a[0] + ")"; }
}
