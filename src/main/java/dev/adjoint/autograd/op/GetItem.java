package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
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
