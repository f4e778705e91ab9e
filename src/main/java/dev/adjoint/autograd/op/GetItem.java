package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.List;

/** x[i, a:b] (integers and slices); the gradient is placed back into zeros of the input's shape. */
public final class GetItem implements Op {
    private final List<Index> items;

    GetItem(List<Index> items) {
        this.items = List.copyOf(items);
    }

    public String name() { return "getitem"; }

    public NDArray compute(NDArray[] in) { return in[0].select(items); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Tensor.apply(new Embed(items, out.input(0).shape()), g)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    /** PyTorch indexes item by item; the node it shows is the last one's: an integer selects, a slice slices. */
    public String torchName(Tensor out) {
        for (int k = items.size() - 1; k >= 0; k--) {
            if (items.get(k) instanceof Index.At) return "SelectBackward0";
            if (items.get(k) instanceof Index.Slice s && !s.equals(Index.Slice.ALL)) return "SliceBackward0";
        }
        return "AliasBackward0";
    }

    /**
     * What the node of the last item that selects or slices saves (PyTorch indexes item by item):
     * its dim and index, or its dim, start, end (None: the largest int64) and step as given, and
     * the sizes of the tensor the items before it made.
     */
    public void savedValues(Tensor out, SavedValues into) {
        int last = items.size() - 1;
        while (last >= 0 && !(items.get(last) instanceof Index.At) && items.get(last).equals(Index.Slice.ALL)) last--;
        if (last < 0) return;
        java.util.List<Integer> shape = new java.util.ArrayList<>();
        for (int n : out.input(0).shape()) shape.add(n);
        int dim = 0;
        for (int k = 0; k < last; k++) {
            if (items.get(k) instanceof Index.At) shape.remove(dim);
            else if (items.get(k) instanceof Index.Slice s) shape.set(dim, s.length(shape.get(dim++)));
        }
        int[] sizes = shape.stream().mapToInt(Integer::intValue).toArray();
        if (items.get(last) instanceof Index.At at) {
            into.int64("dim", dim).int64("index", at.index()).int64s("self_sizes", sizes);
        } else if (items.get(last) instanceof Index.Slice s) {
            into.int64("dim", dim).int64("end", s.stop() == null ? Long.MAX_VALUE : s.stop()).int64s("self_sym_sizes", sizes)
                    .int64("start", s.start() == null ? 0 : s.start()).int64("step", s.step() == null ? 1 : s.step());
        }
    }

    public String notation(String... a) { return a[0] + "[" + subscript(items) + "]"; }

    static String subscript(List<Index> items) {
        StringBuilder sb = new StringBuilder();
        for (Index i : items) {
            if (sb.length() > 0) sb.append(", ");
            if (i instanceof Index.At at) sb.append(at.index());
            else if (i instanceof Index.Slice s) {
                sb.append(s.start() == null ? "" : s.start()).append(':').append(s.stop() == null ? "" : s.stop());
                if (s.step() != null) sb.append(':').append(s.step());
            }
        }
        return sb.toString();
    }

    public boolean isLinear() { return true; }
}
