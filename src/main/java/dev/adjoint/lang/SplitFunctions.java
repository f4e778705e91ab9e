package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.ndarray.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * tensor_split and NumPy's hsplit/vsplit/dsplit as PyTorch has them: a number of sections (the first
 * ones one longer when the size does not divide) or the indices to cut at, each piece a view
 * (SliceBackward0), with PyTorch's checks and messages.
 */
final class SplitFunctions {
    private SplitFunctions() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("tensor_split", a -> {
            a = a.positionalFrom("input", "indices_or_sections", "dim");
            Tensor x = TensorFunctions.self(a.expect(2, 3, "sections", "indices", "tensor_indices_or_sections"));
            if (x.ndim() == 0) throw new AutogradException("tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims");
            Object how = a.size() > 1 ? a.get(1) : a.has("sections") ? a.keyword("sections") : a.has("indices") ? a.keyword("indices") : a.keyword("tensor_indices_or_sections");
            int d = TensorFunctions.dim(a, a.size() > 2 ? a.get(2) : a.has("dim") ? a.keyword("dim") : 0L, x.ndim());
            return split(a, x, d, how);
        });
        add.accept("hsplit", a -> numpySplit(a, "hsplit", 1));
        add.accept("vsplit", a -> numpySplit(a, "vsplit", 2));
        add.accept("dsplit", a -> numpySplit(a, "dsplit", 3));
    }

    /** hsplit (dim 1, or 0 of a vector), vsplit (dim 0), dsplit (dim 2): a number of sections must divide the size. */
    private static Object numpySplit(Args a, String name, int rank) {
        a = a.positionalFrom("input", "indices_or_sections");
        Tensor x = TensorFunctions.self(a.expect(2, 2));
        if (x.ndim() < rank)
            throw new AutogradException("torch." + name + " requires a tensor with at least " + rank + " dimension, but got a tensor with " + x.ndim() + " dimensions!");
        int d = name.equals("hsplit") ? (x.ndim() == 1 ? 0 : 1) : name.equals("vsplit") ? 0 : 2;
        Object how = Values.plain(a.get(1));
        if (PyNumbers.isInt(how) && !(how instanceof Boolean)) {
            long sections = Values.toLong(how, "sections");
            if (sections != 0 && x.shape()[d] % sections != 0)
                throw new AutogradException("torch." + name + " attempted to split along dimension " + d + ", but the size of the dimension " + x.shape()[d]
                        + " is not divisible by the split_size " + sections + "!");
        }
        return split(a, x, d, how);
    }

    private static Object split(Args a, Tensor x, int d, Object how) {
        how = Values.plain(how);
        if (how instanceof Tensor t) {
            if (t.ndim() > 1)
                throw new AutogradException("tensor_split expected tensor_indices_or_sections to be a zero-dimensional or one-dimensional tensor, but got a tensor with "
                        + t.ndim() + " dims");
            if (t.dtype() != DType.INT64)
                throw new AutogradException("tensor_split expected tensor_indices_or_sections to have dtype of long, but got " + t.dtype().scalarName());
            if (t.ndim() == 0) return sections(x, d, (long) t.item());
            List<Object> cuts = new ArrayList<>();
            for (double v : t.value().toArray()) cuts.add((long) v);
            return cut(a, x, d, cuts);
        }
        if (PyNumbers.isInt(how) && !(how instanceof Boolean)) return sections(x, d, Values.toLong(how, "sections"));
        if (how instanceof List<?> cuts) return cut(a, x, d, cuts);
        throw PyError.type(a.function() + "() received an invalid combination of arguments - got (" + Values.typeName(how) + "), but expected one of:\n"
                + " * (Tensor tensor_indices_or_sections, int dim)\n * (int sections, int dim)\n * (tuple of ints indices, int dim)\n");
    }

    /** n sections: the first size % n of them one longer. */
    private static Object sections(Tensor x, int d, long n) {
        if (n <= 0) throw new AutogradException("number of sections must be larger than 0, got " + n);
        int size = x.shape()[d];
        List<Object> out = new ArrayList<>();
        long from = 0;
        for (long i = 0; i < n; i++) {
            long length = size / n + (i < size % n ? 1 : 0);
            out.add(piece(x, d, (int) from, (int) (from + length)));
            from += length;
        }
        return Values.tuple(out);
    }

    /** Pieces between the cuts, as Python's slices x[:c0], x[c0:c1], ..., x[cn:] (negative cuts count from the end). */
    private static Object cut(Args a, Tensor x, int d, List<?> cuts) {
        int size = x.shape()[d];
        List<Object> out = new ArrayList<>();
        int from = 0;
        for (Object c : cuts) {
            long v = Values.toLong(Values.plain(c), "indices");
            int to = (int) (v < 0 ? Math.max(v + size, 0) : Math.min(v, size));
            out.add(piece(x, d, from, Math.max(from, to)));
            from = to;
        }
        out.add(piece(x, d, from, size));
        return Values.tuple(out);
    }

    private static Tensor piece(Tensor x, int d, int from, int to) {
        return Views.of(x, TensorFunctions.picked(x.shape(), d, new Index.Slice(from, to, null), "SliceBackward0"));
    }
}
