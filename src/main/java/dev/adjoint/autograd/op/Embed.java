package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.List;

/** Places a tensor into zeros of a larger shape at a subscript: the adjoint of {@link GetItem}, and vice versa. */
public final class Embed implements Op {
    private final List<Index> items;
    private final int[] shape;

    Embed(List<Index> items, int[] shape) {
        this.items = items;
        this.shape = shape;
    }

    public String name() { return "embed"; }

    public NDArray compute(NDArray[] in) { return NDArray.embed(in[0], shape, items); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Tensor.apply(new GetItem(items), g)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public String notation(String... a) {
        return "embed(" + a[0] + " at [" + GetItem.subscript(items) + "] of " + Shapes.str(shape) + ")";
    }
}
