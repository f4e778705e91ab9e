package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/** Max over axes; the gradient goes to the maximal entries, shared equally among ties (torch.amax, and x.max() without dim). */
public final class Max implements Op {
    private final int[] axes;
    private final boolean keepdims;
    private final boolean allAxes; // for the notation: "sum(v1)" rather than listing every axis
    private final String torchName; // null: x.max()'s MaxBackward1 over all axes, else AmaxBackward0

    Max(int[] axes, boolean keepdims, int ndim) {
        this(axes, keepdims, ndim, null);
    }

    Max(int[] axes, boolean keepdims, int ndim, String torchName) {
        this.axes = axes;
        this.keepdims = keepdims;
        this.allAxes = axes.length == ndim;
        this.torchName = torchName;
    }

    public String name() { return "max"; }

    public NDArray compute(NDArray[] in) { return in[0].max(axes, keepdims); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        int[] shape = out.input(0).shape();
        return new Tensor[] {Ops.mul(Ops.broadcastTo(Ops.reshape(g, Shapes.reduced(shape, axes, true)), shape), share(out))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.sum(Ops.mul(t[0], share(out)), axes, keepdims); }

    /** Constant weights, 1/k on each of the k maximal entries of a reduced block and 0 elsewhere (a constant in PyTorch too: create_graph does not keep it). */
    private Tensor share(Tensor out) {
        NDArray x = out.input(0).value();
        NDArray hit = x.zip(x.max(axes, true), (v, mv) -> v == mv ? 1 : 0);
        return Tensor.constant(hit.div(hit.sum(axes, true)));
    }

    public String torchName(Tensor out) { return torchName != null ? torchName : allAxes && !keepdims ? "MaxBackward1" : "AmaxBackward0"; }

    /** amax's and amin's dims and keepdim (max() over all saves none). */
    public void savedValues(Tensor out, SavedValues into) {
        String n = torchName(out);
        if (n.equals("AmaxBackward0") || n.equals("AminBackward0")) into.int64s("dim", axes).flag("keepdim", keepdims);
    }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    public String notation(String... a) {
        return Ops.reduction("max", a[0], axes, keepdims, allAxes);
    }
}
