package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/** Repeats a tensor to a larger shape; on the way back the copies' adjoints are summed. */
public final class BroadcastTo implements Op {
    private final int[] shape;

    BroadcastTo(int[] shape) {
        this.shape = shape;
    }

    public String name() { return "broadcast_to"; }

    public NDArray compute(NDArray[] in) { return in[0].broadcastTo(shape); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.sumToShape(g, out.input(0).shape())}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.broadcastTo(t[0], shape); }

    public String torchName(Tensor out) { return "ExpandBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { into.int64s("self_sym_sizes", out.input(0).shape()); }

    public String notation(String... a) { return "broadcast_to(" + a[0] + ", " + Shapes.str(shape) + ")"; }

    public boolean broadcasts() { return true; }

    public boolean isLinear() { return true; }
}
