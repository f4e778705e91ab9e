package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.CascadeSum;
import dev.adjoint.ndarray.Moments;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/** Mean over axes: the sum divided by the count; the gradient spreads evenly over each reduced block. */
public final class Mean implements Op {
    private final int[] axes; // normalised against the input's rank
    private final boolean keepdims;
    private final boolean allAxes;
    private final int count;

    private final boolean dimGiven; // PyTorch names mean(dim=...) MeanBackward1 even when the dims are all of them
    private final int[] savedDims; // the dims as given, in their order
    private final boolean welford; // torch.var_mean's mean: Welford's running mean (see Moments), not the sum over the count

    Mean(int[] axes, boolean keepdims, int[] shape) {
        this(axes, keepdims, shape, axes.length != shape.length);
    }

    Mean(int[] axes, boolean keepdims, int[] shape, boolean dimGiven) {
        this(axes, keepdims, shape, dimGiven ? axes : null, false);
    }

    /** A mean over axes (in range) of the dims as given (null: none given), which MeanBackward1 saves so, a negative one too. */
    Mean(int[] axes, boolean keepdims, int[] shape, int[] givenDims) {
        this(axes, keepdims, shape, givenDims, false);
    }

    private Mean(int[] axes, boolean keepdims, int[] shape, int[] givenDims, boolean welford) {
        this.dimGiven = givenDims != null;
        this.savedDims = givenDims != null ? givenDims : axes;
        this.welford = welford;
        this.axes = axes;
        this.keepdims = keepdims;
        this.allAxes = axes.length == shape.length;
        int n = 1;
        for (int a : axes) n *= shape[a];
        this.count = n;
    }

    public String name() { return "mean"; }

    /** torch.var_mean's and std_mean's mean, from the same Welford update as their spread. */
    static Mean ofVarMean(int[] axes, boolean keepdims, int[] shape, boolean dimGiven) {
        return new Mean(axes, keepdims, shape, dimGiven ? axes : null, true);
    }

    /** PyTorch's CPU mean: its sum, divided by the count (not times 1/count: the last bits differ). */
    public NDArray compute(NDArray[] in) {
        if (welford) return Moments.welford(in[0], axes, keepdims, 0)[1];
        return CascadeSum.of(in[0], axes, keepdims).map(v -> v / count);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        int[] shape = out.input(0).shape();
        return new Tensor[] {Ops.broadcastTo(Ops.reshape(Ops.div(g, Ops.scalar(count)), Shapes.reduced(shape, axes, true)), shape)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mean(t[0], axes, keepdims); }

    public String torchName(Tensor out) { return !dimGiven && !keepdims ? "MeanBackward0" : "MeanBackward1"; }

    /** MeanBackward0's input count and sizes; MeanBackward1's dims, keepdim and sizes (beside the input itself). */
    public void savedValues(Tensor out, SavedValues into) {
        int[] shape = out.input(0).shape();
        if (torchName(out).equals("MeanBackward0")) into.int64("self_numel", Shapes.size(shape)).int64s("self_sizes", shape);
        else into.int64s("dim", savedDims).flag("keepdim", keepdims).int64s("self_sym_sizes", shape);
    }

    /** PyTorch's mean over given dims keeps its input (for the sizes); the mean of everything keeps nothing. */
    public int saved(Tensor out) { return !dimGiven && !keepdims ? 0 : 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) {
        return Ops.reduction("mean", a[0], axes, keepdims, allAxes);
    }
}
