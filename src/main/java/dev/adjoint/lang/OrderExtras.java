package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.lib.TorchTypeInfo;
import dev.adjoint.ndarray.NDArray;
import java.util.function.BiConsumer;

/**
 * Where the values lie: aminmax (both extremes at once; no derivative in PyTorch 1.13), msort
 * (sort along dim 0, SortBackward0) and histc (counts in equal bins of a range), with PyTorch's
 * messages.
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
        if (bins <= 0) throw new AutogradException("torch.histogram(): bins must be > 0, but got " + bins + " for dimension 0");
        double[] v = x.value().toArray();
        if (lo == hi && v.length > 0) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (double e : v) {
                lo = Math.min(lo, e);
                hi = Math.max(hi, e);
            }
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
}
