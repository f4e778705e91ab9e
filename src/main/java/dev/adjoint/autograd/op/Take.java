package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * Picks entries by position: out.flat[i] = x.flat[positions[i]]. Advanced indexing (x[mask],
 * x[idx], x[rows, cols]), gather and max along a dim are this op with their own positions; the
 * gradient adds each entry back where it came from ({@link Put}), so repeated positions
 * accumulate and a max's gradient goes to the index it returned.
 */
public final class Take implements Op {
    private final int[] positions; // flat row-major positions in the input, one per output entry
    private final int[] shape;
    private final String torchName;
    private final int saved;
    private final java.util.function.Consumer<SavedValues> savedValues; // what the node of the op it stands for saves beside its input (a pool's options); null: nothing

    /** {@code saved}: what PyTorch's node keeps (its index tensor at least, {@link Op#CONSTANT}). */
    Take(int[] positions, int[] shape, String torchName, int saved) {
        this(positions, shape, torchName, saved, null);
    }

    Take(int[] positions, int[] shape, String torchName, int saved, java.util.function.Consumer<SavedValues> savedValues) {
        this.positions = positions;
        this.shape = shape;
        this.torchName = torchName;
        this.saved = saved;
        this.savedValues = savedValues;
    }

    public void savedValues(Tensor out, SavedValues into) {
        if (savedValues != null) savedValues.accept(into);
    }

    public String name() { return "take"; }

    public NDArray compute(NDArray[] in) {
        return entries(in[0], positions, shape);
    }

    /** x.flat[positions] shaped {@code shape}: what this op computes and what a view's data is (ViewCell). */
    public static NDArray entries(NDArray x, int[] positions, int[] shape) {
        return x.gather(positions, shape);
    }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Tensor.apply(new Put(positions, out.input(0).shape()), g)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public String torchName(Tensor out) { return torchName; }

    public int saved(Tensor out) { return saved; }

    public String notation(String... a) { return a[0] + "[index]"; }
}
