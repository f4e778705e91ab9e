package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * An embedding lookup: the weight's rows at the given indices (PyTorch's EmbeddingBackward0). Like
 * {@link Take}, the gradient adds each row's adjoint back into its row, except for lookups of the
 * padding row ({@code counts}: 0 there, else 1), whose adjoint is dropped, as PyTorch's padding_idx.
 */
public final class EmbeddingLookup implements Op {
    private final int[] positions;
    private final int[] shape;
    private final NDArray counts; // null: every lookup counts
    private final Tensor indices; // what PyTorch's node saves beside the weight: the indices, and padding_idx (-1: none)
    private final long paddingIdx;

    EmbeddingLookup(int[] positions, int[] shape, NDArray counts, Tensor indices, long paddingIdx) {
        this.positions = positions;
        this.shape = shape;
        this.counts = counts;
        this.indices = indices;
        this.paddingIdx = paddingIdx;
    }

    /**
     * embedding: the rows of {@code weight} (V, D) at int64 {@code indices} of any shape, giving
     * indices.shape + (D,); lookups of {@code paddingIdx} (null: none) get no gradient.
     */
    public static Tensor embedding(Tensor indices, Tensor weight, Integer paddingIdx) {
        if (indices.dtype() != DType.INT64 && indices.dtype() != DType.INT32)
            throw new AutogradException("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch."
                    + indices.dtype().scalarName() + "Tensor instead (while checking arguments for embedding)");
        if (weight.ndim() != 2) throw new AutogradException("'weight' must be 2-D");
        int rows = weight.shape()[0], d = weight.shape()[1];
        double[] idx = indices.value().toArray();
        int[] positions = new int[idx.length * d];
        double[] counts = paddingIdx == null ? null : new double[positions.length];
        for (int i = 0; i < idx.length; i++) {
            long r = (long) idx[i];
            if (r < 0 || r >= rows) throw new Indexing.IndexOutOfBounds("index out of range in self");
            for (int j = 0; j < d; j++) {
                positions[i * d + j] = (int) r * d + j;
                if (counts != null) counts[i * d + j] = r == paddingIdx ? 0 : 1;
            }
        }
        int[] shape = Arrays.copyOf(indices.shape(), indices.ndim() + 1);
        shape[indices.ndim()] = d;
        return Tensor.apply(new EmbeddingLookup(positions, shape, counts == null ? null : NDArray.adopt(counts, shape), indices, paddingIdx == null ? -1 : paddingIdx), weight);
    }

    public String name() { return "embedding"; }

    public NDArray compute(NDArray[] in) { return Take.entries(in[0], positions, shape); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor counted = counts == null ? g : Ops.mul(g, Tensor.constant(counts));
        return new Tensor[] {Tensor.apply(new Put(positions, out.input(0).shape()), counted)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public boolean isLinear() { return true; }

    public String torchName(Tensor out) { return "EmbeddingBackward0"; }

    public int saved(Tensor out) { return Op.CONSTANT; }

    /** EmbeddingBackward0's: the indices, padding_idx, and the options adjoint has only off (scale_grad_by_freq, sparse); the weight (its input). */
    public void savedValues(Tensor out, SavedValues into) {
        into.tensor("indices", indices).int64("padding_idx", paddingIdx).flag("scale_grad_by_freq", false).flag("sparse", false).tensor("weight", out.input(0));
    }

    public String notation(String... a) { return a[0] + "[indices]"; }
}
