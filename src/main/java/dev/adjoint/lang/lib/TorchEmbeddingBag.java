package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.EmbeddingBag;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * nn.EmbeddingBag and F.embedding_bag as PyTorch 1.13's (the text classification tutorial's
 * model): bags of embeddings reduced by sum, mean or max, given as a 2-d batch of equal bags or as
 * 1-d indices with offsets (include_last_offset), per_sample_weights for sum, padding_idx,
 * max_norm; the engine's {@link EmbeddingBag} computes.
 */
final class TorchEmbeddingBag {
    private TorchEmbeddingBag() {}

    static void addTo(PyModule nn) {
        nn.add("EmbeddingBag", EMBEDDING_BAG);
    }

    static void addFunctions(PyModule f) {
        f.add(Builtin.of("embedding_bag", a -> {
            a.expect(2, 11, "input", "weight", "offsets", "max_norm", "norm_type", "scale_grad_by_freq", "mode", "sparse", "per_sample_weights",
                    "include_last_offset", "padding_idx");
            return embeddingBag(a, a.get(0), a.get(1), a.option(2, "offsets", null), a.option(3, "max_norm", null), a.option(4, "norm_type", 2L),
                    a.bool(5, "scale_grad_by_freq", false), a.option(6, "mode", "mean"), a.bool(7, "sparse", false), a.option(8, "per_sample_weights", null),
                    a.bool(9, "include_last_offset", false), Values.plain(a.option(10, "padding_idx", null)));
        }));
    }

    static final PyClass EMBEDDING_BAG = TorchNn.layer("EmbeddingBag", a -> {
        a.expect(0, 12, "num_embeddings", "embedding_dim", "max_norm", "norm_type", "scale_grad_by_freq", "mode", "sparse", "_weight", "include_last_offset",
                "padding_idx", "device", "dtype");
        TorchNn.requireArguments(a, "EmbeddingBag", "num_embeddings", "embedding_dim");
        PyInstance m = TorchNn.instance(a);
        int rows = a.intValue(a.option(0, "num_embeddings", null), "num_embeddings"), dim = a.intValue(a.option(1, "embedding_dim", null), "embedding_dim");
        Object padding = Values.plain(a.option(9, "padding_idx", null));
        Integer row = null;
        if (padding != null) {
            int p = a.intValue(padding, "padding_idx");
            if (p >= rows || p < -rows) throw new PyError("AssertionError", "padding_idx must be within num_embeddings");
            row = p < 0 ? p + rows : p;
        }
        m.setOwn("num_embeddings", (long) rows);
        m.setOwn("embedding_dim", (long) dim);
        m.setOwn("max_norm", Values.plain(a.option(2, "max_norm", null)));
        m.setOwn("norm_type", Values.plain(a.option(3, "norm_type", 2.0)));
        m.setOwn("scale_grad_by_freq", a.bool(4, "scale_grad_by_freq", false));
        m.setOwn("mode", a.option(5, "mode", "mean"));
        m.setOwn("sparse", a.bool(6, "sparse", false));
        m.setOwn("include_last_offset", a.bool(8, "include_last_offset", false));
        m.setOwn("padding_idx", row == null ? null : (Object) (long) row);
        m.setOwn("weight", Parameter.of(TorchLayers.weight(a, a.option(7, "_weight", null), rows, dim, row)));
        return null;
    }, a -> {
        PyInstance m = TorchNn.instance(a.expect(1, 3, "input", "offsets", "per_sample_weights"));
        return embeddingBag(a, a.get(0), m.own("weight"), a.option(1, "offsets", null), m.own("max_norm"), m.own("norm_type"),
                Values.truthy(m.own("scale_grad_by_freq")), m.own("mode"), Values.truthy(m.own("sparse")), a.option(2, "per_sample_weights", null),
                Values.truthy(m.own("include_last_offset")), m.own("padding_idx"));
    }, a -> {
        PyInstance m = TorchNn.instance(a);
        String s = m.own("num_embeddings") + ", " + m.own("embedding_dim");
        if (m.own("max_norm") != null) s += ", max_norm=" + Repr.str(m.own("max_norm"));
        if (a.number(m.own("norm_type"), "norm_type") != 2) s += ", norm_type=" + Repr.str(m.own("norm_type"));
        if (Values.truthy(m.own("scale_grad_by_freq"))) s += ", scale_grad_by_freq=True";
        s += ", mode=" + Repr.str(m.own("mode"));
        if (m.own("padding_idx") != null) s += ", padding_idx=" + m.own("padding_idx");
        return s;
    });

    static {
        EMBEDDING_BAG.define("from_pretrained", new dev.adjoint.lang.Descriptors.ClassMethod(Builtin.of("from_pretrained", a -> {
            a.expect(1, 10, "embeddings", "freeze", "max_norm", "norm_type", "scale_grad_by_freq", "mode", "sparse", "include_last_offset", "padding_idx");
            Tensor embeddings = TorchArgs.tensor(a, a.option(1, "embeddings", null));
            if (embeddings.ndim() != 2) throw new PyError("AssertionError", "Embeddings parameter is expected to be 2-dimensional");
            Map<String, Object> keywords = new LinkedHashMap<>();
            keywords.put("num_embeddings", (long) embeddings.shape()[0]);
            keywords.put("embedding_dim", (long) embeddings.shape()[1]);
            keywords.put("_weight", embeddings);
            String[] passed = {"max_norm", "norm_type", "scale_grad_by_freq", "mode", "sparse", "include_last_offset", "padding_idx"};
            for (int i = 0; i < passed.length; i++) if (a.option(i + 3, passed[i], null) != null) keywords.put(passed[i], a.option(i + 3, passed[i], null));
            PyInstance e = (PyInstance) a.interpreter().call(a.get(0), new ArrayList<>(), keywords, a.span());
            Values.node(e.own("weight")).setRequiresGrad(!a.bool(2, "freeze", true));
            return e;
        })));
    }

    /** F.embedding_bag's checks in PyTorch 1.13's order, then the engine's bags (a 2-d input: one bag per row). */
    private static Tensor embeddingBag(Args a, Object inputGiven, Object weightGiven, Object offsetsGiven, Object maxNorm, Object normType, boolean scaleGradByFreq,
            Object mode, boolean sparse, Object pswGiven, boolean includeLastOffset, Object padding) {
        Tensor input = TorchArgs.tensor(a, inputGiven), weight = TorchArgs.tensor(a, weightGiven);
        Tensor psw = pswGiven == null ? null : TorchArgs.tensor(a, pswGiven);
        if (psw != null && !java.util.Arrays.equals(input.shape(), psw.shape()))
            throw PyError.value("embedding_bag: If per_sample_weights (" + dev.adjoint.lang.TorchSize.of(psw.shape()) + ") is not None, then it must have the same shape as the input ("
                    + dev.adjoint.lang.TorchSize.of(input.shape()) + ")");
        if (weight.ndim() != 2) throw PyError.value("weight has to be a 2D Tensor, but got Tensor of dimension " + weight.ndim());
        Tensor offsets;
        if (input.ndim() == 2) {
            if (offsetsGiven != null)
                throw PyError.value("if input is 2D, then offsets has to be None, as input is treated is a mini-batch of fixed length sequences. However, found offsets of type "
                        + Repr.str(dev.adjoint.lang.BuiltinTypes.of(offsetsGiven)));
            int rows = input.shape()[0], width = input.shape()[1];
            double[] starts = new double[rows];
            for (int i = 0; i < rows; i++) starts[i] = (double) i * width;
            offsets = Tensor.constant(NDArray.of(starts, rows), DType.INT64);
            input = Ops.reshape(input, input.value().size());
            if (psw != null) psw = Ops.reshape(psw, psw.value().size());
        } else if (input.ndim() == 1) {
            if (offsetsGiven == null) throw PyError.value("offsets has to be a 1D Tensor but got None");
            offsets = TorchArgs.tensor(a, offsetsGiven);
            if (offsets.ndim() != 1) throw PyError.value("offsets has to be a 1D Tensor");
        } else {
            throw PyError.value("input has to be 1D or 2D Tensor, but got Tensor of dimension " + input.ndim());
        }
        if (!"sum".equals(mode) && !"mean".equals(mode) && !"max".equals(mode)) throw PyError.value("mode has to be one of sum, mean or max");
        if ("max".equals(mode) && scaleGradByFreq) throw PyError.value("max mode does not support scaling the gradient by the frequency");
        if ("max".equals(mode) && sparse) throw PyError.value("max mode does not support sparse weights");
        for (String[] option : new String[][] {{scaleGradByFreq ? "scale_grad_by_freq=True" : null}, {sparse ? "sparse=True" : null}})
            if (option[0] != null) throw new PyError("NotImplementedError", "EmbeddingBag's " + option[0] + " is not supported by adjoint");
        if (maxNorm != null) TorchLayers.renormRows(a, weight, input, maxNorm, normType);
        if (psw != null && !"sum".equals(mode))
            throw new PyError("NotImplementedError", "embedding_bag: per_sample_weights was not None. per_sample_weights is only supported for mode='sum' (got mode='"
                    + mode + "'). Please open a feature request on GitHub.");
        Integer paddingIdx = padding == null ? null : a.intValue(padding, "padding_idx");
        return EmbeddingBag.embeddingBag(weight, input, offsets, (String) mode, psw, includeLastOffset, paddingIdx);
    }
}
