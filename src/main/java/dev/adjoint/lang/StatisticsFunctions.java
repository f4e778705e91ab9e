package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.function.BiConsumer;

/**
 * nanmean, cov, corrcoef and dist (the p-norm of a difference, DistBackward0), composed as PyTorch composes them (nansum over the count of
 * non-NaNs, DivBackward0; cov's weighted mean, centring, mm and division ending in squeeze,
 * SqueezeBackward0; corrcoef's covariance over the outer product of standard deviations, clipped
 * to [-1, 1], ClampBackward1), with PyTorch's checks and messages.
 */
final class StatisticsFunctions {
    private StatisticsFunctions() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("nanmean", StatisticsFunctions::nanmean);
        add.accept("dist", a -> { // dist(input, other, p=2): the p-norm of the difference (DistBackward0)
            a = a.positionalFrom("input", "other").expect(2, 3, "p");
            return Ops.dist(TensorFunctions.self(a), TensorFunctions.tensor(a, a.get(1), "other", 2), TensorFunctions.number(a, 2, "p", 2));
        });
        add.accept("cov", a -> {
            a = a.positionalFrom("input").expect(1, 1, "correction", "fweights", "aweights");
            Object f = a.keyword("fweights"), w = a.keyword("aweights");
            return cov(a, TensorFunctions.self(a), (long) TensorFunctions.number(a, -1, "correction", 1),
                    f == null ? null : TensorFunctions.tensor(a, f, "fweights", 2), w == null ? null : TensorFunctions.tensor(a, w, "aweights", 3));
        });
        add.accept("corrcoef", a -> corrcoef(a, TensorFunctions.self(a.positionalFrom("input").expect(1, 1))));
    }

    /** nanmean(input, dim=None, keepdim=False, *, dtype=None): the mean of the entries that are not NaN. */
    private static Tensor nanmean(Args a) {
        Tensor x = TensorFunctions.self(a.positionalFrom("input", "dim", "keepdim").expect(1, 3, "dtype"));
        if (!x.dtype().isFloating()) throw new AutogradException("nanmean(): expected input to have floating point dtype but got " + x.dtype().scalarName());
        int[] dims = TensorFunctions.dims(a, 1, x.ndim(), false);
        boolean keepdim = TensorFunctions.keepdim(a, 2);
        Tensor isNan = Ops.ne(x, x), sum = Ops.sum(Ops.where(isNan, Tensor.constant(0), x), dims, keepdim);
        Tensor counted = Ops.sum(Tensor.constant(isNan.value().map(v -> 1 - v), DType.INT64), dims, keepdim);
        return Ops.div(sum, counted);
    }

    private static Tensor cov(Args a, Tensor x, long correction, Tensor fweights, Tensor aweights) {
        if (x.ndim() > 2) throw new AutogradException("cov(): expected input to have two or fewer dimensions but got an input with " + x.ndim() + " dimensions");
        if (x.dtype() == DType.BOOL) throw new AutogradException("cov(): bool dtype is not supported for input");
        Tensor in = x.ndim() < 2 ? Ops.reshape(x, 1, x.value().size()) : x;
        int observations = in.shape()[1];
        Tensor w = null;
        if (fweights != null) {
            checkWeights("fweights", fweights, observations);
            if (!fweights.dtype().isInteger())
                throw new AutogradException("cov(): expected fweights to have integral dtype but got fweights with " + fweights.dtype().scalarName() + " dtype");
            for (double v : fweights.value().toArray()) if (v < 0) throw new AutogradException("cov(): fweights cannot be negative");
            w = fweights;
        }
        if (aweights != null) {
            checkWeights("aweights", aweights, observations);
            if (!aweights.dtype().isFloating())
                throw new AutogradException("cov(): expected aweights to have floating point dtype but got aweights with " + aweights.dtype().scalarName() + " dtype");
            for (double v : aweights.value().toArray()) if (v < 0) throw new AutogradException("cov(): aweights cannot be negative");
            w = w == null ? aweights : Ops.mul(w, aweights);
        }
        Tensor wSum = w == null ? Tensor.constant(NDArray.scalar(observations), DType.INT64) : Ops.sum(w);
        if (w != null && wSum.item() == 0) throw new AutogradException("cov(): weights sum to zero, can't be normalized");
        Tensor avg = Ops.div(Ops.sum(w == null ? in : Ops.mul(in, w), new int[] {1}, false), wSum);
        Tensor norm = w != null && aweights != null && correction != 0
                ? Ops.sub(wSum, Ops.div(Ops.mul(Ops.sum(Ops.mul(w, aweights)), Tensor.constant(correction)), wSum))
                : Ops.sub(wSum, Tensor.constant(NDArray.scalar(correction), DType.INT64));
        if (norm.item() <= 0) {
            a.interpreter().warnAtCall("UserWarning", "cov(): degrees of freedom is <= 0", a.span());
            norm = Tensor.constant(NDArray.scalar(0), norm.dtype());
        }
        Tensor centred = Ops.sub(in, Ops.unsqueeze(avg, 1));
        Tensor c = Ops.matmul(centred, Ops.t(w == null ? centred : Ops.mul(centred, w)));
        return Ops.squeeze(Ops.div(c, norm), null);
    }

    private static void checkWeights(String name, Tensor w, int observations) {
        if (w.ndim() > 1) throw new AutogradException("cov(): expected " + name + " to have one or fewer dimensions but got " + name + " with " + w.ndim() + " dimensions");
        if (w.value().size() != observations)
            throw new AutogradException("cov(): expected " + name + " to have the same numel as there are observations in the input but got "
                    + w.value().size() + " != " + observations);
    }

    private static Tensor corrcoef(Args a, Tensor x) {
        if (x.ndim() > 2) throw new AutogradException("corrcoef(): expected input to have two or fewer dimensions but got an input with " + x.ndim() + " dimensions");
        Tensor c = cov(a, x, 1, null, null);
        if (c.ndim() == 0) return Ops.div(c, c);
        int n = c.shape()[0];
        int[] diagonal = new int[n];
        for (int i = 0; i < n; i++) diagonal[i] = i * n + i;
        Tensor std = Ops.sqrt(Ops.take(c, diagonal, new int[] {n}, "DiagBackward0"));
        c = Ops.div(Ops.div(c, Ops.reshape(std, n, 1)), Ops.reshape(std, 1, n));
        return Ops.clamp(c, -1.0, 1.0);
    }
}
