package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.ndarray.TorchMatmul;
import java.util.Arrays;

/**
 * torch.matmul with an operand of 3 or more dims, as the chain of nodes ATen's _matmul_impl (1.13)
 * records: the larger operand's batch folded into the rows of one mm (mv), or both operands
 * expanded to one batch and multiplied by bmm. Each step is the engine's own op, so the graph,
 * the values and the gradients are PyTorch's (the path decides the last bits).
 */
final class BatchedMatmul {
    private BatchedMatmul() {}

    /** Whether PyTorch folds a @ b into one matrix product (else bmm), by the larger operand's strides. */
    static boolean folds(Tensor a, Tensor b) {
        Tensor larger = a.ndim() >= b.ndim() ? a : b;
        return TorchMatmul.shouldFold(larger.shape(), Views.torchStrides(larger), Math.min(a.ndim(), b.ndim()));
    }

    /** a @ b (checked; an operand of 3 or more dims) by the fold when {@code fold}, else by bmm. */
    static Tensor of(Tensor a, Tensor b, boolean fold) {
        if (!fold) return byBmm(a, b);
        return a.ndim() > b.ndim() ? folded(a, b) : foldedTransposed(a, b);
    }

    /** a (…, m, k) reshaped to (rows, k) times a matrix or vector b, the product viewed back. */
    private static Tensor folded(Tensor a, Tensor b) {
        int d = a.ndim();
        int[] lead = Arrays.copyOf(a.shape(), d - 1);
        Tensor af = reshape(a, Views.torchStrides(a), new int[] {Shapes.size(lead), a.shape()[d - 1]});
        return unsafeView(Tensor.apply(MatMul.INSTANCE, af, b), b.ndim() == 2 ? append(lead, b.shape()[1]) : lead);
    }

    /**
     * A matrix or vector a times b (…, k, n): b.mT reshaped to (rows·n, k) times a.t() (a itself, a
     * vector), the product viewed back and, for a matrix, transposed back and made contiguous.
     */
    private static Tensor foldedTransposed(Tensor a, Tensor b) {
        int d = b.ndim();
        long[] strides = Views.torchStrides(b).clone();
        long s = strides[d - 2];
        strides[d - 2] = strides[d - 1];
        strides[d - 1] = s;
        Tensor t1 = Ops.transpose(b, -2, -1); // mT, its dims saved as given
        int[] lead = Arrays.copyOf(t1.shape(), d - 1);
        Tensor t1f = reshape(t1, strides, new int[] {Shapes.size(lead), t1.shape()[d - 1]});
        if (a.ndim() == 1) return unsafeView(Tensor.apply(MatMul.INSTANCE, t1f, a), lead);
        Tensor r = Ops.transpose(unsafeView(Tensor.apply(MatMul.INSTANCE, t1f, Ops.t(a)), append(lead, a.shape()[0])), -2, -1);
        int[] shape = r.shape();
        boolean contiguous = shape[d - 2] == 1 || shape[d - 1] == 1 || Shapes.size(shape) == 0; // a transposed matrix is laid out in order only then
        return contiguous ? r : Ops.contiguous(r);
    }

    /** Both operands (2 or more dims here: a vector always folds) expanded to one batch, reshaped to 3-d and multiplied by bmm. */
    private static Tensor byBmm(Tensor a, Tensor b) {
        int[] sa = a.shape(), sb = b.shape();
        int m = sa[sa.length - 2], k = sa[sa.length - 1], n = sb[sb.length - 1];
        int[] batch = Shapes.broadcast(Arrays.copyOf(sa, sa.length - 2), Arrays.copyOf(sb, sb.length - 2));
        Tensor product = Ops.bmm(expandedTo3d(a, batch, m, k), expandedTo3d(b, batch, k, n));
        return unsafeView(product, append(append(batch, m), n));
    }

    /** x.expand(batch + (rows, cols)).reshape(batch size, rows, cols): the expand is recorded even when it keeps x's shape. */
    private static Tensor expandedTo3d(Tensor x, int[] batch, int rows, int cols) {
        int[] shape = append(append(batch, rows), cols);
        long[] own = Views.torchStrides(x), strides = new long[shape.length];
        for (int i = 1; i <= own.length; i++) // an expanded dim (new, or of size 1 grown) steps by 0
            strides[shape.length - i] = x.shape()[own.length - i] == shape[shape.length - i] ? own[own.length - i] : 0;
        return reshape(Tensor.apply(new BroadcastTo(shape), x), strides, new int[] {Shapes.size(batch), rows, cols});
    }

    /**
     * PyTorch's reshape of x (laid out by {@code strides}): a view (ReshapeAliasBackward0, recorded
     * even for x's own shape) where strides can describe the result, else a contiguous copy viewed
     * (CloneBackward0, then UnsafeViewBackward0).
     */
    private static Tensor reshape(Tensor x, long[] strides, int[] shape) {
        if (viewable(x.shape(), strides, shape)) return Tensor.apply(new Reshape(shape, "ReshapeAliasBackward0"), x);
        return unsafeView(Ops.contiguous(x), shape);
    }

    private static Tensor unsafeView(Tensor x, int[] shape) { return Tensor.apply(new Reshape(shape, "UnsafeViewBackward0"), x); }

    /**
     * Whether entries laid out by (shape, strides) can be read as {@code target} through strides
     * alone: each run of dims that steps through memory as one must split into whole target dims.
     */
    static boolean viewable(int[] shape, long[] strides, int[] target) {
        if (Shapes.size(shape) == 0 || shape.length == 0) return true;
        int t = target.length - 1;
        long runBase = strides[shape.length - 1], runSize = 1, targetSize = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            runSize *= shape[d];
            if (d == 0 || shape[d - 1] != 1 && strides[d - 1] != runSize * runBase) { // a run of dims ends at d
                while (t >= 0 && (targetSize < runSize || target[t] == 1)) targetSize *= target[t--];
                if (targetSize != runSize) return false;
                if (d > 0) {
                    runBase = strides[d - 1];
                    runSize = 1;
                    targetSize = 1;
                }
            }
        }
        return t == -1;
    }

    private static int[] append(int[] head, int last) {
        int[] r = Arrays.copyOf(head, head.length + 1);
        r[head.length] = last;
        return r;
    }
}
