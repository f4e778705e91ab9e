package dev.adjoint.autograd.op;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.function.DoubleBinaryOperator;

/**
 * How PyTorch 1.13's binary CPU kernels (cpu_kernel_vec: pow, atan2) split their work in float64:
 * along each row of its loop, the operands read contiguously or one of them fixed, eight elements
 * at a time through the vector function (SLEEF's), the rest of the row through the scalar one
 * (the C library's); rows the vector loop cannot read go wholly through the scalar one. A row is
 * the last axis of the result merged with the axes before it as long as every operand steps
 * through them evenly (TensorIterator's coalescing): a whole contiguous tensor is one row,
 * {@code x.unsqueeze(-1) ** torch.tensor([1, 2, 3])} (the polynomial-features idiom) rows of
 * three, all the scalar function's. The operands are taken as compact (a strided view's own order
 * is not followed).
 */
final class BinaryVectorKernel {
    private static final int STEP = 8;

    private BinaryVectorKernel() {}

    /** vector or scalar of x and y, broadcasting, each element as the kernel's loop would send it. */
    static NDArray map(NDArray x, NDArray y, DoubleBinaryOperator vector, DoubleBinaryOperator scalar) {
        int[] out = Shapes.broadcast(x.shape(), y.shape());
        double[] a = x.broadcastTo(out).toArray(), b = y.broadcastTo(out).toArray();
        long[] sa = steps(x.shape(), out), sb = steps(y.shape(), out), so = steps(out, out);
        int row = 1, axis = out.length - 1;
        long ra = 0, rb = 0; // the operands' steps along the row
        if (axis >= 0) {
            row = out[axis];
            ra = sa[axis];
            rb = sb[axis];
            // merge the axis before while every operand continues evenly (size-1 axes always merge)
            for (int d = axis - 1; d >= 0; d--) {
                if (out[d] == 1) continue;
                if (row == 1) { row = out[d]; ra = sa[d]; rb = sb[d]; continue; }
                if (sa[d] != ra * row || sb[d] != rb * row || so[d] != row) break;
                row *= out[d];
            }
        }
        boolean vectorRows = (ra == 1 || ra == 0) && (rb == 1 || rb == 0) && !(ra == 0 && rb == 0 && row > 1);
        int whole = vectorRows ? row - row % STEP : 0;
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) r[i] = (row > 0 && i % row < whole ? vector : scalar).applyAsDouble(a[i], b[i]);
        return NDArray.adopt(r, out);
    }

    /** The element steps of a compact array of {@code shape} broadcast to {@code out}: 0 along the axes it is stretched over. */
    private static long[] steps(int[] shape, int[] out) {
        long[] s = new long[out.length];
        long step = 1;
        for (int i = 1; i <= out.length; i++) {
            int d = shape.length - i, size = d >= 0 ? shape[d] : 1;
            s[out.length - i] = size == 1 ? 0 : step;
            step *= size;
        }
        return s;
    }
}
