package dev.adjoint.lang;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * torch.unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None) and
 * {@code x.unique(...)}: the distinct values in ascending order (without dim, of the flattened
 * input; with dim, the distinct slices along it, ordered as rows compare), the index of each
 * input entry (or slice) among them, and how often each occurs. sorted=False gives them sorted
 * too (PyTorch's CPU order then comes from a hash set). Equal values are one: −0.0 and 0.0 give
 * the one found first. torch.unique_consecutive is the same without the sort: each run of equal
 * values (NaNs never equal) once, in order.
 */
final class TensorUnique {
    private TensorUnique() {}

    static Object unique(Args a) {
        Tensor x = TensorFunctions.self(a.expect(1, 5, "sorted", "return_inverse", "return_counts", "dim"));
        return distinct(x, Values.truthy(a.option(2, "return_inverse", false)), Values.truthy(a.option(3, "return_counts", false)), a.option(4, "dim", null), a, false);
    }

    /** unique_consecutive(input, return_inverse=False, return_counts=False, dim=None): each run of equal values (or slices) once, in order. */
    static Object uniqueConsecutive(Args a) {
        Tensor x = TensorFunctions.self(a.expect(1, 4, "return_inverse", "return_counts", "dim"));
        return distinct(x, Values.truthy(a.option(1, "return_inverse", false)), Values.truthy(a.option(2, "return_counts", false)), a.option(3, "dim", null), a, true);
    }

    /** The distinct values (slices along d), sorted, or each run of equal ones in order (consecutive), with the inverse and counts asked for. */
    private static Object distinct(Tensor x, boolean inverse, boolean counts, Object d, Args a, boolean consecutive) {
        int dim = d == null ? -1 : TensorFunctions.dim(a, d, Math.max(x.ndim(), 1));
        int[] shape = x.shape();
        // rows: the slices compared (one value each without dim)
        int n = d == null ? x.value().size() : shape.length == 0 ? 1 : shape[dim];
        int width = n == 0 ? 0 : x.value().size() / n;
        double[] flat = d == null || shape.length == 0 ? x.value().toArray() : x.value().permute(toFront(dim, shape.length)).toArray();
        Comparator<Integer> byRow = (i, j) -> compareRows(flat, i * width, j * width, width);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        if (!consecutive) Arrays.sort(order, byRow); // stable: the first of equal rows leads its group
        List<Integer> firsts = new ArrayList<>();
        double[] inverseOf = new double[n];
        List<Integer> sizes = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (k == 0 || byRow.compare(order[k - 1], order[k]) != 0) {
                firsts.add(order[k]);
                sizes.add(0);
            }
            inverseOf[order[k]] = firsts.size() - 1;
            sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + 1);
        }
        double[] values = new double[firsts.size() * width];
        for (int u = 0; u < firsts.size(); u++) System.arraycopy(flat, firsts.get(u) * width, values, u * width, width);
        NDArray result;
        if (d == null || shape.length == 0) {
            result = NDArray.of(values, firsts.size());
        } else {
            int[] moved = shape.clone();
            System.arraycopy(shape, 0, moved, 1, dim);
            moved[0] = firsts.size();
            result = NDArray.of(values, moved).permute(fromFront(dim, shape.length));
        }
        Tensor unique = Ops.unique(x, result, consecutive);
        if (!inverse && !counts) return unique;
        List<Object> out = new ArrayList<>(List.of(unique));
        if (inverse) out.add(Tensor.constant(NDArray.of(inverseOf, d == null ? shape : new int[] {n}), DType.INT64));
        if (counts) out.add(Tensor.constant(NDArray.of(sizes.stream().mapToDouble(Integer::doubleValue).toArray(), sizes.size()), DType.INT64));
        return Values.tuple(out);
    }

    /** The axes that bring {@code dim} to the front, the others in order. */
    private static int[] toFront(int dim, int ndim) {
        int[] axes = new int[ndim];
        axes[0] = dim;
        for (int i = 0, k = 1; i < ndim; i++) if (i != dim) axes[k++] = i;
        return axes;
    }

    /** The axes that put the front axis back at {@code dim}. */
    private static int[] fromFront(int dim, int ndim) {
        int[] to = toFront(dim, ndim), back = new int[ndim];
        for (int i = 0; i < ndim; i++) back[to[i]] = i;
        return back;
    }

    /** Rows in lexicographic order of their values; NaN after every number. */
    private static int compareRows(double[] v, int i, int j, int width) {
        for (int k = 0; k < width; k++) {
            double p = v[i + k], q = v[j + k];
            if (p < q) return -1;
            if (p > q) return 1;
            if (p != q) return Boolean.compare(Double.isNaN(p), Double.isNaN(q)) != 0 ? Boolean.compare(Double.isNaN(p), Double.isNaN(q)) : Integer.compare(i, j);
        }
        return 0;
    }
}
