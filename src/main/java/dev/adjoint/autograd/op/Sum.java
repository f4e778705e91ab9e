package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.CascadeSum;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.NumpySum;
import dev.adjoint.ndarray.Shapes;

/** Sum over axes; the gradient spreads back by broadcasting. */
public final class Sum implements Op {
    private final int[] axes; // normalised against the input's rank
    private final boolean keepdims;
    private final boolean allAxes; // only for the notation: "sum(v1)" rather than listing every axis

    private final boolean dimGiven; // PyTorch names sum(dim=...) SumBackward1 even when the dims are all of them
    private final int[] savedDims; // the dims as given, in their order

    Sum(int[] axes, boolean keepdims, int ndim) {
        this(axes, keepdims, ndim, axes.length != ndim);
    }

    Sum(int[] axes, boolean keepdims, int ndim, boolean dimGiven) {
        this(axes, keepdims, ndim, dimGiven ? axes : null);
    }

    /** A sum over axes (in range) of the dims as given (null: none given), which SumBackward1 saves so, a negative one too. */
    Sum(int[] axes, boolean keepdims, int ndim, int[] givenDims) {
        this.axes = axes;
        this.keepdims = keepdims;
        this.allAxes = axes.length == ndim;
        this.dimGiven = givenDims != null;
        this.savedDims = givenDims != null ? givenDims : axes;
    }

    public String name() { return "sum"; }

    /** In PyTorch's order of additions (its last bits show, e.g. whether normalised rows sum to exactly 1). */
    public NDArray compute(NDArray[] in) { return CascadeSum.of(in[0], axes, keepdims); }

    /** A needle float32 array's sum is NumPy's: pairwise, every partial sum rounded to float32 (hw2's LayerNorm1d tests see its last bits). */
    public NDArray computeNumpyFloat32(NDArray[] in) { return NumpySum.over(in[0], axes, keepdims, true); }

    public NDArray computeInt64(NDArray[] in) {
        Prod.Blocks b = new Prod.Blocks(in[0], axes);
        double[] out = new double[b.count];
        for (int i = 0; i < b.count; i++) out[i] = Int64Arithmetic.sum(b.values, i * b.size, b.size);
        return NDArray.of(out, Shapes.reduced(in[0].shape(), axes, keepdims));
    }

    /** PyTorch's formula step by step (a node called directly may be given a gradient of any shape): the summed axes put back as size 1, then expanded. */
    public Tensor[] vjp(Tensor g, Tensor out) {
        int[] shape = out.input(0).shape(), sorted = axes.clone();
        java.util.Arrays.sort(sorted);
        Tensor kept = g;
        if (torchName(out).equals("SumBackward1") && !keepdims) for (int a : sorted) kept = Ops.unsqueeze(kept, a);
        return new Tensor[] {Ops.expand(kept, shape)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.sum(t[0], axes, keepdims); }

    public String torchName(Tensor out) { return !dimGiven && !keepdims ? "SumBackward0" : "SumBackward1"; }

    /** The input's sizes; SumBackward1's dims (as given) and keepdim. */
    public void savedValues(Tensor out, SavedValues into) {
        if (torchName(out).equals("SumBackward1")) into.int64s("dim", savedDims).flag("keepdim", keepdims);
        into.int64s("self_sym_sizes", out.input(0).shape());
    }

    /** A sum of bools counts them. */
    public DType dtype(Tensor[] in) { return in[0].dtype().accumulator(); }

    public String notation(String... a) {
        return Ops.reduction("sum", a[0], axes, keepdims, allAxes);
    }

    public boolean isLinear() { return true; }
}
