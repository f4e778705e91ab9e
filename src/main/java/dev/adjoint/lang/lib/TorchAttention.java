package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Attention;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.CopyModule;
import dev.adjoint.lang.Descriptors;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Parameter;
import dev.adjoint.random.TorchRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * torch.nn's attention layers as PyTorch 1.13 defines them: MultiheadAttention (its parameters
 * drawn in PyTorch's order, the checks of its forward in its words; the engine's {@link Attention}
 * computes), and TransformerEncoderLayer and TransformerEncoder, which call their submodules as
 * PyTorch's Python code does (its standard path: the same numbers as its fused eval-mode kernels).
 */
final class TorchAttention {
    private TorchAttention() {}

    static void addLayers(PyModule m) {
        m.add("MultiheadAttention", MULTIHEAD_ATTENTION);
        m.add("TransformerEncoderLayer", ENCODER_LAYER);
        m.add("TransformerEncoder", ENCODER);
        m.add("TransformerDecoderLayer", DECODER_LAYER);
        m.add("TransformerDecoder", DECODER);
        m.add("Transformer", TRANSFORMER);
    }

    /** MultiheadAttention's out_proj: a Linear under the name PyTorch gives it. */
    static final PyClass OUT_PROJECTION = PyClass.library("NonDynamicallyQuantizableLinear", "torch.nn.modules.linear", TorchNn.LINEAR);

    static final PyClass MULTIHEAD_ATTENTION = TorchNn.layer("MultiheadAttention", a -> {
        a.expect(0, 11, "embed_dim", "num_heads", "dropout", "bias", "add_bias_kv", "add_zero_attn", "kdim", "vdim", "batch_first", "device", "dtype");
        TorchNn.requireArguments(a, "MultiheadAttention", "embed_dim", "num_heads");
        PyInstance m = TorchNn.instance(a);
        int embed = a.intValue(a.option(0, "embed_dim", null), "embed_dim"), heads = a.intValue(a.option(1, "num_heads", null), "num_heads");
        Object kdimGiven = a.option(6, "kdim", null), vdimGiven = a.option(7, "vdim", null);
        int kdim = kdimGiven == null ? embed : a.intValue(kdimGiven, "kdim"), vdim = vdimGiven == null ? embed : a.intValue(vdimGiven, "vdim");
        boolean same = kdim == embed && vdim == embed, bias = a.bool(3, "bias", true);
        m.setOwn("embed_dim", (long) embed);
        m.setOwn("kdim", (long) kdim);
        m.setOwn("vdim", (long) vdim);
        m.setOwn("_qkv_same_embed_dim", same);
        m.setOwn("num_heads", (long) heads);
        m.setOwn("dropout", Values.plain(a.option(2, "dropout", 0.0)));
        m.setOwn("batch_first", Values.plain(a.option(8, "batch_first", false)));
        m.setOwn("head_dim", heads == 0 ? 0L : (long) Math.floorDiv(embed, heads));
        if (heads == 0) throw PyError.zeroDivision("integer division or modulo by zero");
        if (embed / heads * heads != embed) throw new PyError("AssertionError", "embed_dim must be divisible by num_heads");
        if (a.bool(4, "add_bias_kv", false) || a.bool(5, "add_zero_attn", false))
            throw new PyError("NotImplementedError", "MultiheadAttention(add_bias_kv=True or add_zero_attn=True) is not supported by adjoint");
        // the Linear out_proj draws first; _reset_parameters then draws the input projections (xavier_uniform_) and zeroes the biases
        Map<String, Object> kw = new HashMap<>();
        kw.put("bias", bias);
        if (a.has("dtype")) kw.put("dtype", a.keyword("dtype"));
        PyInstance out = (PyInstance) a.interpreter().call(OUT_PROJECTION, Arrays.asList((long) embed, (long) embed), kw, null);
        TorchRandom r = Torch.rng(a);
        boolean dbl = a.has("dtype") ? Torch.drawsDoubles(a) : r.defaultDouble();
        if (same) m.setOwn("in_proj_weight", xavier(a, r, dbl, 3 * embed, embed));
        else {
            m.setOwn("q_proj_weight", xavier(a, r, dbl, embed, embed));
            m.setOwn("k_proj_weight", xavier(a, r, dbl, embed, kdim));
            m.setOwn("v_proj_weight", xavier(a, r, dbl, embed, vdim));
            m.setOwn("in_proj_weight", null);
        }
        m.setOwn("in_proj_bias", bias ? zeros(a, 3 * embed) : null);
        if (bias) out.setOwn("bias", zeros(a, embed));
        m.setOwn("out_proj", out);
        m.setOwn("bias_k", null);
        m.setOwn("bias_v", null);
        m.setOwn("add_zero_attn", false);
        return null;
    }, TorchAttention::attend, null);

    /** xavier_uniform_ of an (out, in) weight: uniform in ±√3·√(2/(in+out)), PyTorch's arithmetic. */
    private static Tensor xavier(Args a, TorchRandom r, boolean dbl, int rows, int columns) {
        double bound = Math.sqrt(3.0) * Math.sqrt(2.0 / (rows + columns));
        return Parameter.of(r.uniform(new int[] {rows, columns}, -bound, bound, dbl)).asksFloat64(Torch.asksFloat64(a));
    }

    private static Tensor zeros(Args a, int n) {
        return Parameter.of(NDArray.zeros(n)).asksFloat64(Torch.asksFloat64(a));
    }

    /** MultiheadAttention.forward(query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None, average_attn_weights=True). */
    private static Object attend(Args a) {
        a.expect(3, 7, "query", "key", "value", "key_padding_mask", "need_weights", "attn_mask", "average_attn_weights");
        PyInstance m = TorchNn.instance(a);
        Tensor query = TorchArgs.tensor(a, a.option(0, "query", null)), key = TorchArgs.tensor(a, a.option(1, "key", null));
        Tensor value = TorchArgs.tensor(a, a.option(2, "value", null));
        Object kpmGiven = a.option(3, "key_padding_mask", null), maskGiven = a.option(5, "attn_mask", null);
        Tensor kpm = kpmGiven == null ? null : TorchArgs.tensor(a, kpmGiven), mask = maskGiven == null ? null : TorchArgs.tensor(a, maskGiven);
        boolean needWeights = a.bool(4, "need_weights", true), average = a.bool(6, "average_attn_weights", true);
        int heads = Values.toInt(m.own("num_heads"), "num_heads"), embed = Values.toInt(m.own("embed_dim"), "embed_dim");
        boolean batched = query.ndim() == 3, batchFirst = Values.truthy(m.own("batch_first")), same = Values.truthy(m.own("_qkv_same_embed_dim"));
        if (kpm != null && kpm.dtype() != DType.BOOL && !kpm.dtype().isFloating())
            throw new PyError("AssertionError", "only bool and floating types of key_padding_mask are supported");
        if (batchFirst && batched) { // as PyTorch, keeping which of them are one tensor
            boolean kv = key == value, qk = query == key;
            query = Ops.transpose(query, 1, 0);
            key = kv && qk ? query : Ops.transpose(key, 1, 0);
            value = kv ? key : Ops.transpose(value, 1, 0);
        }
        checkShapes(query, key, value, kpm, mask, heads);
        if (!batched) { // separate tensors from here on, as PyTorch's unsqueeze makes them
            query = Ops.unsqueeze(query, 1);
            key = Ops.unsqueeze(key, 1);
            value = Ops.unsqueeze(value, 1);
            if (kpm != null) kpm = Ops.unsqueeze(kpm, 0);
        }
        int batch = query.shape()[1], src = key.shape()[0];
        if (query.shape()[2] != embed)
            throw new PyError("AssertionError", "was expecting embedding dimension of " + embed + ", but got " + query.shape()[2]);
        if (same && !Arrays.equals(key.shape(), value.shape()))
            throw new PyError("AssertionError", "key shape " + size(key.shape()) + " does not match value shape " + size(value.shape()));
        if (!same && (key.shape()[0] != value.shape()[0] || key.shape()[1] != value.shape()[1]))
            throw new PyError("AssertionError", "key's sequence and batch dims " + size(Arrays.copyOf(key.shape(), 2)) + " do not match value's "
                    + size(Arrays.copyOf(value.shape(), 2)));
        if (mask != null && mask.dtype() == DType.UINT8) {
            a.interpreter().warn("UserWarning", "Byte tensor for attn_mask in nn.MultiheadAttention is deprecated. Use bool tensor instead.", "torch.nn.functional");
            mask = mask.to(DType.BOOL);
        } else if (mask != null && mask.dtype() != DType.BOOL && !mask.dtype().isFloating())
            throw new PyError("AssertionError", "Only float, byte, and bool types are supported for attn_mask, not " + mask.dtype().torchName());
        if (kpm != null && (kpm.ndim() != 2 || kpm.shape()[0] != batch || kpm.shape()[1] != src))
            throw new PyError("AssertionError", "expecting key_padding_mask shape of (" + batch + ", " + src + "), but got " + size(kpm.shape()));
        PyInstance out = (PyInstance) m.own("out_proj");
        Attention.Weights w = new Attention.Weights(node(m, "in_proj_weight"), node(m, "q_proj_weight"), node(m, "k_proj_weight"), node(m, "v_proj_weight"),
                node(m, "in_proj_bias"), node(out, "weight"), node(out, "bias"));
        double p = PyNumbers.approx(m.own("dropout"));
        boolean dropping = p > 0 && Values.truthy(m.own("training"));
        Tensor[] r = Attention.multiHead(query, key, value, heads, w, kpm, mask, needWeights, average, dropping ? t -> TorchNn.dropout(t, p, true, a) : null);
        Tensor output = r[0], weights = r[1];
        if (!batched) {
            output = Ops.squeeze(output, 1);
            if (weights != null) weights = Ops.squeeze(weights, 0);
        }
        if (batchFirst && batched) output = Ops.transpose(output, 1, 0);
        return Values.tuple(output, weights);
    }

    /** PyTorch's _mha_shape_check: the dimensions of query, key, value and the masks agree on batched or not. */
    private static void checkShapes(Tensor query, Tensor key, Tensor value, Tensor kpm, Tensor mask, int heads) {
        if (query.ndim() == 3 || query.ndim() == 2) {
            boolean batched = query.ndim() == 3;
            String q = batched ? "For batched (3-D) `query`" : "For unbatched (2-D) `query`";
            int n = query.ndim();
            if (key.ndim() != n || value.ndim() != n)
                throw new PyError("AssertionError", q + ", expected `key` and `value` to be " + n + "-D but found " + key.ndim() + "-D and " + value.ndim()
                        + "-D tensors respectively");
            if (kpm != null && kpm.ndim() != n - 1)
                throw new PyError("AssertionError", q + ", expected `key_padding_mask` to be `None` or " + (n - 1) + "-D but found " + kpm.ndim() + "-D tensor instead");
            if (mask != null && mask.ndim() != 2 && mask.ndim() != 3)
                throw new PyError("AssertionError", q + ", expected `attn_mask` to be `None`, 2-D or 3-D but found " + mask.ndim() + "-D tensor instead");
            if (!batched && mask != null && mask.ndim() == 3
                    && !Arrays.equals(mask.shape(), new int[] {heads, query.shape()[0], key.shape()[0]}))
                throw new PyError("AssertionError", "Expected `attn_mask` shape to be (" + heads + ", " + query.shape()[0] + ", " + key.shape()[0] + ") but got "
                        + size(mask.shape()));
            return;
        }
        throw new PyError("AssertionError", "query should be unbatched 2D or batched 3D tensor but received " + query.ndim() + "-D query tensor");
    }

    private static String size(int[] shape) {
        return "torch.Size(" + Tensor.torchShape(shape) + ")";
    }

    private static Tensor node(PyInstance m, String name) {
        return Values.node(m.own(name));
    }

    // ---- the encoder ----

    private static final String[] LAYER_ARGUMENTS = {"d_model", "nhead", "dim_feedforward", "dropout", "activation", "layer_norm_eps", "batch_first",
        "norm_first", "device", "dtype"};

    static final PyClass ENCODER_LAYER = TorchNn.layer("TransformerEncoderLayer", a -> {
        layer(a, "TransformerEncoderLayer", false);
        return null;
    }, a -> {
        a.expect(1, 3, "src", "src_mask", "src_key_padding_mask");
        PyInstance m = TorchNn.instance(a);
        Object src = a.option(0, "src", null), mask = a.option(1, "src_mask", null), padding = a.option(2, "src_key_padding_mask", null);
        checkPaddingMask(a, padding);
        Object x = src;
        if (Values.truthy(m.own("norm_first"))) {
            x = add(x, attention(a, m, "self_attn", "dropout1", call(a, m, "norm1", x), null, mask, padding));
            return add(x, feedForward(a, m, call(a, m, "norm2", x), "dropout2"));
        }
        x = call(a, m, "norm1", add(x, attention(a, m, "self_attn", "dropout1", x, null, mask, padding)));
        return call(a, m, "norm2", add(x, feedForward(a, m, x, "dropout2")));
    }, null);

    static final PyClass DECODER_LAYER = TorchNn.layer("TransformerDecoderLayer", a -> {
        layer(a, "TransformerDecoderLayer", true);
        return null;
    }, a -> {
        a.expect(2, 6, "tgt", "memory", "tgt_mask", "memory_mask", "tgt_key_padding_mask", "memory_key_padding_mask");
        PyInstance m = TorchNn.instance(a);
        Object memory = a.option(1, "memory", null), tgtMask = a.option(2, "tgt_mask", null), memoryMask = a.option(3, "memory_mask", null);
        Object tgtPadding = a.option(4, "tgt_key_padding_mask", null), memoryPadding = a.option(5, "memory_key_padding_mask", null);
        Object x = a.option(0, "tgt", null);
        if (Values.truthy(m.own("norm_first"))) {
            x = add(x, attention(a, m, "self_attn", "dropout1", call(a, m, "norm1", x), null, tgtMask, tgtPadding));
            x = add(x, attention(a, m, "multihead_attn", "dropout2", call(a, m, "norm2", x), memory, memoryMask, memoryPadding));
            return add(x, feedForward(a, m, call(a, m, "norm3", x), "dropout3"));
        }
        x = call(a, m, "norm1", add(x, attention(a, m, "self_attn", "dropout1", x, null, tgtMask, tgtPadding)));
        x = call(a, m, "norm2", add(x, attention(a, m, "multihead_attn", "dropout2", x, memory, memoryMask, memoryPadding)));
        return call(a, m, "norm3", add(x, feedForward(a, m, x, "dropout3")));
    }, null);

    /**
     * The submodules of TransformerEncoderLayer (or, with {@code decoder}, TransformerDecoderLayer:
     * a second attention, over the memory, and a third norm and dropout) in PyTorch's order, so
     * their parameters are drawn in its order.
     */
    private static void layer(Args a, String name, boolean decoder) {
        a.expect(0, 10, LAYER_ARGUMENTS);
        TorchNn.requireArguments(a, name, "d_model", "nhead");
        PyInstance m = TorchNn.instance(a);
        Object model = a.option(0, "d_model", null), heads = a.option(1, "nhead", null), feedforward = a.option(2, "dim_feedforward", 2048L);
        Object dropout = a.option(3, "dropout", 0.1), eps = a.option(5, "layer_norm_eps", 1e-5);
        Map<String, Object> factory = new HashMap<>();
        if (a.has("dtype")) factory.put("dtype", a.keyword("dtype"));
        Map<String, Object> attention = new HashMap<>(factory);
        attention.put("dropout", dropout);
        attention.put("batch_first", a.option(6, "batch_first", false));
        m.setOwn("self_attn", make(a, MULTIHEAD_ATTENTION, attention, model, heads));
        if (decoder) m.setOwn("multihead_attn", make(a, MULTIHEAD_ATTENTION, attention, model, heads));
        m.setOwn("linear1", make(a, TorchNn.LINEAR, factory, model, feedforward));
        m.setOwn("dropout", make(a, TorchNn.DROPOUT, new HashMap<>(), dropout));
        m.setOwn("linear2", make(a, TorchNn.LINEAR, factory, feedforward, model));
        m.setOwn("norm_first", Values.plain(a.option(7, "norm_first", false)));
        Map<String, Object> norm = new HashMap<>(factory);
        norm.put("eps", eps);
        for (int i = 1; i <= (decoder ? 3 : 2); i++) m.setOwn("norm" + i, make(a, TorchLayers.LAYER_NORM, norm, model));
        for (int i = 1; i <= (decoder ? 3 : 2); i++) m.setOwn("dropout" + i, make(a, TorchNn.DROPOUT, new HashMap<>(), dropout));
        Object activation = a.option(4, "activation", "relu");
        if (activation instanceof String s) {
            if (!s.equals("relu") && !s.equals("gelu")) throw new PyError("RuntimeError", "activation should be relu/gelu, not " + s);
            activation = Functional.MODULE.attribute(s); // F.relu / F.gelu, as _get_activation_fn returns them
        }
        m.setOwn("activation", activation);
    }

    /** torch.nn.functional's functions, made once (the activations a layer keeps). */
    private static final class Functional {
        static final PyModule MODULE = TorchNn.functional();
    }

    private static PyInstance make(Args a, PyClass cls, Map<String, Object> keywords, Object... args) {
        return (PyInstance) a.interpreter().call(cls, Arrays.asList(args), keywords, null);
    }

    private static Object call(Args a, PyInstance m, String child, Object... args) {
        return a.interpreter().call(m.own(child), Arrays.asList(args));
    }

    private static Object add(Object x, Object y) {
        return Ops.add(Values.node(x), Values.node(y));
    }

    /** _sa_block (memory null: self-attention) or _mha_block: the attention's output without its weights, then the dropout named. */
    private static Object attention(Args a, PyInstance m, String attention, String dropout, Object x, Object memory, Object mask, Object padding) {
        Map<String, Object> kw = new HashMap<>();
        kw.put("attn_mask", mask);
        kw.put("key_padding_mask", padding);
        kw.put("need_weights", false);
        Object kv = memory == null ? x : memory;
        Object attended = Values.items(a.interpreter().call(m.own(attention), Arrays.asList(x, kv, kv), kw, null)).get(0);
        return call(a, m, dropout, attended);
    }

    /** _ff_block: linear2(dropout(activation(linear1(x)))), then the last dropout. */
    private static Object feedForward(Args a, PyInstance m, Object x, String dropout) {
        Object hidden = a.interpreter().call(m.own("activation"), Arrays.asList(call(a, m, "linear1", x)));
        return call(a, m, dropout, call(a, m, "linear2", call(a, m, "dropout", hidden)));
    }

    private static void checkPaddingMask(Args a, Object padding) {
        if (padding == null) return;
        Tensor t = TorchArgs.tensor(a, padding);
        if (t.dtype() != DType.BOOL && !t.dtype().isFloating())
            throw new PyError("AssertionError", "only bool and floating types of key_padding_mask are supported");
    }

    static final PyClass ENCODER = TorchNn.layer("TransformerEncoder", a -> {
        a.expect(0, 5, "encoder_layer", "num_layers", "norm", "enable_nested_tensor", "mask_check");
        TorchNn.requireArguments(a, "TransformerEncoder", "encoder_layer", "num_layers");
        PyInstance m = TorchNn.instance(a);
        Object layer = a.option(0, "encoder_layer", null);
        int n = a.intValue(a.option(1, "num_layers", null), "num_layers");
        clones(a, m, layer, n, a.option(2, "norm", null));
        m.setOwn("enable_nested_tensor", Values.plain(a.option(3, "enable_nested_tensor", true)));
        m.setOwn("mask_check", Values.plain(a.option(4, "mask_check", true)));
        return null;
    }, a -> {
        a.expect(1, 3, "src", "mask", "src_key_padding_mask");
        PyInstance m = TorchNn.instance(a);
        Object padding = a.option(2, "src_key_padding_mask", null);
        checkPaddingMask(a, padding);
        Map<String, Object> kw = new HashMap<>();
        kw.put("src_mask", a.option(1, "mask", null));
        kw.put("src_key_padding_mask", padding);
        return throughLayers(a, m, Arrays.asList(a.option(0, "src", null)), kw);
    }, null);

    /** _get_clones: {@code n} deep copies of the layer as a ModuleList, then num_layers and norm. */
    private static void clones(Args a, PyInstance m, Object layer, int n, Object norm) {
        PyList copies = new PyList();
        for (int i = 0; i < n; i++) copies.add(CopyModule.deepcopy(layer, a.interpreter()));
        m.setOwn("layers", a.interpreter().call(TorchNn.MODULE_LIST, Arrays.asList((Object) copies)));
        m.setOwn("num_layers", (long) n);
        m.setOwn("norm", norm);
    }

    /** Each layer on the previous one's output (the other arguments the same), then the norm if there is one. */
    private static Object throughLayers(Args a, PyInstance m, List<Object> args, Map<String, Object> keywords) {
        List<Object> in = new ArrayList<>(args);
        for (Object layer : TorchNn.children((PyInstance) m.own("layers")).values()) in.set(0, a.interpreter().call(layer, in, keywords, null));
        return m.own("norm") == null ? in.get(0) : a.interpreter().call(m.own("norm"), Arrays.asList(in.get(0)));
    }

    static final PyClass DECODER = TorchNn.layer("TransformerDecoder", a -> {
        a.expect(0, 3, "decoder_layer", "num_layers", "norm");
        TorchNn.requireArguments(a, "TransformerDecoder", "decoder_layer", "num_layers");
        clones(a, TorchNn.instance(a), a.option(0, "decoder_layer", null), a.intValue(a.option(1, "num_layers", null), "num_layers"), a.option(2, "norm", null));
        return null;
    }, a -> {
        a.expect(2, 6, "tgt", "memory", "tgt_mask", "memory_mask", "tgt_key_padding_mask", "memory_key_padding_mask");
        Map<String, Object> kw = new HashMap<>();
        String[] names = {"tgt_mask", "memory_mask", "tgt_key_padding_mask", "memory_key_padding_mask"};
        for (int i = 0; i < names.length; i++) kw.put(names[i], a.option(2 + i, names[i], null));
        return throughLayers(a, TorchNn.instance(a), Arrays.asList(a.option(0, "tgt", null), a.option(1, "memory", null)), kw);
    }, null);

    static final PyClass TRANSFORMER = TorchNn.layer("Transformer", a -> {
        a.expect(0, 15, "d_model", "nhead", "num_encoder_layers", "num_decoder_layers", "dim_feedforward", "dropout", "activation", "custom_encoder",
                "custom_decoder", "layer_norm_eps", "batch_first", "norm_first", "device", "dtype");
        PyInstance m = TorchNn.instance(a);
        Object model = a.option(0, "d_model", 512L), eps = a.option(9, "layer_norm_eps", 1e-5);
        Map<String, Object> factory = new HashMap<>(), norm = new HashMap<>();
        if (a.has("dtype")) factory.put("dtype", a.keyword("dtype"));
        norm.putAll(factory);
        norm.put("eps", eps);
        Object[] layerArgs = {model, a.option(1, "nhead", 8L), a.option(4, "dim_feedforward", 2048L), a.option(5, "dropout", 0.1), a.option(6, "activation", "relu"),
            eps, a.option(10, "batch_first", false), a.option(11, "norm_first", false)};
        Object encoder = a.option(7, "custom_encoder", null), decoder = a.option(8, "custom_decoder", null);
        if (encoder == null)
            encoder = make(a, ENCODER, new HashMap<>(), make(a, ENCODER_LAYER, factory, layerArgs), a.option(2, "num_encoder_layers", 6L), make(a, TorchLayers.LAYER_NORM, norm, model));
        m.setOwn("encoder", encoder);
        if (decoder == null)
            decoder = make(a, DECODER, new HashMap<>(), make(a, DECODER_LAYER, factory, layerArgs), a.option(3, "num_decoder_layers", 6L), make(a, TorchLayers.LAYER_NORM, norm, model));
        m.setOwn("decoder", decoder);
        Object xavier = TorchNn.init().attribute("xavier_uniform_"); // _reset_parameters: every matrix drawn again, in parameters() order
        for (Tensor p : TorchNn.namedParameters(m, true).values()) if (p.ndim() > 1) a.interpreter().call(xavier, Arrays.asList((Object) p));
        m.setOwn("d_model", Values.plain(model));
        m.setOwn("nhead", Values.plain(layerArgs[1]));
        m.setOwn("batch_first", Values.plain(layerArgs[6]));
        return null;
    }, a -> {
        a.expect(2, 8, "src", "tgt", "src_mask", "tgt_mask", "memory_mask", "src_key_padding_mask", "tgt_key_padding_mask", "memory_key_padding_mask");
        PyInstance m = TorchNn.instance(a);
        Tensor src = TorchArgs.tensor(a, a.option(0, "src", null)), tgt = TorchArgs.tensor(a, a.option(1, "tgt", null));
        int batchAxis = Values.truthy(m.own("batch_first")) ? 0 : 1, model = Values.toInt(m.own("d_model"), "d_model");
        if (src.ndim() == 3 && (tgt.ndim() <= batchAxis || src.shape()[batchAxis] != tgt.shape()[batchAxis]))
            throw new PyError("RuntimeError", "the batch number of src and tgt must be equal");
        if (src.shape()[src.ndim() - 1] != model || tgt.shape()[tgt.ndim() - 1] != model)
            throw new PyError("RuntimeError", "the feature number of src and tgt must be equal to d_model");
        Map<String, Object> encoding = new HashMap<>(), decoding = new HashMap<>();
        encoding.put("mask", a.option(2, "src_mask", null));
        encoding.put("src_key_padding_mask", a.option(5, "src_key_padding_mask", null));
        Object memory = a.interpreter().call(m.own("encoder"), Arrays.asList((Object) src), encoding, null);
        decoding.put("tgt_mask", a.option(3, "tgt_mask", null));
        decoding.put("memory_mask", a.option(4, "memory_mask", null));
        decoding.put("tgt_key_padding_mask", a.option(6, "tgt_key_padding_mask", null));
        decoding.put("memory_key_padding_mask", a.option(7, "memory_key_padding_mask", null));
        return a.interpreter().call(m.own("decoder"), Arrays.asList(tgt, memory), decoding, null);
    }, null);

    static {
        TRANSFORMER.define("generate_square_subsequent_mask", new Descriptors.StaticMethod(Builtin.of("generate_square_subsequent_mask", a -> {
            a.expect(1, 2, "sz", "device");
            if (a.option(1, "device", null) != null) TorchDevice.placeOn(a.option(1, "device", null));
            int n = a.intValue(a.option(0, "sz", null), "sz");
            double[] v = new double[n * n];
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) v[i * n + j] = Double.NEGATIVE_INFINITY; // torch.triu(torch.full((sz, sz), -inf), diagonal=1)
            return Tensor.constant(NDArray.adopt(v, n, n));
        })));
    }
}
