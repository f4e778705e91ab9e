package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * glu(x, dim): the first half a of x along dim gated by the second b, a·σ(b) (GluBackward0); the
 * gradients g·σ(b) for a and g·a·σ(b)(1 − σ(b)) for b, joined back along dim.
 */
final class Glu implements Op {
    private final int axis;

    Glu(int axis) {
        this.axis = axis;
    }

    public String name() { return "glu"; }

    public NDArray compute(NDArray[] in) {
        int half = in[0].shape()[axis] / 2;
        NDArray a = in[0].slice(axis, 0, half, 1), b = in[0].slice(axis, half, 2 * half, 1);
        return a.zip(b, (x, y) -> x / (1 + Math.exp(-y)));
    }

    /** The first (0) or second (1) half of x along the axis, as a differentiable slice. */
    private Tensor half(Tensor x, int which) {
        int half = x.shape()[axis] / 2;
        List<Object> items = new ArrayList<>();
        for (int d = 0; d < axis; d++) items.add(Index.Slice.ALL);
        items.add(new Index.Slice(which * half, (which + 1) * half, null));
        return Indexing.get(x, items);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(0), a = half(x, 0), s = Ops.sigmoid(half(x, 1));
        Tensor da = Ops.mul(g, s), db = Ops.mul(Ops.mul(g, a), Ops.mul(s, Ops.sub(Ops.scalar(1), s)));
        return new Tensor[] {Ops.concat(List.of(da, db), axis)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor x = out.input(0), a = half(x, 0), s = Ops.sigmoid(half(x, 1));
        Tensor ta = half(t[0], 0), tb = half(t[0], 1);
        return Ops.add(Ops.mul(ta, s), Ops.mul(Ops.mul(a, tb), Ops.mul(s, Ops.sub(Ops.scalar(1), s))));
    }

    public int saved(Tensor out) { return 0b1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }
}
