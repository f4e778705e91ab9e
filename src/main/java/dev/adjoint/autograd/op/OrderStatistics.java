package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.QuickSelect;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.ndarray.StdSort;
import java.util.Arrays;

/**
 * PyTorch's order statistics: median and nanmedian (of all entries, or along a dim), kthvalue and
 * mode. Along a dim each returns values and int64 indices, the values taking their entries at those
 * indices (the gradient goes to the index returned); where values tie, the index is the one
 * PyTorch's CPU kernel leaves, so each slice is searched with that kernel's algorithm: nth_element
 * with (value, index) order for median, Torch's quickselect for kthvalue, std::sort by value alone
 * for mode.
 */
public final class OrderStatistics {
    private OrderStatistics() {}

    /** Which position 0..n−1 of one slice (its entries x[base + i·stride]) a statistic picks. */
    @FunctionalInterface
    private interface Picker {
        int pick(double[] x, int base, int stride, int n);
    }

    /** x.median(): the lower median of all entries, NaN if one is NaN; the gradient shared among the entries equal to it. */
    public static Tensor median(Tensor a) {
        return Tensor.apply(new MedianOfAll(false), a);
    }

    /** x.nanmedian(): median() of the entries that are not NaN (NaN when all are). */
    public static Tensor nanmedian(Tensor a) {
        return Tensor.apply(new MedianOfAll(true), a);
    }

    /** median(dim): each slice's lower median and its index; the first NaN where a slice holds one. */
    public static Tensor[] median(Tensor a, int dim, boolean keepdim) {
        return along(a, dim, keepdim, "median", "MedianBackward1", (x, base, stride, n) -> {
            for (int i = 0; i < n; i++) if (Double.isNaN(x[base + i * stride])) return i;
            return nth(x, base, stride, n, (n - 1) / 2, false);
        });
    }

    /** nanmedian(dim): median(dim) of the entries that are not NaN; a slice of NaN only gives NaN. */
    public static Tensor[] nanmedian(Tensor a, int dim, boolean keepdim) {
        return along(a, dim, keepdim, "nanmedian", "NanmedianBackward1", (x, base, stride, n) -> {
            int nans = 0;
            for (int i = 0; i < n; i++) if (Double.isNaN(x[base + i * stride])) nans++;
            return nth(x, base, stride, n, Math.max(0, (n - nans - 1) / 2), true); // C++'s -1 / 2 is 0
        });
    }

    /** kthvalue(k, dim): each slice's k-th smallest entry (k from 1), NaN above every number. */
    public static Tensor[] kthvalue(Tensor a, int k, int dim, boolean keepdim) {
        int n = checkReducible(a, dim, "kthvalue");
        if (k < 1 || k > n) throw new AutogradException("kthvalue(): selected number k out of range for dimension " + dim);
        return along(a, dim, keepdim, "kthvalue", "KthvalueBackward0", (x, base, stride, m) -> QuickSelect.select(x, base, stride, m, k - 1));
    }

    /** mode(dim): each slice's most frequent value (the smallest of equally frequent ones) and an index of it. */
    public static Tensor[] mode(Tensor a, int dim, boolean keepdim) {
        return along(a, dim, keepdim, "mode", "ModeBackward0", (x, base, stride, n) -> {
            int[] order = positions(n);
            StdSort.sort(order, (p, q) -> x[base + p * stride] < x[base + q * stride]);
            int best = -1, bestCount = 0, count = 0;
            for (int i = 0; i < n; i++) { // the last of each run of equal values stands for the run
                count++;
                if (i == n - 1 || x[base + order[i] * stride] != x[base + order[i + 1] * stride]) {
                    if (count > bestCount) {
                        best = order[i];
                        bestCount = count;
                    }
                    count = 0;
                }
            }
            return best;
        });
    }

    /** std::nth_element by (value, position), NaN last when {@code nanLast} (nanmedian's order), as PyTorch's median kernel. */
    private static int nth(double[] x, int base, int stride, int n, int k, boolean nanLast) {
        int[] order = positions(n);
        StdSort.nthElement(order, k, (p, q) -> {
            double u = x[base + p * stride], v = x[base + q * stride];
            return u < v || (u == v && p < q) || (nanLast && Double.isNaN(v) && !Double.isNaN(u));
        });
        return order[k];
    }

    private static int[] positions(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        return p;
    }

    /** The length of the slices along dim; PyTorch's IndexError when they are empty but there are some. */
    private static int checkReducible(Tensor a, int dim, String function) {
        int[] shape = a.ndim() == 0 ? new int[] {1} : a.shape();
        int others = 1;
        for (int i = 0; i < shape.length; i++) if (i != dim) others *= shape[i];
        if (shape[dim] == 0 && others > 0)
            throw new Indexing.IndexOutOfBounds(function + "(): Expected reduction dim " + dim + " to have non-zero size.");
        return shape[dim];
    }

    /** The picked entry of every slice along dim: values (a Take node named torchName) and int64 indices. */
    private static Tensor[] along(Tensor a, int dim, boolean keepdim, String function, String torchName, Picker picker) {
        int n = checkReducible(a, dim, function);
        int[] shape = a.ndim() == 0 ? new int[] {1} : a.shape();
        int outer = Shapes.size(Arrays.copyOfRange(shape, 0, dim)), inner = Shapes.size(Arrays.copyOfRange(shape, dim + 1, shape.length));
        double[] x = a.value().toArray();
        int[] positions = new int[outer * inner];
        double[] indices = new double[positions.length];
        for (int o = 0; o < outer; o++)
            for (int j = 0; j < inner; j++) {
                int base = o * n * inner + j;
                int chosen = picker.pick(x, base, inner, n);
                positions[o * inner + j] = base + chosen * inner;
                indices[o * inner + j] = chosen;
            }
        int[] outShape = a.ndim() == 0 ? new int[0] : Shapes.reduced(a.shape(), new int[] {dim}, keepdim);
        Tensor values = Tensor.apply(new Take(positions, outShape, torchName, Op.CONSTANT), a);
        return new Tensor[] {values, Tensor.constant(NDArray.of(indices, outShape), DType.INT64)};
    }
}
