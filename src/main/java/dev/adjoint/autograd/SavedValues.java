package dev.adjoint.autograd;

import java.util.ArrayList;
import java.util.List;

/**
 * What PyTorch's backward node saved beside its inputs and output ({@link Op#savedName}), by the
 * name it shows them under ({@code _saved_dim}, {@code _saved_alpha}, {@code _saved_result1}):
 * an op puts them here in {@link Op#savedValues}, each as the type PyTorch 1.13 gives it, so
 * that the language shows them as PyTorch does (an int64 field and a Scalar differ there).
 */
public final class SavedValues {
    /** An int64 field (a dim, an index): PyTorch 1.13 shows a negative one as its unsigned 64-bit value. */
    public record Int64(long value) {}

    /** A list of int64 (dims, sizes, strides): a tuple of ints, each shown as {@link Int64}. */
    public record Int64s(long[] values) {}

    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    private SavedValues put(String name, Object value) {
        names.add(name);
        values.add(value);
        return this;
    }

    public SavedValues int64(String name, long v) {
        return put(name, new Int64(v));
    }

    public SavedValues int64s(String name, long... v) {
        return put(name, new Int64s(v.clone()));
    }

    public SavedValues int64s(String name, int... v) {
        long[] l = new long[v.length];
        for (int i = 0; i < v.length; i++) l[i] = v[i];
        return put(name, new Int64s(l));
    }

    /** A Scalar (alpha, a clamp bound, an exponent): an int or a float as it was given (a Long or a Double). */
    public SavedValues scalar(String name, Number v) {
        return put(name, v);
    }

    /** A double field (eps, negative_slope): a float. */
    public SavedValues real(String name, double v) {
        return put(name, v);
    }

    public SavedValues flag(String name, boolean v) {
        return put(name, v);
    }

    public SavedValues text(String name, String v) {
        return put(name, v);
    }

    /** A tensor the node saved that is none of its inputs nor its output (indices, a batch's statistics); null: None. Freed with the node's. */
    public SavedValues tensor(String name, Tensor t) {
        return put(name, t);
    }

    /** Tensors the node saved as a list (IndexBackward0's indices), a null one None: shown as a tuple. */
    public record Tensors(List<Tensor> values) {}

    public SavedValues tensors(String name, List<Tensor> ts) {
        return put(name, new Tensors(ts));
    }

    /** An optional value not given: None. */
    public SavedValues none(String name) {
        return put(name, null);
    }

    /**
     * A matrix operand's layout as mm's and addmm's nodes save it: {@code NAME_sym_sizes}, and
     * {@code NAME_sym_strides} (empty unless its gradient is wanted, which reads them).
     */
    public SavedValues layout(String name, Tensor t) {
        int32(name + "_sym_sizes", t.shape());
        return int64s(name + "_sym_strides", t.requiresGrad() ? Views.torchStrides(t) : new long[0]);
    }

    private SavedValues int32(String name, int[] v) {
        return int64s(name, v);
    }

    public List<String> names() {
        return names;
    }

    /** The value saved under name, or {@link #ABSENT}. */
    public Object get(String name) {
        int i = names.indexOf(name);
        return i < 0 ? ABSENT : values.get(i);
    }

    /** What {@link #get} returns for a name the node does not have. */
    public static final Object ABSENT = new Object();

    /** Whether a value is a tensor, which a backward pass without retain_graph frees. */
    public static boolean holdsTensors(Object v) {
        return v instanceof Tensor || v instanceof Tensors;
    }
}
