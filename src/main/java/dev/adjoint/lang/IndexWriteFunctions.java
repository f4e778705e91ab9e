package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * PyTorch's writes into the slices of a tensor picked by a vector of indices along one dim:
 * index_add, index_copy, index_fill, and scatter_add (by an index tensor shaped as src), each with
 * its in-place form, PyTorch's argument checks and messages, and one node under PyTorch's name.
 */
final class IndexWriteFunctions {
    private IndexWriteFunctions() {}

    static void addTo(java.util.function.BiConsumer<String, Builtin.Fn> add) {
        add.accept("index_add", a -> indexAdd(a, false));
        add.accept("index_add_", a -> indexAdd(a, true));
        add.accept("index_copy", a -> indexCopy(a, false));
        add.accept("index_copy_", a -> indexCopy(a, true));
        add.accept("index_fill", a -> indexFill(a, false));
        add.accept("index_fill_", a -> indexFill(a, true));
        add.accept("scatter_add", a -> scatterAdd(a, false));
        add.accept("scatter_add_", a -> scatterAdd(a, true));
    }

    /** index_add(dim, index, source, *, alpha=1): source's slices added into x's at the indices (repeats accumulate). */
    private static Tensor indexAdd(Args a, boolean inPlace) {
        a = a.positionalFrom("input", "dim", "index", "source");
        Tensor x = TensorFunctions.self(a.expect(4, 4, "alpha"));
        int d = TensorFunctions.dim(a, a.get(1), Math.max(x.ndim(), 1));
        Tensor index = TensorFunctions.tensor(a, a.get(2), "index", 3), source = TensorFunctions.tensor(a, a.get(3), "source", 4);
        if (index.dtype() != DType.INT64 && index.dtype() != DType.INT32)
            throw new AutogradException("index_add_(): Expected dtype int32/int64 for index but got: " + index.dtype().scalarName());
        if (index.ndim() > 1)
            throw PyError.index("index_add_(): Index is supposed to be a vector, but got dim: " + index.ndim() + " with type: "
                    + index.dtype().scalarName() + " and size: " + Tensor.torchShape(index.shape()));
        int n = index.value().size(), sourceSize = source.ndim() == 0 ? 1 : source.shape()[Math.min(d, source.ndim() - 1)];
        if (n != sourceSize)
            throw new AutogradException("index_add_(): Number of indices (" + n + ") should be equal to source.size(dim): (" + sourceSize + "), for dim: " + d);
        if (x.dtype() != source.dtype())
            throw new AutogradException("index_add_(): self (" + x.dtype().scalarName() + ") and source (" + source.dtype().scalarName() + ") must have the same scalar type");
        long[] at = indices(index, size(x, d), false, i -> new dev.adjoint.autograd.op.Indexing.IndexOutOfBounds("index out of range in self"));
        checkSlices("index_add_", x, d, source, n);
        double alpha = TensorFunctions.number(a, -1, "alpha", 1);
        if (!x.dtype().isFloating()) alpha = (long) alpha; // PyTorch casts alpha to the integer type
        return Ops.addAt(x, positions(x.shape(), d, at), source, alpha, "IndexAddBackward0", inPlace);
    }

    /** index_copy(dim, index, source): x's slices at the indices replaced by source's. */
    private static Tensor indexCopy(Args a, boolean inPlace) {
        a = a.positionalFrom("input", "dim", "index", "source");
        Tensor x = TensorFunctions.self(a.expect(4, 4));
        int d = TensorFunctions.dim(a, a.get(1), Math.max(x.ndim(), 1));
        Tensor index = TensorFunctions.tensor(a, a.get(2), "index", 3), source = TensorFunctions.tensor(a, a.get(3), "source", 4);
        if (index.ndim() > 1) throw PyError.index("index_copy_(): Index should have dimension 1 or 0 (got " + index.ndim() + ")");
        if (index.dtype() != DType.INT64) throw new AutogradException("index_copy_(): Expected a long tensor for index, but got " + index.dtype().scalarName());
        if (x.dtype() != source.dtype())
            throw new AutogradException("index_copy_(): self and source expected to have the same dtype, but got (self) " + x.dtype().scalarName()
                    + " and (source) " + source.dtype().scalarName());
        int n = index.value().size();
        checkSlices("index_copy_", x, d, source, n);
        int sourceSize = source.ndim() == 0 ? 1 : source.shape()[d];
        if (n != sourceSize) throw PyError.index("index_copy_(): Number of indices (" + n + ") should be equal to source.size(dim) (" + sourceSize + ")");
        int size = size(x, d);
        long[] at = indices(index, size, false, i -> PyError.index("index_copy_(): index " + i + " is out of bounds for dimension " + d + " with size " + size));
        return Ops.writeAt(x, positions(x.shape(), d, at), source.shape(), source, "IndexCopyBackward0", inPlace);
    }

    /** index_fill(dim, index, value): x's slices at the indices set to value (a number or a 0-d tensor); negative indices count from the end. */
    private static Tensor indexFill(Args a, boolean inPlace) {
        a = a.positionalFrom("input", "dim", "index", "value");
        Tensor x = TensorFunctions.self(a.expect(4, 4));
        int d = TensorFunctions.dim(a, a.get(1), Math.max(x.ndim(), 1));
        Tensor index = TensorFunctions.tensor(a, a.get(2), "index", 3);
        Object value = Values.plain(a.get(3));
        if (index.dtype() != DType.INT64) throw PyError.index("index_fill_(): Expected dtype int64 for index.");
        if (index.ndim() > 1) throw new AutogradException("Index has to be a vector/scalar");
        boolean number = !(value instanceof Tensor);
        if (number) TensorData.checkConvertible(value, x.dtype()); // int8's 300 is PyTorch's overflow error, as fill_'s
        Tensor v = number ? Tensor.constant(NDArray.scalar(a.number(value, "value")), x.dtype()) : (Tensor) value;
        if (v.ndim() != 0)
            throw new AutogradException("index_fill_ only supports a 0-dimensional value tensor, but got tensor with " + v.ndim() + " dimension(s).");
        int size = size(x, d);
        long[] at = indices(index, size, true, i -> PyError.index("index " + i + " is out of bounds for dimension " + d + " with size " + size));
        int[] shape = x.ndim() == 0 ? new int[0] : x.shape().clone();
        if (shape.length > 0) shape[d] = at.length;
        return Ops.writeAt(x, positions(x.shape(), d, at), shape, v.to(x.dtype()), number ? "IndexFillBackward0" : "IndexFillBackward1", inPlace);
    }

    /** scatter_add(dim, index, src): src's entries added at scatter's positions. */
    private static Tensor scatterAdd(Args a, boolean inPlace) {
        a = a.positionalFrom("input", "dim", "index", "src");
        Tensor x = TensorFunctions.self(a.expect(4, 4));
        int d = TensorFunctions.dim(a, a.get(1), Math.max(x.ndim(), 1));
        Object src = Values.plain(a.get(3));
        if (!(src instanceof Tensor s)) throw PyError.type(a.function() + "() received an invalid combination of arguments - got (int, Tensor, "
                + Values.typeName(src) + "), but expected one of:\n * (int dim, Tensor index, Tensor src)\n"
                + "      didn't match because some of the arguments have invalid types: (int, Tensor, !" + Values.typeName(src) + "!)\n"
                + " * (name dim, Tensor index, Tensor src)\n"
                + "      didn't match because some of the arguments have invalid types: (!int!, Tensor, !" + Values.typeName(src) + "!)\n");
        return Ops.scatterAdd(x, d, TensorFunctions.tensor(a, a.get(2), "index", 3), s, inPlace);
    }

    private static int size(Tensor x, int d) {
        return x.ndim() == 0 ? 1 : x.shape()[d];
    }

    /** The index's values, each checked against the dim's size (negative ones counted from the end where {@code wraps}). */
    private static long[] indices(Tensor index, int size, boolean wraps, java.util.function.LongFunction<RuntimeException> outOfRange) {
        double[] v = index.value().toArray();
        long[] out = new long[v.length];
        for (int k = 0; k < v.length; k++) {
            long i = (long) v[k];
            if (i >= size || i < (wraps ? -size : 0)) throw outOfRange.apply(i);
            out[k] = i < 0 ? i + size : i;
        }
        return out;
    }

    /** source's slices must be x's apart from dim d. */
    private static void checkSlices(String function, Tensor x, int d, Tensor source, int n) {
        int[] s = x.shape(), src = source.shape();
        boolean same = s.length == src.length || (s.length <= 1 && src.length <= 1);
        for (int i = 0; same && i < Math.min(s.length, src.length); i++) same = i == d || s[i] == src[i];
        if (same) return;
        if (function.equals("index_copy_") && s.length == src.length)
            for (int i = 0; i < s.length; i++)
                if (i != d && s[i] != src[i])
                    throw new AutogradException("index_copy_(): Source/destination tensor must have same slice shapes. Destination slice shape: "
                            + s[i] + " at dimension " + (i < d ? i : i - 1) + " and source slice shape: " + src[i] + " at dimension " + (i < d ? i : i - 1) + ".");
        throw new AutogradException(function + "(): source " + Tensor.torchShape(src) + " must have the shape of self " + Tensor.torchShape(s)
                + " with " + n + " entries along dim " + d);
    }

    /** Flat row-major positions in an array of {@code shape} of the slices at {@code at} along d, in the order of a tensor shaped as shape with at.length along d. */
    private static int[] positions(int[] shape, int d, long[] at) {
        if (shape.length == 0) return new int[at.length];
        int[] strides = Shapes.rowMajorStrides(shape), out = shape.clone();
        out[d] = at.length;
        int[] positions = new int[Shapes.size(out)], idx = new int[out.length];
        for (int k = 0; k < positions.length; k++) {
            int pos = 0;
            for (int ax = 0; ax < out.length; ax++) pos += (ax == d ? (int) at[idx[ax]] : idx[ax]) * strides[ax];
            positions[k] = pos;
            for (int ax = out.length - 1; ax >= 0 && ++idx[ax] == out[ax]; ax--) idx[ax] = 0;
        }
        return positions;
    }
}
