package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.EmbeddingLookup;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Normalization;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Parameter;
import dev.adjoint.random.TorchRandom;
import dev.adjoint.scope.Scope;
import java.util.List;

/**
 * torch.nn's normalisation layers (BatchNorm1d, BatchNorm2d, LayerNorm), Embedding and LeakyReLU,
 * and their torch.nn.functional forms, with PyTorch's arguments, attributes, buffers and reprs; the
 * engine's {@link Normalization} and {@link EmbeddingLookup} compute.
 */
final class TorchLayers {
    private TorchLayers() {}

    static void addLayers(PyModule m) {
        m.add("BatchNorm1d", BATCH_NORM1D);
        m.add("BatchNorm2d", BATCH_NORM2D);
        m.add("BatchNorm3d", BATCH_NORM3D);
        m.add("LayerNorm", LAYER_NORM);
        m.add("Embedding", EMBEDDING);
        m.add("LeakyReLU", LEAKY_RELU);
    }

    static void addFunctions(PyModule m) {
        m.add(Builtin.of("batch_norm", a -> {
            a.expect(3, 8, "input", "running_mean", "running_var", "weight", "bias", "training", "momentum", "eps");
            Tensor x = TorchArgs.tensor(a, a.get(0));
            boolean training = a.bool(5, "training", false);
            if (training) checkBatch(x);
            return Normalization.batchNorm(x, optionalTensor(a, a.get(1)), optionalTensor(a, a.get(2)), optionalTensor(a, a.option(3, "weight", null)),
                    optionalTensor(a, a.option(4, "bias", null)), training, a.number(6, "momentum", 0.1), a.number(7, "eps", 1e-5));
        }));
        m.add(Builtin.of("layer_norm", a -> {
            a.expect(2, 5, "input", "normalized_shape", "weight", "bias", "eps");
            return Normalization.layerNorm(TorchArgs.tensor(a, a.get(0)), sizes(a, a.get(1)), optionalTensor(a, a.option(2, "weight", null)),
                    optionalTensor(a, a.option(3, "bias", null)), a.number(4, "eps", 1e-5));
        }));
        m.add(Builtin.of("embedding", a -> {
            a.expect(2, 7, "input", "weight", "padding_idx", "max_norm", "norm_type", "scale_grad_by_freq", "sparse");
            refuseUnsupported(a.bool(5, "scale_grad_by_freq", false), a.bool(6, "sparse", false));
            Tensor weight = TorchArgs.tensor(a, a.get(1)), input = TorchArgs.tensor(a, a.get(0));
            Object padding = Values.plain(a.option(2, "padding_idx", null));
            renormRows(a, weight, input, a.option(3, "max_norm", null), a.option(4, "norm_type", 2.0));
            return EmbeddingLookup.embedding(input, weight, padding == null ? null : paddingRow(a, padding, weight.shape()[0]));
        }));
        m.add(Builtin.of("leaky_relu", a -> {
            a.expect(1, 3, "input", "negative_slope", "inplace");
            return Ops.leakyRelu(TorchArgs.tensor(a, a.get(0)), a.number(1, "negative_slope", 0.01));
        }));
    }

    // ---- BatchNorm1d, BatchNorm2d ----

    static final PyClass BATCH_NORM1D = batchNorm("BatchNorm1d"), BATCH_NORM2D = batchNorm("BatchNorm2d"), BATCH_NORM3D = batchNorm("BatchNorm3d");

    private static PyClass batchNorm(String name) {
        PyClass cls = TorchNn.layer(name, a -> {
            a.expect(0, 7, "num_features", "eps", "momentum", "affine", "track_running_stats", "device", "dtype");
            TorchNn.requireArguments(a, name, "num_features");
            PyInstance m = TorchNn.instance(a);
            int c = a.intValue(a.option(0, "num_features", null), "num_features");
            m.setOwn("num_features", (long) c);
            m.setOwn("eps", Values.plain(a.option(1, "eps", 1e-5)));
            m.setOwn("momentum", Values.plain(a.option(2, "momentum", 0.1)));
            boolean affine = a.bool(3, "affine", true), track = a.bool(4, "track_running_stats", true);
            m.setOwn("affine", affine);
            m.setOwn("track_running_stats", track);
            m.setOwn("weight", affine ? Parameter.of(NDArray.ones(c)) : null);
            m.setOwn("bias", affine ? Parameter.of(NDArray.zeros(c)) : null);
            TorchNn.registerBuffer(m, "running_mean", track ? Tensor.constant(NDArray.zeros(c)) : null);
            TorchNn.registerBuffer(m, "running_var", track ? Tensor.constant(NDArray.ones(c)) : null);
            TorchNn.registerBuffer(m, "num_batches_tracked", track ? Tensor.constant(NDArray.scalar(0), DType.INT64) : null);
            return null;
        }, a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
            Tensor x = TorchArgs.tensor(a, a.get(0));
            boolean oneD = name.equals("BatchNorm1d");
            int spatial = name.equals("BatchNorm3d") ? 3 : 2; // BatchNorm2d's (N, C, H, W), BatchNorm3d's (N, C, D, H, W)
            if (oneD ? x.ndim() != 2 && x.ndim() != 3 : x.ndim() != spatial + 2)
                throw PyError.value("expected " + (oneD ? "2D or 3D" : (spatial + 2) + "D") + " input (got " + x.ndim() + "D input)");
            boolean training = Values.truthy(m.own("training")), track = Values.truthy(m.own("track_running_stats"));
            Object momentum = m.own("momentum");
            double factor = momentum == null ? 0 : a.number(momentum, "momentum");
            if (training && track && m.own("num_batches_tracked") instanceof Tensor count) {
                try (Scope ignored = GradMode.noGrad()) {
                    InPlace.add(count, Tensor.constant(NDArray.scalar(1), DType.INT64));
                }
                if (momentum == null) factor = 1 / count.item(); // a cumulative moving average
            }
            Tensor runningMean = optionalTensor(a, m.own("running_mean")), runningVar = optionalTensor(a, m.own("running_var"));
            boolean batchStatistics = training || (runningMean == null && runningVar == null);
            if (batchStatistics) checkBatch(x);
            boolean useRunning = !training || track;
            return Normalization.batchNorm(x, useRunning ? runningMean : null, useRunning ? runningVar : null, optionalTensor(a, m.own("weight")),
                    optionalTensor(a, m.own("bias")), batchStatistics, factor, a.number(m.own("eps"), "eps"));
        }, a -> {
            PyInstance m = TorchNn.instance(a);
            return m.own("num_features") + ", eps=" + Repr.repr(m.own("eps")) + ", momentum=" + Repr.repr(m.own("momentum")) + ", affine="
                    + Repr.repr(m.own("affine")) + ", track_running_stats=" + Repr.repr(m.own("track_running_stats"));
        });
        cls.method("reset_running_stats", a -> {
            resetRunningStats(TorchNn.instance(a.expect(0, 0)));
            return null;
        });
        cls.method("reset_parameters", a -> { // the running statistics, then weight 1 and bias 0
            PyInstance m = TorchNn.instance(a.expect(0, 0));
            resetRunningStats(m);
            resetAffine(m);
            return null;
        });
        return cls;
    }

    /** _NormBase.reset_running_stats: mean 0, variance 1, no batches counted (when the layer tracks them). */
    private static void resetRunningStats(PyInstance m) {
        if (!Values.truthy(m.own("track_running_stats"))) return;
        for (String name : new String[] {"running_mean", "running_var", "num_batches_tracked"})
            if (m.own(name) instanceof Tensor t) TorchNn.copyInto(t, NDArray.full(name.equals("running_var") ? 1 : 0, t.shape()));
    }

    /** ones_(weight), zeros_(bias) of a normalisation layer with an affine part. */
    private static void resetAffine(PyInstance m) {
        if (m.own("weight") instanceof Tensor w) TorchNn.copyInto(w, NDArray.ones(w.shape()));
        if (m.own("bias") instanceof Tensor b) TorchNn.copyInto(b, NDArray.zeros(b.shape()));
    }

    /** PyTorch's _verify_batch_size: batch statistics need more than one value per channel. */
    private static void checkBatch(Tensor x) {
        int[] s = x.shape();
        long values = s.length == 0 ? 1 : s[0];
        for (int i = 2; i < s.length; i++) values *= s[i];
        if (values == 1) throw PyError.value("Expected more than 1 value per channel when training, got input size torch.Size(" + Tensor.torchShape(s) + ")");
    }

    // ---- LayerNorm ----

    static final PyClass LAYER_NORM = TorchNn.layer("LayerNorm", a -> {
        a.expect(0, 5, "normalized_shape", "eps", "elementwise_affine", "device", "dtype");
        TorchNn.requireArguments(a, "LayerNorm", "normalized_shape");
        PyInstance m = TorchNn.instance(a);
        int[] shape = sizes(a, a.option(0, "normalized_shape", null));
        List<Object> tuple = new java.util.ArrayList<>();
        for (int n : shape) tuple.add((long) n);
        m.setOwn("normalized_shape", Values.tuple(tuple));
        m.setOwn("eps", Values.plain(a.option(1, "eps", 1e-5)));
        boolean affine = a.bool(2, "elementwise_affine", true);
        m.setOwn("elementwise_affine", affine);
        m.setOwn("weight", affine ? Parameter.of(NDArray.ones(shape)) : null);
        m.setOwn("bias", affine ? Parameter.of(NDArray.zeros(shape)) : null);
        return null;
    }, a -> {
        PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
        return Normalization.layerNorm(TorchArgs.tensor(a, a.get(0)), sizes(a, m.own("normalized_shape")), optionalTensor(a, m.own("weight")),
                optionalTensor(a, m.own("bias")), a.number(m.own("eps"), "eps"));
    }, a -> {
        PyInstance m = TorchNn.instance(a);
        return Repr.repr(m.own("normalized_shape")) + ", eps=" + Repr.repr(m.own("eps")) + ", elementwise_affine=" + Repr.repr(m.own("elementwise_affine"));
    });

    static {
        LAYER_NORM.method("reset_parameters", a -> {
            resetAffine(TorchNn.instance(a.expect(0, 0)));
            return null;
        });
    }

    // ---- Embedding ----

    static final PyClass EMBEDDING = TorchNn.layer("Embedding", a -> {
        a.expect(0, 10, "num_embeddings", "embedding_dim", "padding_idx", "max_norm", "norm_type", "scale_grad_by_freq", "sparse", "_weight", "device", "dtype");
        TorchNn.requireArguments(a, "Embedding", "num_embeddings", "embedding_dim");
        refuseUnsupported(a.bool(5, "scale_grad_by_freq", false), a.bool(6, "sparse", false));
        PyInstance m = TorchNn.instance(a);
        int rows = a.intValue(a.option(0, "num_embeddings", null), "num_embeddings"), dim = a.intValue(a.option(1, "embedding_dim", null), "embedding_dim");
        Object padding = Values.plain(a.option(2, "padding_idx", null));
        Integer row = padding == null ? null : paddingRow(a, padding, rows);
        m.setOwn("num_embeddings", (long) rows);
        m.setOwn("embedding_dim", (long) dim);
        m.setOwn("padding_idx", row == null ? null : (Object) (long) row);
        m.setOwn("max_norm", Values.plain(a.option(3, "max_norm", null)));
        m.setOwn("norm_type", Values.plain(a.option(4, "norm_type", 2.0)));
        m.setOwn("weight", Parameter.of(weight(a, a.option(7, "_weight", null), rows, dim, row)));
        return null;
    }, a -> {
        PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
        Object padding = m.own("padding_idx");
        Tensor input = TorchArgs.tensor(a, a.get(0)), weight = Values.node(m.own("weight"));
        renormRows(a, weight, input, m.own("max_norm"), m.own("norm_type"));
        return EmbeddingLookup.embedding(input, weight, padding == null ? null : a.intValue(padding, "padding_idx"));
    }, a -> {
        PyInstance m = TorchNn.instance(a);
        String s = m.own("num_embeddings") + ", " + m.own("embedding_dim") + (m.own("padding_idx") == null ? "" : ", padding_idx=" + m.own("padding_idx"));
        if (m.own("max_norm") != null) s += ", max_norm=" + Repr.repr(m.own("max_norm"));
        if (a.number(m.own("norm_type"), "norm_type") != 2) s += ", norm_type=" + Repr.repr(m.own("norm_type"));
        return s;
    });

    static {
        // Embedding.from_pretrained(embeddings, freeze=True, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False)
        EMBEDDING.define("from_pretrained", new dev.adjoint.lang.Descriptors.ClassMethod(Builtin.of("from_pretrained", a -> {
            a.expect(1, 8, "embeddings", "freeze", "padding_idx", "max_norm", "norm_type", "scale_grad_by_freq", "sparse");
            Tensor embeddings = TorchArgs.tensor(a, a.option(1, "embeddings", null));
            if (embeddings.ndim() != 2) throw new PyError("AssertionError", "Embeddings parameter is expected to be 2-dimensional");
            java.util.Map<String, Object> keywords = new java.util.LinkedHashMap<>();
            keywords.put("num_embeddings", (long) embeddings.shape()[0]);
            keywords.put("embedding_dim", (long) embeddings.shape()[1]);
            keywords.put("_weight", embeddings);
            String[] passed = {"padding_idx", "max_norm", "norm_type", "scale_grad_by_freq", "sparse"};
            for (int i = 0; i < passed.length; i++) if (a.option(i + 3, passed[i], null) != null) keywords.put(passed[i], a.option(i + 3, passed[i], null));
            PyInstance e = (PyInstance) a.interpreter().call(a.get(0), new java.util.ArrayList<>(), keywords, a.span());
            Values.node(e.own("weight")).setRequiresGrad(!a.bool(2, "freeze", true));
            return e;
        })));
    }

    /**
     * An embedding table's weight (Embedding's, EmbeddingBag's): the _weight given, of the shape
     * (rows, dim), else reset_parameters' normal_ draws with the padding row zeroed.
     */
    static NDArray weight(Args a, Object given, int rows, int dim, Integer paddingRow) {
        if (given != null) {
            NDArray values = TorchArgs.tensor(a, given).value();
            if (!java.util.Arrays.equals(values.shape(), new int[] {rows, dim}))
                throw new PyError("AssertionError", "Shape of weight does not match num_embeddings and embedding_dim");
            return values;
        }
        TorchRandom r = Torch.rng(a);
        NDArray values = r.normal(new int[] {rows, dim}, 0, 1, a.has("dtype") ? Torch.drawsDoubles(a) : r.defaultDouble());
        if (paddingRow == null) return values;
        double[] v = values.toArray();
        java.util.Arrays.fill(v, paddingRow * dim, (paddingRow + 1) * dim, 0);
        return NDArray.of(v, rows, dim);
    }

    /**
     * PyTorch's embedding_renorm_ before a lookup with max_norm: each row the input picks (once,
     * in index order) whose norm_type-norm is above max_norm scaled by max_norm / (norm + 1e-7),
     * in place without recording.
     */
    static void renormRows(Args a, Tensor weight, Tensor input, Object maxNorm, Object normType) {
        if (maxNorm == null) return;
        double most = a.number(maxNorm, "max_norm"), p = a.number(normType, "norm_type");
        int rows = weight.shape()[0], dim = weight.value().size() / Math.max(rows, 1);
        double[] w = weight.value().toArray(), norms = Ops.norm(Tensor.constant(weight.value()), p, new int[] {1}, false).value().toArray();
        for (double index : new java.util.TreeSet<>(java.util.Arrays.stream(input.value().toArray()).boxed().toList())) {
            if (index < 0 || index >= rows || norms[(int) index] <= most) continue; // an index out of range is the lookup's error
            double scale = most / (norms[(int) index] + 1e-7);
            for (int i = (int) index * dim; i < ((int) index + 1) * dim; i++) w[i] *= scale;
        }
        TorchNn.copyInto(weight, NDArray.of(w, weight.shape()));
    }

    /** padding_idx as a row number: a negative one counts from the end; out of range is PyTorch's assertion. */
    private static int paddingRow(Args a, Object padding, int rows) {
        int p = a.intValue(padding, "padding_idx");
        if (p >= rows || p < -rows) throw new PyError("AssertionError", "Padding_idx must be within num_embeddings");
        return p < 0 ? p + rows : p;
    }

    /** What adjoint's Embedding does not do: refused by name rather than ignored. */
    private static void refuseUnsupported(boolean scaleGradByFreq, boolean sparse) {
        for (String[] option : new String[][] {{scaleGradByFreq ? "scale_grad_by_freq=True" : null}, {sparse ? "sparse=True" : null}})
            if (option[0] != null) throw new PyError("NotImplementedError", "Embedding's " + option[0] + " is not supported by adjoint");
    }

    // ---- LeakyReLU ----

    static final PyClass LEAKY_RELU = TorchNn.layer("LeakyReLU", a -> {
        a.expect(0, 2, "negative_slope", "inplace");
        PyInstance m = TorchNn.instance(a);
        m.setOwn("negative_slope", Values.plain(a.option(0, "negative_slope", 0.01)));
        m.setOwn("inplace", a.bool(1, "inplace", false));
        return null;
    }, a -> {
        PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
        return Ops.leakyRelu(TorchArgs.tensor(a, a.get(0)), a.number(m.own("negative_slope"), "negative_slope"));
    }, a -> {
        PyInstance m = TorchNn.instance(a);
        return "negative_slope=" + Repr.repr(m.own("negative_slope")) + (Values.truthy(m.own("inplace")) ? ", inplace=True" : "");
    });

    // ---- arguments ----

    private static Tensor optionalTensor(Args a, Object v) {
        return v == null ? null : TorchArgs.tensor(a, v);
    }

    /** A shape given as an int or a sequence of ints. */
    private static int[] sizes(Args a, Object v) {
        Object plain = Values.plain(v);
        if (plain instanceof Long || plain instanceof Integer) return new int[] {a.intValue(plain, "normalized_shape")};
        List<Object> items = Values.items(plain);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.intValue(items.get(i), "normalized_shape");
        return out;
    }
}
