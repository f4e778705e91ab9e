package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Stacks equal-shaped tensors along a new axis as PyTorch's one node StackBackward0 (its
 * next_functions are the stacked tensors' own); each input's gradient is its slice of the output's.
 */
public final class Stack implements Op {
    private final int axis;

    Stack(int axis) {
        this.axis = axis;
    }

    public String name() { return "stack"; }

    public NDArray compute(NDArray[] in) {
        NDArray[] parts = new NDArray[in.length];
        for (int i = 0; i < in.length; i++) parts[i] = in[i].reshape(withAxis(in[i].shape()));
        return NDArray.concatenate(parts, axis);
    }

    private int[] withAxis(int[] s) {
        int[] t = new int[s.length + 1];
        for (int j = 0, m = 0; j < t.length; j++) t[j] = j == axis ? 1 : s[m++];
        return t;
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor[] parts = new Tensor[out.inputCount()];
        for (int i = 0; i < parts.length; i++) {
            if (!out.input(i).requiresGrad()) continue;
            List<Index> items = new ArrayList<>(Collections.nCopies(axis, (Index) Index.Slice.ALL));
            items.add(new Index.At(i));
            parts[i] = Ops.getItem(g, items);
        }
        return parts;
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor[] full = new Tensor[t.length];
        for (int i = 0; i < t.length; i++) full[i] = t[i] != null ? t[i] : Tensor.constant(NDArray.zeros(out.input(i).shape()));
        return Tensor.apply(this, full);
    }

    public String torchName(Tensor out) { return "StackBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { into.int64("dim", axis); }

    public String notation(String... a) { return "stack([" + String.join(", ", a) + "], axis=" + axis + ")"; }
}
