package dev.adjoint.lang.lib;

import static dev.adjoint.lang.lib.TorchDistributions.CATEGORICAL;
import static dev.adjoint.lang.lib.TorchDistributions.DISTRIBUTION;
import static dev.adjoint.lang.lib.TorchDistributions.batchShape;
import static dev.adjoint.lang.lib.TorchDistributions.init;
import static dev.adjoint.lang.lib.TorchDistributions.param;
import static dev.adjoint.lang.lib.TorchDistributions.property;
import static dev.adjoint.lang.lib.TorchDistributions.self;
import static dev.adjoint.lang.lib.TorchDistributions.validating;
import static dev.adjoint.lang.lib.TorchDistributions.value;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TorchSize;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The distributions PyTorch 1.13 builds on another one: {@code OneHotCategorical} (a Categorical
 * whose samples are one-hot vectors: its draws PyTorch's) and {@code Independent} (a base
 * distribution's rightmost batch dimensions read as event dimensions, log_prob and entropy summed
 * over them: a VAE's diagonal Gaussian).
 */
final class WrappedDistributions {
    private WrappedDistributions() {}

    static final PyClass ONE_HOT_CATEGORICAL = PyClass.library("OneHotCategorical", "torch.distributions.one_hot_categorical", DISTRIBUTION);
    static final PyClass INDEPENDENT = PyClass.library("Independent", "torch.distributions.independent", DISTRIBUTION);
    static final List<PyClass> CLASSES = List.of(ONE_HOT_CATEGORICAL, INDEPENDENT);

    static void define() {
        oneHotCategorical();
        independent();
    }

    private static PyInstance inner(PyInstance d) {
        return (PyInstance) d.own("_base");
    }

    private static Object call(PyInstance d, String method, Object... args) {
        List<Object> all = new java.util.ArrayList<>();
        all.add(d);
        all.addAll(Arrays.asList(args));
        return d.interpreter().call(d.pyClass().lookup(method), all);
    }

    // ---- OneHotCategorical(probs=None, logits=None, validate_args=None) ----

    private static void oneHotCategorical() {
        ONE_HOT_CATEGORICAL.method("__init__", a -> {
            PyInstance d = self(a.expect(0, 3, "probs", "logits", "validate_args"));
            PyInstance categorical = (PyInstance) a.interpreter().call(CATEGORICAL,
                    Arrays.asList(a.option(0, "probs", null), a.option(1, "logits", null), a.option(2, "validate_args", null)));
            d.setOwn("_base", categorical);
            init(a, d, batchShape(categorical), 2);
            d.setOwn("_event_shape", TorchSize.of(new int[] {events(categorical)}));
            return null;
        });
        property(ONE_HOT_CATEGORICAL, "event_shape", i -> i.own("_event_shape"));
        property(ONE_HOT_CATEGORICAL, "probs", i -> param(inner(i), "probs"));
        property(ONE_HOT_CATEGORICAL, "logits", i -> param(inner(i), "logits"));
        property(ONE_HOT_CATEGORICAL, "mean", i -> param(inner(i), "probs"));
        property(ONE_HOT_CATEGORICAL, "mode", i -> oneHot(argmax(param(inner(i), "probs").value()), events(inner(i))));
        property(ONE_HOT_CATEGORICAL, "variance", i -> {
            Tensor p = param(inner(i), "probs");
            return Ops.mul(p, Ops.rsub(Ops.scalar(1), p));
        });
        ONE_HOT_CATEGORICAL.method("sample", a -> { // one_hot(categorical.sample(sample_shape), events).to(probs)
            PyInstance d = self(a.expect(0, 1, "sample_shape"));
            Object shape = a.option(0, "sample_shape", TorchSize.of(new int[0]));
            Tensor indices = (Tensor) call(inner(d), "sample", shape);
            return oneHot(indices.value(), events(inner(d)));
        });
        ONE_HOT_CATEGORICAL.method("log_prob", a -> { // the categorical's log_prob of value.max(-1)[1]
            PyInstance d = self(a);
            Tensor value = value(a, d, "OneHot()", v -> v == 0 || v == 1);
            if (validating(d)) {
                int events = events(inner(d));
                double[] v = value.value().toArray();
                for (int r = 0; r < v.length; r += events) {
                    double sum = 0;
                    for (int k = r; k < r + events; k++) sum += v[k];
                    if (sum != 1) throw TorchDistributions.invalidValue(d, value, "OneHot()");
                }
            }
            return call(inner(d), "log_prob", Tensor.constant(argmax(value.value()), DType.INT64));
        });
        ONE_HOT_CATEGORICAL.define("has_enumerate_support", true);
        ONE_HOT_CATEGORICAL.method("enumerate_support", a -> { // the rows of eye(n)
            int n = events(inner(self(a)));
            double[] eye = new double[n * n];
            for (int i = 0; i < n; i++) eye[i * n + i] = 1;
            return TorchDistributions.enumerated(self(a), NDArray.of(eye, n, n), DType.FLOAT64, a);
        });
        ONE_HOT_CATEGORICAL.method("entropy", a -> call(inner(self(a.expect(0, 0))), "entropy"));
    }

    private static int events(PyInstance categorical) {
        Tensor p = param(categorical, "probs");
        return p.shape()[p.ndim() - 1];
    }

    /** The index of the first greatest entry along the last axis (max(-1)[1], argmax). */
    private static NDArray argmax(NDArray x) {
        int[] s = x.shape();
        if (s.length == 0) return NDArray.zeros(s); // a 0-d value (validate_args=False): max(-1) of one element
        int events = s[s.length - 1];
        double[] v = x.toArray(), out = new double[v.length / Math.max(events, 1)];
        for (int r = 0; r < out.length; r++) {
            int best = 0;
            for (int k = 1; k < events; k++) if (v[r * events + k] > v[r * events + best]) best = k;
            out[r] = best;
        }
        return NDArray.of(out, Arrays.copyOf(s, s.length - 1));
    }

    /** F.one_hot(indices, events) as floats (.to(probs)). */
    private static Tensor oneHot(NDArray indices, int events) {
        double[] idx = indices.toArray(), out = new double[idx.length * events];
        for (int r = 0; r < idx.length; r++) out[r * events + (int) idx[r]] = 1;
        int[] s = indices.shape(), shape = Arrays.copyOf(s, s.length + 1);
        shape[s.length] = events;
        return Tensor.constant(NDArray.of(out, shape));
    }

    // ---- Independent(base_distribution, reinterpreted_batch_ndims, validate_args=None) ----

    private static void independent() {
        INDEPENDENT.method("__init__", a -> {
            PyInstance d = self(a.expect(2, 3, "base_distribution", "reinterpreted_batch_ndims", "validate_args"));
            Object base = a.option(0, "base_distribution", null);
            if (!(base instanceof PyInstance b) || !b.pyClass().isSubclassOf(DISTRIBUTION))
                throw new PyError("AttributeError", "'" + Values.typeName(base) + "' object has no attribute 'batch_shape'");
            Object given = Values.plain(a.option(1, "reinterpreted_batch_ndims", null));
            int[] batch = batchShape(b), event = Values.plain(TorchDistributions.get(b, "event_shape")) instanceof TorchSize e ? a.ints(e, "event_shape") : new int[0];
            if (PyNumbers.isNumber(given) && PyNumbers.compare(given, (long) batch.length) > 0)
                throw PyError.value("Expected reinterpreted_batch_ndims <= len(base_distribution.batch_shape), actual " + Values.str(given) + " vs " + batch.length);
            if (!PyNumbers.isInt(given)) throw PyError.type("slice indices must be integers or None or have an __index__ method");
            int n = Values.toInt(given, "reinterpreted_batch_ndims");
            d.setOwn("_base", b);
            d.setOwn("reinterpreted_batch_ndims", (long) n);
            int[] shape = IntStream.concat(Arrays.stream(batch), Arrays.stream(event)).toArray(); // batch_shape + event_shape, cut as Python slices it
            int cut = sliceIndex(shape.length - (n + event.length), shape.length);
            init(a, d, Arrays.copyOf(shape, cut), 2);
            d.setOwn("_event_shape", TorchSize.of(Arrays.copyOfRange(shape, cut, shape.length)));
            return null;
        });
        property(INDEPENDENT, "base_dist", WrappedDistributions::inner);
        property(INDEPENDENT, "event_shape", i -> i.own("_event_shape"));
        property(INDEPENDENT, "has_rsample", i -> inner(i).pyClass().lookup("has_rsample"));
        property(INDEPENDENT, "mean", i -> TorchDistributions.get(inner(i), "mean"));
        property(INDEPENDENT, "mode", i -> TorchDistributions.get(inner(i), "mode"));
        property(INDEPENDENT, "variance", i -> TorchDistributions.get(inner(i), "variance"));
        INDEPENDENT.method("__repr__", a -> "Independent(" + TorchDistributions.repr(inner(self(a))) + ", " + self(a).own("reinterpreted_batch_ndims") + ")");
        INDEPENDENT.method("sample", a -> call(inner(self(a.expect(0, 1, "sample_shape"))), "sample", a.option(0, "sample_shape", TorchSize.of(new int[0]))));
        INDEPENDENT.method("rsample", a -> call(inner(self(a.expect(0, 1, "sample_shape"))), "rsample", a.option(0, "sample_shape", TorchSize.of(new int[0]))));
        INDEPENDENT.method("log_prob", a -> {
            PyInstance d = self(a.expect(1, 1, "value"));
            return sumRightmost((Tensor) call(inner(d), "log_prob", a.option(0, "value", null)), dims(d));
        });
        INDEPENDENT.method("entropy", a -> {
            PyInstance d = self(a.expect(0, 0));
            return sumRightmost((Tensor) call(inner(d), "entropy"), dims(d));
        });
    }

    static int dims(PyInstance independent) {
        return (int) (long) (Long) independent.own("reinterpreted_batch_ndims");
    }

    static PyInstance base(PyInstance wrapper) {
        return inner(wrapper);
    }

    /** PyTorch's _sum_rightmost: value.reshape(value.shape[:-n] + (-1,)).sum(-1), nothing for n = 0. */
    static Tensor sumRightmost(Tensor value, int n) {
        if (n == 0) return value;
        int[] s = value.shape();
        int keep = sliceIndex(-n, s.length), size = 1;
        for (int i = keep; i < s.length; i++) size *= s[i];
        int[] shape = Arrays.copyOf(s, keep + 1);
        shape[keep] = size;
        return Ops.sum(Ops.reshape(value, shape), new int[] {keep}, false);
    }

    /** A slice bound i of a sequence of this length as Python reads it: from the end when negative, clamped to [0, length]. */
    private static int sliceIndex(int i, int length) {
        return Math.max(0, Math.min(length, i < 0 ? i + length : i));
    }
}
