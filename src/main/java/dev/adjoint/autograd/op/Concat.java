package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Joins tensors along an existing axis; each input's gradient is its slice of the output's. */
public final class Concat implements Op {
    private final int axis;
    private final String torchName; // cat, or a composite PyTorch names as a whole (a grouped convolution)
    private final int givenAxis; // the dim as given (negative too), which CatBackward0 saves

    Concat(int axis, String torchName, int givenAxis) {
        this.axis = axis;
        this.torchName = torchName;
        this.givenAxis = givenAxis;
    }

    public String name() { return "concat"; }

    public NDArray compute(NDArray[] in) { return NDArray.concatenate(in, axis); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor[] parts = new Tensor[out.inputCount()];
        int start = 0;
        for (int i = 0; i < parts.length; i++) {
            int len = out.input(i).shape()[axis];
            List<Index> items = new ArrayList<>(Collections.nCopies(axis, (Index) Index.Slice.ALL));
            items.add(new Index.Slice(start, start + len, 1));
            parts[i] = Ops.getItem(g, items);
            start += len;
        }
        return parts;
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor[] full = new Tensor[t.length];
        for (int i = 0; i < t.length; i++) full[i] = t[i] != null ? t[i] : Tensor.constant(NDArray.zeros(out.input(i).shape()));
        return Tensor.apply(this, full);
    }

    public String torchName(Tensor out) { return torchName; }

    /** cat's dim (in range); a composite named as a whole saves what its own node does, none of cat's. */
    public void savedValues(Tensor out, SavedValues into) {
        if (torchName.equals("CatBackward0")) into.int64("dim", givenAxis);
    }

    public String notation(String... a) { return "concat([" + String.join(", ", a) + "], axis=" + axis + ")"; }
}
