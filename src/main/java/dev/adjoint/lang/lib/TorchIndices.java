package dev.adjoint.lang.lib;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * torch's functions that compute positions rather than values: tril_indices/triu_indices (the
 * row and column of each entry on or below/above a diagonal, row by row) and searchsorted/bucketize
 * (where each value would go in a sorted sequence), and isin (whether each value is among others). Their
 * results are int64 (isin's bool), outside the graph.
 */
final class TorchIndices {
    private TorchIndices() {}

    static void addTo(PyModule m) {
        m.add(Builtin.of("tril_indices", a -> triangle(a.positionalFrom("row", "col", "offset"), true)));
        m.add(Builtin.of("triu_indices", a -> triangle(a.positionalFrom("row", "col", "offset"), false)));
        m.add(Builtin.of("searchsorted", given -> {
            Args a = given.positionalFrom("sorted_sequence", "input").expect(2, 2, "out_int32", "right", "side", "sorter");
            Tensor sorted = TorchArgs.tensor(a, a.get(0));
            if (a.keyword("sorter") != null)
                throw new AutogradException("torch.searchsorted(): sorter= is not supported by adjoint; sort the sequence first (torch.sort)");
            Object side = a.keyword("side");
            boolean right = a.flag("right", false);
            if (side != null) {
                if (!"left".equals(side) && !"right".equals(side))
                    throw new AutogradException("torch.searchsorted(): side can only be 'left' or 'right' but got " + side);
                if (right && side.equals("left")) // PyTorch's check: side="right" with right=False is side's choice
                    throw new AutogradException("torch.searchsorted(): side and right can't be set to opposites, got side of " + side + " while right was True");
                right = "right".equals(side);
            }
            Object v = a.get(1);
            if (PyNumbers.isNumber(Values.plain(v))) {
                if (sorted.ndim() != 1) throw new AutogradException("torch.searchsorted(): input value can be a scalar only when boundaries tensor dimension is 1, but we got boundaries tensor dim(" + sorted.ndim() + ") and input value's dim(0) numel(1)");
                return typed(a, result(NDArray.scalar(place(sorted.value().toArray(), 0, sorted.value().size(), PyNumbers.approx(Values.plain(v)), right))));
            }
            return typed(a, search(sorted, TorchArgs.tensor(a, v), right));
        }));
        m.add(Builtin.of("isin", TorchIndices::isin));
        m.add(Builtin.of("bucketize", given -> {
            Args a = given.positionalFrom("input", "boundaries").expect(2, 2, "out_int32", "right");
            Tensor boundaries = TorchArgs.tensor(a, a.get(1));
            if (boundaries.ndim() != 1) throw new AutogradException("boundaries tensor must be 1 dimension, but got dim(" + boundaries.ndim() + ")");
            Object v = a.get(0);
            if (PyNumbers.isNumber(Values.plain(v)))
                return typed(a, result(NDArray.scalar(place(boundaries.value().toArray(), 0, boundaries.value().size(), PyNumbers.approx(Values.plain(v)), a.flag("right", false)))));
            return typed(a, search(boundaries, TorchArgs.tensor(a, v), a.flag("right", false)));
        }));
    }

    /** isin(elements, test_elements, *, assume_unique=False, invert=False): whether each element is among the test elements (either may be a number). */
    private static Tensor isin(Args given) {
        Args a = given.positionalFrom("elements", "test_elements").expect(2, 2, "assume_unique", "invert");
        Object e = Values.plain(a.get(0)), t = Values.plain(a.get(1));
        boolean eNumber = PyNumbers.isNumber(e), tNumber = PyNumbers.isNumber(t);
        if (!(e instanceof Tensor || eNumber) || !(t instanceof Tensor || tNumber) || (eNumber && tNumber)) {
            throw dev.adjoint.lang.PyError.type("isin() received an invalid combination of arguments - got (" + Values.typeName(e) + ", " + Values.typeName(t)
                    + "), but expected one of:\n * (Tensor elements, Tensor test_elements, *, bool assume_unique, bool invert, Tensor out)\n"
                    + " * (Number element, Tensor test_elements, *, bool assume_unique, bool invert, Tensor out)\n"
                    + " * (Tensor elements, Number test_element, *, bool assume_unique, bool invert, Tensor out)\n");
        }
        NDArray elements = eNumber ? NDArray.scalar(PyNumbers.approx(e)) : ((Tensor) e).value();
        java.util.Set<Double> tests = new java.util.HashSet<>();
        for (double v : tNumber ? new double[] {PyNumbers.approx(t)} : ((Tensor) t).value().toArray()) tests.add(v == 0 ? 0.0 : v); // -0.0 is 0.0
        boolean invert = a.flag("invert", false);
        return Tensor.constant(elements.map(v -> (!Double.isNaN(v) && tests.contains(v == 0 ? 0.0 : v)) != invert ? 1 : 0), DType.BOOL); // NaN is in nothing
    }

    /** tril_indices(row, col, offset=0): a 2×N int64 tensor of (row, column) pairs, row by row. */
    private static Object triangle(Args a, boolean lower) {
        a.expect(2, 3, "row", "col", "offset", "dtype", "device", "layout");
        long rows = Values.toLong(Values.plain(a.option(0, "row", null)), "row"), cols = Values.toLong(Values.plain(a.option(1, "col", null)), "col");
        long offset = Values.toLong(Values.plain(a.option(2, "offset", 0L)), "offset");
        if (rows < 0) throw new AutogradException("row must be non-negative, got" + rows);
        if (cols < 0) throw new AutogradException("col must be non-negative, got" + cols);
        int count = 0;
        for (long r = 0; r < rows; r++) for (long c = 0; c < cols; c++) if (lower ? c - r <= offset : c - r >= offset) count++;
        double[] v = new double[2 * count];
        int k = 0;
        for (long r = 0; r < rows; r++)
            for (long c = 0; c < cols; c++)
                if (lower ? c - r <= offset : c - r >= offset) {
                    v[k] = r;
                    v[count + k++] = c;
                }
        return Tensor.constant(NDArray.of(v, 2, count), DType.INT64);
    }

    /**
     * Each value's place in the sorted sequence: a 1-D sequence serves every value; an N-D one has
     * one sorted row per row of values (their leading dims must match).
     */
    private static Tensor search(Tensor sorted, Tensor values, boolean right) {
        double[] s = sorted.value().toArray(), v = values.value().toArray(), out = new double[v.length];
        int n = sorted.ndim() == 0 ? 1 : sorted.shape()[sorted.ndim() - 1];
        if (sorted.ndim() > 1) {
            int[] lead = Arrays.copyOf(sorted.shape(), sorted.ndim() - 1), valuesLead = values.ndim() == 0 ? new int[0] : Arrays.copyOf(values.shape(), values.ndim() - 1);
            if (!Arrays.equals(lead, valuesLead))
                throw new AutogradException("torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries tensor and input value tensor must match, but we got boundaries tensor "
                        + Tensor.torchShape(sorted.shape()) + " and input value tensor " + Tensor.torchShape(values.shape()));
        }
        int row = values.ndim() == 0 ? 1 : values.shape()[values.ndim() - 1];
        for (int i = 0; i < v.length; i++) {
            int from = sorted.ndim() > 1 ? (i / row) * n : 0;
            out[i] = place(s, from, n, v[i], right);
        }
        return result(NDArray.of(out, values.shape()));
    }

    /** The first position in s[from, from + n) whose entry is ≥ x (> x when right), counted from from. */
    private static double place(double[] s, int from, int n, double x, boolean right) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double e = s[from + mid];
            if (right ? !(e > x) : !(e >= x)) lo = mid + 1; // PyTorch's test, which sorts NaN last
            else hi = mid;
        }
        return lo;
    }

    private static Tensor result(NDArray positions) {
        return Tensor.constant(positions, DType.INT64);
    }

    /** The positions as int32 when out_int32=True. */
    private static Tensor typed(Args a, Tensor positions) {
        return a.flag("out_int32", false) ? positions.to(DType.INT32) : positions;
    }
}
