package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/** Reorders axes; the gradient is permuted back by the inverse permutation. */
public final class Permute implements Op {
    private final int[] axes;
    private final String torchName; // permute, transpose, t() and .T are all this op in PyTorch's names
    private final int dim0, dim1; // the axes transpose(dim0, dim1) swapped, as given (saved so)

    private final int[] givenDims; // permute's dims as given (negative too), which PermuteBackward0 saves

    Permute(int[] axes, String torchName) {
        this(axes, torchName, axes);
    }

    Permute(int[] axes, String torchName, int[] givenDims) {
        this(axes, torchName, 0, 0, givenDims);
    }

    Permute(int[] axes, String torchName, int dim0, int dim1) {
        this(axes, torchName, dim0, dim1, axes);
    }

    private Permute(int[] axes, String torchName, int dim0, int dim1, int[] givenDims) {
        this.axes = axes;
        this.torchName = torchName;
        this.dim0 = dim0;
        this.dim1 = dim1;
        this.givenDims = givenDims;
    }

    public String name() { return "permute"; }

    public NDArray compute(NDArray[] in) { return in[0].permute(axes); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        int[] inverse = new int[axes.length];
        for (int i = 0; i < axes.length; i++) inverse[axes[i]] = i;
        return new Tensor[] {Ops.permute(g, inverse)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.permute(t[0], axes); }

    public String torchName(Tensor out) { return torchName; }

    /** PermuteBackward0's dims, TransposeBackward0's two (t()'s TBackward0 saves none). */
    public void savedValues(Tensor out, SavedValues into) {
        if (torchName.startsWith("Permute")) into.int64s("dims", givenDims);
        else if (torchName.startsWith("Transpose")) into.int64("dim0", dim0).int64("dim1", dim1);
    }

    public String notation(String... a) {
        if (axes.length == 2 && axes[0] == 1 && axes[1] == 0) return a[0] + "ᵀ";
        return "permute(" + a[0] + ", " + Shapes.str(axes) + ")";
    }

    public boolean isLinear() { return true; }
}
