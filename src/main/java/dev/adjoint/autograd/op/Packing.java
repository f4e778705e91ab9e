package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import java.util.ArrayList;
import java.util.List;

/**
 * The tensors of torch.nn.utils.rnn under PyTorch's node names: sequences padded into a batch
 * (pad_sequence, whose copies into a filled tensor PyTorch shows as CopySlices) and the rows of a
 * padded batch packed step after step (PackPaddedSequenceBackward0).
 */
public final class Packing {
    private Packing() {}

    /** Equal-shaped sequences (already padded to one length) stacked along axis 1, or 0 with batch_first. */
    public static Tensor padded(List<Tensor> sequences, boolean batchFirst) {
        int axis = batchFirst ? 0 : 1;
        List<Tensor> parts = new ArrayList<>();
        for (Tensor s : sequences) parts.add(Ops.unsqueeze(s, axis));
        return Ops.concat(parts, axis, "CopySlices");
    }

    /**
     * A (T, B, *) batch packed: for each step t the first {@code sizes[t]} entries of the batch in
     * the order {@code order} (null: as it is), the steps one after another.
     */
    public static Tensor pack(Tensor x, int[] sizes, int[] order) {
        List<Tensor> steps = new ArrayList<>();
        for (int t = 0; t < sizes.length; t++) {
            Tensor step = Ops.getItem(x, List.of(new Index.At(t)));
            if (order == null) steps.add(Ops.getItem(step, List.of(new Index.Slice(0, sizes[t], 1))));
            else {
                List<Tensor> rows = new ArrayList<>();
                for (int b = 0; b < sizes[t]; b++) rows.add(Ops.getItem(step, List.of(new Index.At(order[b]))));
                steps.add(Ops.stack(rows, 0));
            }
        }
        return Ops.concat(steps, 0, "PackPaddedSequenceBackward0");
    }
}
