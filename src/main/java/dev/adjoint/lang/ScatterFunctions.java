package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Indexing;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The functions that write a tensor's entries into a copy of another: select_scatter,
 * slice_scatter, diagonal_scatter, masked_scatter (and masked_scatter_), index_put (and
 * index_put_, accumulate=) and scatter_reduce (and scatter_reduce_), each one node under PyTorch's
 * name with PyTorch's checks.
 */
final class ScatterFunctions {
    private ScatterFunctions() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("select_scatter", a -> { // (input, src, dim, index)
            a = a.positionalFrom("input", "src", "dim", "index").expect(4, 4);
            Tensor x = TensorFunctions.self(a), src = TensorFunctions.tensor(a, a.get(1), "src", 2);
            if (x.ndim() == 0) throw PyError.index("select() cannot be applied to a 0-dim tensor.");
            int d = TensorFunctions.dim(a, a.get(2), x.ndim()), size = x.shape()[d];
            long i = Values.toLong(Values.plain(a.get(3)), "index");
            if (i < -size || i >= size)
                throw PyError.index("select(): index " + i + " out of range for tensor of size " + Tensor.torchShape(x.shape()) + " at dimension " + d);
            return into(x, src, along(x, d, new Index.At((int) i)), "SelectScatterBackward0");
        });
        add.accept("slice_scatter", a -> { // (input, src, dim=0, start=None, end=None, step=1)
            a = a.positionalFrom("input", "src").expect(2, 6, "dim", "start", "end", "step");
            Tensor x = TensorFunctions.self(a), src = TensorFunctions.tensor(a, a.get(1), "src", 2);
            int d = TensorFunctions.dim(a, a.option(2, "dim", 0L), Math.max(x.ndim(), 1));
            Object start = Values.plain(a.option(3, "start", null)), end = Values.plain(a.option(4, "end", null));
            long step = Values.toLong(Values.plain(a.option(5, "step", 1L)), "step");
            if (step <= 0) throw new AutogradException("slice step must be positive");
            Index.Slice slice = new Index.Slice(start == null ? null : (int) Values.toLong(start, "start"), end == null ? null : (int) Values.toLong(end, "end"), (int) step);
            return into(x, src, along(x, d, slice), "SliceScatterBackward0");
        });
        add.accept("diagonal_scatter", a -> { // (input, src, offset=0, dim1=0, dim2=1)
            a = a.positionalFrom("input", "src").expect(2, 5, "offset", "dim1", "dim2");
            Tensor x = TensorFunctions.self(a), src = TensorFunctions.tensor(a, a.get(1), "src", 2);
            int k = (int) Values.toLong(Values.plain(a.option(2, "offset", 0L)), "offset");
            long given1 = Values.toLong(Values.plain(a.option(3, "dim1", 0L)), "dim1"), given2 = Values.toLong(Values.plain(a.option(4, "dim2", 1L)), "dim2");
            int d1 = TensorFunctions.wrapDim(given1, x.ndim()), d2 = TensorFunctions.wrapDim(given2, x.ndim());
            if (d1 == d2) throw new AutogradException("diagonal dimensions cannot be identical " + given1 + ", " + given2);
            return into(x, src, diagonal(x.shape(), k, d1, d2), "DiagonalScatterBackward0");
        });
        add.accept("masked_scatter", a -> maskedScatter(a, false));
        add.accept("masked_scatter_", a -> maskedScatter(a, true));
        add.accept("index_put", a -> indexPut(a, false));
        add.accept("index_put_", a -> indexPut(a, true));
        add.accept("scatter_reduce", a -> scatterReduce(a, false));
        add.accept("scatter_reduce_", a -> scatterReduce(a, true));
        add.accept("put", a -> put(a, false));
        add.accept("put_", a -> put(a, true));
    }

    /** put(index, source, accumulate=False): source's entries written (or added) at index's positions in x read flat (PutBackward0). */
    private static Tensor put(Args a, boolean inPlace) {
        a = a.positionalFrom("input", "index", "source", "accumulate").expect(3, 4);
        Tensor x = TensorFunctions.self(a), index = TensorFunctions.tensor(a, a.get(1), "index", 2), source = TensorFunctions.tensor(a, a.get(2), "source", 3);
        boolean accumulate = Values.truthy(a.option(3, "accumulate", false));
        if (index.dtype() != DType.INT64) throw new AutogradException("put_(): Expected a long tensor for index, but got " + index.dtype().scalarName());
        double[] idx = index.value().toArray();
        int n = x.value().size();
        if (source.value().size() != idx.length)
            throw new Indexing.IndexOutOfBounds("put_(): Expected source and index to have the same number of elements, but got source.numel() = "
                    + source.value().size() + ", index.numel() = " + idx.length);
        int[] positions = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            long p = (long) idx[i];
            if (p < -n || p >= n) throw new Indexing.IndexOutOfBounds("out of range: tried to access index " + p + " on a tensor of " + n + " elements.");
            positions[i] = (int) (p < 0 ? p + n : p);
        }
        Tensor flat = Ops.reshape(source, idx.length);
        return accumulate ? Ops.addAt(x, positions, flat, 1, "PutBackward0", inPlace) : Ops.writeAt(x, positions, new int[] {idx.length}, flat, "PutBackward0", inPlace);
    }

    /** scatter_reduce(dim, index, src, reduce, *, include_self=True): src's entries reduced into a copy of x where index says along dim. */
    private static Tensor scatterReduce(Args a, boolean inPlace) {
        a = a.positionalFrom("input", "dim", "index", "src", "reduce").expect(1, 5, "include_self");
        Tensor x = TensorFunctions.self(a);
        Object reduce = a.option(4, "reduce", null);
        if (reduce == null) throw PyError.type(a.function() + "() missing 1 required positional arguments: \"reduce\"");
        a.interpreter().warnOnceAtCall("UserWarning", "scatter_reduce() is in beta and the API may change at any time.", a.span(), null);
        int d = TensorFunctions.dim(a, a.get(1), Math.max(x.ndim(), 1));
        Tensor index = TensorFunctions.tensor(a, a.get(2), "index", 3), src = TensorFunctions.tensor(a, a.get(3), "src", 4);
        return Ops.scatterReduce(x, d, index, src, String.valueOf(reduce), Values.truthy(a.option(-1, "include_self", true)), inPlace);
    }

    /** x with src written at the slice's positions; src must have the slice's shape, as PyTorch checks. */
    private static Tensor into(Tensor x, Tensor src, int[][] slice, String torchName) {
        if (!java.util.Arrays.equals(src.shape(), slice[1]))
            throw new AutogradException("expected src to have a size equal to the slice of self. src size = " + Tensor.torchShape(src.shape()) + ", slice size = "
                    + Tensor.torchShape(slice[1]));
        return Ops.writeAt(x, slice[0], slice[1], src, torchName, false);
    }

    /** The positions and shape of x[:, ..., item] with item at dim d. */
    private static int[][] along(Tensor x, int d, Index item) {
        List<Object> items = new ArrayList<>(Collections.nCopies(d, Index.Slice.ALL));
        items.add(item);
        return Indexing.located(x.shape(), items);
    }

    /** The positions of the offset diagonal of the matrices spanning dims d1 and d2 (the other dims first, then the diagonal), and that shape. */
    private static int[][] diagonal(int[] s, int k, int d1, int d2) {
        int len = Math.max(0, k >= 0 ? Math.min(s[d1], s[d2] - k) : Math.min(s[d1] + k, s[d2]));
        int[] strides = Shapes.rowMajorStrides(s);
        List<Integer> batchDims = new ArrayList<>();
        for (int d = 0; d < s.length; d++) if (d != d1 && d != d2) batchDims.add(d);
        int[] shape = new int[batchDims.size() + 1];
        int batches = 1;
        for (int i = 0; i < batchDims.size(); i++) batches *= shape[i] = s[batchDims.get(i)];
        shape[shape.length - 1] = len;
        int[] positions = new int[batches * len];
        for (int b = 0; b < batches; b++) {
            int base = 0, rest = b;
            for (int i = batchDims.size() - 1; i >= 0; i--) {
                int d = batchDims.get(i);
                base += rest % s[d] * strides[d];
                rest /= s[d];
            }
            for (int i = 0; i < len; i++) positions[b * len + i] = base + (i + Math.max(-k, 0)) * strides[d1] + (i + Math.max(k, 0)) * strides[d2];
        }
        return new int[][] {positions, shape};
    }

    /** masked_scatter(mask, source): source's first entries, in order, where mask (broadcast to x) holds. */
    private static Tensor maskedScatter(Args a, boolean inPlace) {
        a = a.positionalFrom("input", "mask", "source").expect(3, 3);
        Tensor x = TensorFunctions.self(a), mask = TensorFunctions.tensor(a, a.get(1), "mask", 2), source = TensorFunctions.tensor(a, a.get(2), "source", 3);
        if (source.dtype() != x.dtype())
            throw new AutogradException("masked_scatter: expected self and source to have same dtypes but got" + x.dtype().scalarName() + " and " + source.dtype().scalarName());
        if (inPlace) Ops.expand(mask, x.shape()); // in place the mask must expand to x: PyTorch's expand message
        Ops.checkBroadcast(x.shape(), mask.shape());
        int[] shape = Shapes.broadcast(x.shape(), mask.shape());
        double[] m = mask.value().broadcastTo(shape).toArray();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < m.length; i++) if (m[i] != 0) where.add(i);
        if (source.value().size() < where.size()) throw new AutogradException("Number of elements of source < number of ones in mask");
        int[] positions = where.stream().mapToInt(Integer::intValue).toArray(), first = new int[positions.length];
        for (int i = 0; i < first.length; i++) first[i] = i;
        Tensor values = Ops.take(source, first, new int[] {first.length});
        Tensor base = java.util.Arrays.equals(shape, x.shape()) ? x : Ops.expand(x, shape);
        return Ops.writeAt(inPlace ? x : base, positions, values.shape(), values, "MaskedScatterBackward0", inPlace);
    }

    /** index_put(indices, values, accumulate=False): x[indices] = values (or +=) on a copy; indices a tuple of tensors. */
    private static Tensor indexPut(Args a, boolean inPlace) {
        a = a.positionalFrom("input", "indices", "values").expect(3, 4, "accumulate");
        Tensor x = TensorFunctions.self(a);
        List<Object> indices = new ArrayList<>();
        for (Object i : Values.items(a.get(1))) indices.add(TensorFunctions.tensor(a, i, "indices", 2));
        Tensor values = TensorFunctions.tensor(a, a.get(2), "values", 3);
        boolean accumulate = Values.truthy(a.option(3, "accumulate", false));
        if (values.dtype() != x.dtype())
            throw new AutogradException("Index put requires the source and destination dtypes match, got " + x.dtype().scalarName() + " for the destination and "
                    + values.dtype().scalarName() + " for the source.");
        int[][] at = Indexing.located(x.shape(), indices);
        if (!dev.adjoint.ndarray.Shapes.broadcastsTo(values.shape(), at[1]))
            throw new AutogradException("shape mismatch: value tensor of shape " + Tensor.torchShape(values.shape()) + " cannot be broadcast to indexing result of shape "
                    + Tensor.torchShape(at[1]));
        if (!accumulate) return Ops.writeAt(x, at[0], at[1], values, "IndexPutBackward0", inPlace);
        Tensor v = java.util.Arrays.equals(values.shape(), at[1]) ? values : Ops.broadcastTo(values, at[1]);
        return Ops.addAt(x, at[0], v, 1, "IndexPutBackward0", inPlace);
    }
}
