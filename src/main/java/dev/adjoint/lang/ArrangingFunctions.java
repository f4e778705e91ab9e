package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PyTorch's functions that rearrange, repeat or difference a tensor, composed from the view and
 * indexing ops so their gradients and grad_fn names are PyTorch's: tile, repeat_interleave,
 * diff, movedim/moveaxis, unflatten and trace. Each takes its arguments as torch.f(x, ...) and
 * x.f(...) do.
 */
public final class ArrangingFunctions {
    private ArrangingFunctions() {}

    /** tile(dims): repeat after padding dims with leading 1s to x's rank (RepeatBackward0). */
    static Object tile(Args a) {
        Tensor x = TensorFunctions.self(a.expect(1, Integer.MAX_VALUE, "dims"));
        int[] dims = TensorFunctions.sizes(a, 1);
        int[] reps = dims;
        if (dims.length < x.ndim()) {
            reps = new int[x.ndim()];
            Arrays.fill(reps, 1);
            System.arraycopy(dims, 0, reps, x.ndim() - dims.length, dims.length);
        }
        return Ops.repeat(x, reps);
    }

    /**
     * repeat_interleave(repeats, dim=None): each entry (each slice along dim) repeated in place;
     * without dim the flattened tensor. torch.repeat_interleave(counts) alone gives each position
     * counts[i] times. An index_select of the positions, as PyTorch computes it.
     */
    static Object repeatInterleave(Args a) {
        a.expect(1, 3, "repeats", "dim", "output_size");
        Tensor x = TensorFunctions.self(a);
        Object r = a.option(1, "repeats", null);
        if (r == null) { // repeat_interleave(repeats): the positions
            if (x.dtype() != DType.INT64 || x.ndim() > 1) throw new AutogradException("repeats must be 0-dim or 1-dim tensor");
            return Tensor.constant(positions(checkCounts(counts(x.value().toArray(), x.value().size()))), DType.INT64);
        }
        Object d = a.option(2, "dim", null);
        Tensor input = d == null ? TensorFunctions.reshape(x, y -> Ops.flatten(y, 0, Math.max(y.ndim(), 1) - 1)) : x;
        if (d == null && x.ndim() == 0) input = Ops.reshape(x, 1);
        int dim = d == null ? 0 : TensorFunctions.dim(a, d, Math.max(x.ndim(), 1));
        int n = input.ndim() == 0 ? 1 : input.shape()[dim];
        long[] c;
        Object plain = Values.plain(r);
        if (PyNumbers.isInt(plain)) {
            c = new long[n];
            Arrays.fill(c, Values.toLong(plain, "repeats"));
        } else {
            Tensor rt = TensorFunctions.operand(a, r, "repeats");
            if (rt.dtype() != DType.INT64) throw new AutogradException("repeats has to be Long tensor");
            double[] v = rt.value().toArray();
            if (v.length == 1) {
                c = new long[n];
                Arrays.fill(c, (long) v[0]);
            } else {
                if (v.length != n) throw new AutogradException("repeats must have the same size as input along dim");
                c = counts(v, n);
            }
        }
        checkCounts(c);
        return TensorFunctions.indexSelect(input, dim, Tensor.constant(positions(c), DType.INT64));
    }

    private static long[] checkCounts(long[] c) {
        for (long k : c) if (k < 0) throw new AutogradException("repeats can not be negative");
        return c;
    }

    private static long[] counts(double[] v, int n) {
        long[] c = new long[n];
        for (int i = 0; i < n; i++) c[i] = (long) v[i];
        return c;
    }

    /** 0 repeated c[0] times, then 1 c[1] times, ... */
    private static NDArray positions(long[] c) {
        long total = 0;
        for (long k : c) total += k;
        double[] p = new double[(int) total];
        int at = 0;
        for (int i = 0; i < c.length; i++) for (long k = 0; k < c[i]; k++) p[at++] = i;
        return NDArray.of(p, p.length);
    }

    /**
     * diff(n=1, dim=-1, prepend=None, append=None): x[1:] − x[:-1] along dim, n times, after joining
     * prepend and append; booleans differ by xor, as PyTorch's.
     */
    static Object diff(Args a) {
        a.expect(1, 5, "n", "dim", "prepend", "append");
        Tensor x = TensorFunctions.self(a);
        if (x.ndim() == 0) throw new AutogradException("diff expects input to be at least one-dimensional");
        long n = Values.toLong(Values.plain(a.option(1, "n", 1L)), "n");
        if (n < 0) throw new AutogradException("order must be non-negative but got " + n);
        int dim = TensorFunctions.dim(a, a.option(2, "dim", -1L), x.ndim());
        Object prepend = a.option(3, "prepend", null), append = a.option(4, "append", null);
        if (prepend != null || append != null) {
            List<Tensor> parts = new ArrayList<>();
            if (prepend != null) parts.add(TensorFunctions.operand(a, prepend, "prepend"));
            parts.add(x);
            if (append != null) parts.add(TensorFunctions.operand(a, append, "append"));
            x = Ops.concat(parts, dim);
        }
        for (long k = 0; k < n; k++) {
            int size = x.shape()[dim];
            Tensor later = TensorFunctions.along(dim, new Index.Slice(1, size, null), x);
            Tensor earlier = TensorFunctions.along(dim, new Index.Slice(0, Math.max(size - 1, 0), null), x);
            x = x.dtype() == DType.BOOL ? Ops.logicalXor(later, earlier) : Ops.sub(later, earlier);
        }
        return x;
    }

    /** movedim(source, destination) (moveaxis): the named dims go to their places, the rest keep their order (PermuteBackward0). */
    static Object movedim(Args a) {
        a.expect(3, 3, "source", "destination");
        Tensor x = TensorFunctions.self(a);
        int nd = Math.max(x.ndim(), 1);
        int[] src = dims(a, a.option(1, "source", null), nd), dst = dims(a, a.option(2, "destination", null), nd);
        if (src.length != dst.length)
            throw new AutogradException("movedim: Invalid source or destination dims: source (" + Arrays.toString(src) + " dims) should contain the same number of dims as destination (" + Arrays.toString(dst) + " dims)");
        if (x.ndim() == 0) return x; // a 0-d tensor has only dim 0 (or -1) to move onto itself
        int[] order = new int[x.ndim()];
        Arrays.fill(order, -1);
        boolean[] moved = new boolean[x.ndim()];
        for (int i = 0; i < src.length; i++) {
            if (order[dst[i]] != -1 || moved[src[i]]) throw new AutogradException("movedim: repeated dim in `" + (moved[src[i]] ? "source" : "destination") + "`");
            order[dst[i]] = src[i];
            moved[src[i]] = true;
        }
        int next = 0;
        for (int i = 0; i < order.length; i++) {
            if (order[i] != -1) continue;
            while (moved[next]) next++;
            order[i] = next++;
        }
        return Views.of(x, y -> Ops.permute(y, order));
    }

    private static int[] dims(Args a, Object v, int nd) {
        List<?> items = PyNumbers.isInt(Values.plain(v)) ? Arrays.asList(v) : Values.items(v);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = TensorFunctions.dim(a, items.get(i), nd);
        return out;
    }

    /** unflatten(dim, sizes): dim split into sizes (one may be −1), a view (ViewBackward0). */
    static Object unflatten(Args a) {
        a.expect(3, 3, "dim", "sizes");
        Tensor x = TensorFunctions.self(a);
        int dim = TensorFunctions.dim(a, a.option(1, "dim", null), x.ndim());
        return unflatten(x, dim, a.ints(Values.plain(a.option(2, "sizes", null)), "sizes"));
    }

    /** x.unflatten(dim, sizes) (and nn.Unflatten): dimension dim viewed as sizes, one of which may be -1; PyTorch's messages. */
    public static Tensor unflatten(Tensor x, int dim, int[] sizes) {
        if (sizes.length == 0) throw new AutogradException("unflatten: sizes must be non-empty");
        int[] inferred = sizes.clone();
        long known = 1;
        int free = -1;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] != -1) known *= sizes[i];
            else if (free >= 0) throw new AutogradException("only one dimension can be inferred");
            else free = i;
        }
        int size = x.shape()[dim];
        if (free >= 0 && known != 0 && size % known == 0) inferred[free] = (int) (size / known);
        else if (free >= 0 || known != size)
            throw new AutogradException("unflatten: Provided sizes " + java.util.Arrays.toString(sizes) + " don't multiply up to the size of dim " + dim
                    + " (" + size + ") in the input tensor");
        int[] shape = new int[x.ndim() - 1 + sizes.length];
        for (int i = 0, j = 0; i < x.ndim(); i++) {
            if (i == dim) for (int s : inferred) shape[j++] = s;
            else shape[j++] = x.shape()[i];
        }
        return TensorFunctions.view(x, y -> Ops.view(y, shape));
    }

    /** trace: the sum of a matrix's diagonal, one TraceBackward0 node; an integer matrix's trace is an integer. */
    static Object trace(Args a) {
        Tensor x = TensorFunctions.self(a.expect(1, 1));
        if (x.ndim() != 2) throw new AutogradException("trace: expected a matrix, but got tensor with dim " + x.ndim());
        if (x.dtype() == DType.BOOL) throw new AutogradException("\"trace\" not implemented for 'Bool'");
        return Ops.trace(x);
    }
}
