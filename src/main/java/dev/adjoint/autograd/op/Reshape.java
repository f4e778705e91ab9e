package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/** Same values, new shape. */
public final class Reshape implements Op {
    private final int[] shape;
    private final String torchName; // view, reshape, flatten, squeeze and unsqueeze are all this op in PyTorch's names
    private final int dim; // the dim squeeze(dim) or unsqueeze(dim) was given (negative too, saved so), NO_DIM when none was
    private static final int NO_DIM = Integer.MIN_VALUE;

    Reshape(int[] shape, String torchName) {
        this(shape, torchName, NO_DIM);
    }

    Reshape(int[] shape, String torchName, int dim) {
        this.shape = shape;
        this.torchName = torchName;
        this.dim = dim;
    }

    public String name() { return "reshape"; }

    public NDArray compute(NDArray[] in) { return in[0].reshape(shape); }

    public boolean movesEntriesOnly() { return true; }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.reshape(g, out.input(0).shape())}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.reshape(t[0], shape); }

    public String torchName(Tensor out) { return torchName; }

    /** What PyTorch's node of each name saves: the input's sizes, and squeeze's and unsqueeze's dim. */
    public void savedValues(Tensor out, SavedValues into) {
        int[] in = out.input(0).shape();
        switch (torchName) {
            case "ViewBackward0", "ReshapeAliasBackward0", "UnsafeViewBackward0" -> into.int64s("self_sym_sizes", in);
            case "SqueezeBackward0", "SqueezeBackward2" -> into.int64s("self_sizes", in);
            case "SqueezeBackward1", "SqueezeBackward3" -> into.int64("dim", dim != NO_DIM ? dim : firstDifference(in, shape)).int64s("self_sizes", in);
            case "UnsqueezeBackward0", "UnsqueezeBackward1" -> into.int64("dim", dim != NO_DIM ? dim : firstDifference(shape, in));
            default -> { }
        }
    }

    /** The first axis where a longer shape differs from a shorter one (past its end: its length): the axis a squeeze took out or an unsqueeze put in. */
    private static int firstDifference(int[] longer, int[] shorter) {
        int i = 0;
        while (i < shorter.length && longer[i] == shorter[i]) i++;
        return i;
    }

    public String notation(String... a) { return "reshape(" + a[0] + ", " + Shapes.str(shape) + ")"; }

    public boolean isLinear() { return true; }
}
