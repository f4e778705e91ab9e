package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.lib.TorchRanges;
import dev.adjoint.lang.lib.TorchTypeInfo;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Where the values lie: aminmax (both extremes at once; no derivative in PyTorch 1.13), msort
 * (sort along dim 0, SortBackward0), histc (counts in equal bins of a range) and histogram (counts
 * or weights in bins, with their edges), with PyTorch's messages.
 */
final class OrderExtras {
    private OrderExtras() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("aminmax", OrderExtras::aminmax);
        add.accept("msort", a -> {
            Tensor x = TensorFunctions.self(a.positionalFrom("input").expect(1, 1));
            return x.ndim() == 0 ? x : Ops.sort(x, 0, false)[0];
        });
        add.accept("histc", OrderExtras::histc);
        add.accept("histogram", OrderExtras::histogram);
    }

    /** aminmax(input, *, dim=None, keepdim=False): torch.return_types.aminmax(min, max). */
    private static Object aminmax(Args a) {
        Tensor x = TensorFunctions.self(a.positionalFrom("input").expect(1, 1, "dim", "keepdim"));
        Object d = a.keyword("dim");
        boolean keepdim = a.flag("keepdim", false);
        int[] axes = null;
        if (d != null) {
            int dim = TensorFunctions.dim(a, d, Math.max(x.ndim(), 1));
            if (x.ndim() > 0 && x.shape()[dim] == 0) throw PyError.index("aminmax: Expected reduction dim " + dim + " to have non-zero size.");
            if (x.ndim() > 0) axes = new int[] {dim};
        } else if (x.value().size() == 0)
            throw new AutogradException("aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.");
        Tensor values = Tensor.constant(x.value(), x.dtype());
        Tensor min = x.ndim() == 0 ? values : Ops.min(values, axes, keepdim), max = x.ndim() == 0 ? values : Ops.max(values, axes, keepdim);
        return new ReturnTypes("aminmax", "min", "max", Ops.withoutDerivative(x, "aminmax", min.value()), Ops.withoutDerivative(x, "aminmax", max.value()));
    }

    /**
     * histc(input, bins=100, min=0, max=0): counts of the entries in bins equal parts of [min, max]
     * (max itself in the last bin, entries outside and NaNs not counted); min == max takes the
     * data's range, widened by 1 each way if that is one value too.
     */
    private static Tensor histc(Args a) {
        a = a.positionalFrom("input").expect(1, 4, "bins", "min", "max");
        Tensor x = TensorFunctions.self(a);
        long bins = Values.toLong(Values.plain(a.option(1, "bins", 100L)), "bins");
        double lo = TensorFunctions.number(a, 2, "min", 0), hi = TensorFunctions.number(a, 3, "max", 0);
        Ops.requireFloating("histogram_cpu", x.dtype());
        if (bins <= 0) throw noBins(bins);
        double[] v = x.value().toArray();
        if (lo == hi && v.length > 0) {
            double[] range = dataRange(v);
            lo = range[0];
            hi = range[1];
        }
        if (lo == hi) {
            lo -= 1;
            hi += 1;
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi))
            throw new AutogradException("torch.histc: range of [" + TorchTypeInfo.percentG(lo) + ", " + TorchTypeInfo.percentG(hi) + "] is not finite");
        if (lo > hi) throw new AutogradException("torch.histc: max must be larger than min");
        dev.adjoint.ndarray.Limits.check(bins, "(" + bins + ",)");
        double[] counts = new double[(int) bins];
        for (double e : v) {
            if (!(e >= lo && e <= hi)) continue;
            counts[(int) Math.min((long) ((e - lo) * bins / (hi - lo)), bins - 1)]++;
        }
        return Tensor.constant(NDArray.of(counts, (int) bins), x.dtype());
    }

    /**
     * histogram(input, bins=100, *, range=None, weight=None, density=False):
     * torch.return_types.histogram(hist, bin_edges) of the flattened input, as PyTorch 1.13's
     * histogramdd kernel makes it. An int bins makes bins + 1 edges by linspace over the range (the
     * data's by default, [0, 1] when empty, widened by 0.5 each way when one value) and finds an
     * entry's bin by its position in the range, then compares with the neighbouring edges (so the
     * edges linspace rounded decide); a tensor of edges is searched. The last edge is inclusive,
     * entries outside (and NaNs) are not counted. density divides by the total, then by each
     * bin's width. No derivative (PyTorch's NotImplemented).
     */
    private static Object histogram(Args a) {
        a = a.positionalFrom("input");
        Tensor x = TensorFunctions.self(a);
        boolean method = a.self() == x && a.size() > 0 && a.get(0) == a.self();
        Object binsArg = a.option(1, "bins", 100L), rangeArg = a.keyword("range"), weightArg = a.keyword("weight"), densityArg = a.keyword("density");
        Tensor edgesGiven = binsArg instanceof Tensor t ? t : null;
        boolean intBins = PyNumbers.isInt(Values.plain(binsArg)) && !(Values.plain(binsArg) instanceof Boolean);
        boolean known = a.size() <= 2 && (intBins || edgesGiven != null) && (edgesGiven == null || rangeArg == null)
                && (weightArg == null || weightArg instanceof Tensor) && (densityArg == null || densityArg instanceof Boolean);
        for (String k : a.keywords().keySet()) known &= Arrays.asList("bins", "range", "weight", "density").contains(k);
        if (!known)
            throw PyError.type("histogram() received an invalid combination of arguments - got (" + a.overloadTypes(method) + "), but expected one of:\n"
                    + (method ? " * (Tensor bins, *, Tensor weight, bool density)\n * (int bins, *, tuple of floats range, Tensor weight, bool density)\n"
                            : " * (Tensor input, Tensor bins, *, Tensor weight, bool density, tuple of Tensors out)\n"
                                    + " * (Tensor input, int bins, *, tuple of floats range, Tensor weight, bool density, tuple of Tensors out)\n"));
        Ops.requireFloating("histogramdd", x.dtype());
        double[] v = x.value().toArray();
        double[] w = null;
        if (weightArg != null) {
            Tensor weight = (Tensor) weightArg;
            if (weight.dtype() != x.dtype())
                throw new AutogradException("torch.histogramdd: if weight tensor is provided, input tensor and weight tensor should have the same dtype, but got input("
                        + x.dtype().cName() + "), and weight(" + weight.dtype().cName() + ")");
            if (weight.value().size() != v.length)
                throw new AutogradException("torch.histogramdd: if weight tensor is provided it should have the same shape as the input tensor excluding its innermost dimension, but got input with shape ["
                        + v.length + ", 1] and weight with shape " + Arrays.toString(weight.shape()));
            w = weight.value().toArray();
        }
        double[] edges;
        boolean searched = edgesGiven != null;
        if (searched) {
            if (edgesGiven.ndim() != 1)
                throw new AutogradException("torch.histogramdd: bins tensor should have one dimension, but got " + edgesGiven.ndim() + " dimensions in the bins tensor for dimension 0");
            if (edgesGiven.value().size() == 0)
                throw new AutogradException("torch.histogramdd: bins tensor should have at least 1 element, but got 0 elements in the bins tensor for dimension 0");
            if (edgesGiven.dtype() != x.dtype())
                throw new AutogradException("torch.histogramdd: input tensor and bins tensors should have the same dtype, but got input with dtype "
                        + x.dtype().cName() + " and bins for dimension 0 with dtype " + edgesGiven.dtype().cName());
            edges = edgesGiven.value().toArray();
            if (edges.length == 1) throw noBins(0);
        } else {
            long bins = Values.toLong(Values.plain(binsArg), "bins");
            if (bins <= 0) throw noBins(bins);
            double lo = 0, hi = 1;
            if (rangeArg != null) {
                double[] r = rangeOf(a, rangeArg);
                lo = r[0];
                hi = r[1];
            } else if (v.length > 0) {
                double[] range = dataRange(v);
                lo = range[0];
                hi = range[1];
            }
            if (!Double.isFinite(lo) || !Double.isFinite(hi))
                throw new AutogradException("torch.histogramdd: dimension 0's range [" + TorchTypeInfo.percentG(lo) + ", " + TorchTypeInfo.percentG(hi) + "] is not finite");
            if (lo > hi)
                throw new AutogradException("torch.histogramdd: min should not exceed max, but got min " + TorchTypeInfo.percentG(lo) + " max " + TorchTypeInfo.percentG(hi) + " for dimension 0");
            if (lo == hi) { // as NumPy, so that no bin is of width 0
                lo -= 0.5;
                hi += 0.5;
            }
            dev.adjoint.ndarray.Limits.check(bins + 1, "(" + (bins + 1) + ",)");
            edges = TorchRanges.linspace(lo, hi, (int) bins + 1);
        }
        int last = edges.length - 1;
        double left = edges[0], right = edges[last];
        double[] hist = new double[Math.max(last, 0)];
        for (int i = 0; i < v.length; i++) {
            double e = v[i];
            if (!(e >= left && e <= right)) continue;
            int pos;
            if (searched) pos = upperBound(edges, 0, edges.length, e) - 1;
            else { // the position in the range, then the right edge among its neighbours
                int guess = (int) ((e - left) * last / (right - left));
                pos = upperBound(edges, Math.max(0, guess - 1), Math.min(guess + 2, edges.length), e) - 1;
            }
            if (pos == last) pos--; // the last edge belongs to the last bin
            hist[pos] += w == null ? 1 : w[i];
        }
        if (densityArg == Boolean.TRUE) {
            double total = Ops.sum(Tensor.constant(NDArray.of(hist, hist.length), x.dtype())).item(); // PyTorch's summing order
            for (int b = 0; b < hist.length; b++) hist[b] = hist[b] / total / (edges[b + 1] - edges[b]);
        }
        Tensor histogram = Ops.withoutDerivative(x, "histogram", NDArray.of(hist, hist.length));
        Tensor binEdges = Ops.withoutDerivative(x, "histogram", NDArray.of(edges, edges.length));
        return new ReturnTypes("histogram", "hist", "bin_edges", histogram, binEdges);
    }

    /** The smallest and largest entry (v not empty); a NaN makes both NaN (Math.min and max keep it), as PyTorch's aminmax. */
    private static double[] dataRange(double[] v) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double e : v) {
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        return new double[] {lo, hi};
    }

    private static AutogradException noBins(long bins) {
        return new AutogradException("torch.histogram(): bins must be > 0, but got " + bins + " for dimension 0");
    }

    /** histogram's range: a sequence of two numbers. */
    private static double[] rangeOf(Args a, Object rangeArg) {
        if (!(Values.plain(rangeArg) instanceof java.util.List<?> items))
            throw PyError.type("histogram(): argument 'range' must be tuple of floats, not " + Values.typeName(rangeArg));
        if (items.size() != 2)
            throw new AutogradException("torch.histogramdd: for a 1-dimensional histogram range should have 2 elements, but got " + items.size());
        return new double[] {a.number(items.get(0), "range"), a.number(items.get(1), "range")};
    }

    /** The first index in [from, to) whose edge is greater than e (C++'s upper_bound); to if none. */
    private static int upperBound(double[] edges, int from, int to, double e) {
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] > e) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
