package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.AdaptiveAvgPool3d;
import dev.adjoint.autograd.op.Convolution;
import dev.adjoint.autograd.op.Convolution3d;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.nn.Parameter;
import java.util.List;

/**
 * The image layers of torch.nn and torch.nn.functional: Conv1d/2d/3d / conv1d/2d/3d, MaxPool2d / max_pool2d,
 * AvgPool2d / avg_pool2d, AdaptiveAvgPool2d / adaptive_avg_pool2d, AdaptiveAvgPool3d / adaptive_avg_pool3d, with PyTorch's arguments
 * (sizes as an int or a pair), attributes, reprs and initialisation; the engine's
 * {@link Convolution} does the work.
 */
final class TorchConv {
    private TorchConv() {}

    static void addLayers(PyModule m) {
        m.add("Conv1d", CONV1D);
        m.add("Conv2d", CONV2D);
        m.add("Conv3d", CONV3D);
        m.add("MaxPool1d", MAX_POOL1D);
        m.add("MaxPool2d", MAX_POOL2D);
        m.add("AvgPool2d", AVG_POOL2D);
        m.add("AdaptiveAvgPool2d", ADAPTIVE_AVG_POOL2D);
        m.add("AdaptiveAvgPool3d", ADAPTIVE_AVG_POOL3D);
        m.add("AdaptiveMaxPool2d", ADAPTIVE_MAX_POOL2D);
        m.add("AdaptiveMaxPool3d", ADAPTIVE_MAX_POOL3D);
        m.add("Unfold", UNFOLD);
        m.add("Fold", FOLD);
    }

    static void addFunctions(PyModule m) {
        for (int dims = 1; dims <= 3; dims++) {
            int d = dims;
            m.add(Builtin.of("conv" + dims + "d", a -> {
                a.expect(2, 7, "input", "weight", "bias", "stride", "padding", "dilation", "groups");
                Object bias = a.option(2, "bias", null);
                return convolve(a, d, TorchArgs.tensor(a, a.get(0)), TorchArgs.tensor(a, a.get(1)), bias == null ? null : TorchArgs.tensor(a, bias),
                        a.option(3, "stride", 1L), a.option(4, "padding", 0L), a.option(5, "dilation", 1L), a.option(6, "groups", 1L));
            }));
        }
        m.add(Builtin.of("max_pool2d", a -> {
            a.expect(2, 7, "input", "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices");
            Object kernel = a.option(1, "kernel_size", null), stride = a.option(2, "stride", null);
            return maxPool(a, TorchArgs.tensor(a, a.get(0)), kernel, stride, a.option(3, "padding", 0L), a.option(4, "dilation", 1L),
                    a.bool(5, "ceil_mode", false), a.bool(6, "return_indices", false));
        }));
        m.add(Builtin.of("avg_pool2d", a -> {
            a.expect(2, 7, "input", "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override");
            Object kernel = a.option(1, "kernel_size", null), stride = a.option(2, "stride", null);
            return avgPool(a, TorchArgs.tensor(a, a.get(0)), kernel, stride, a.option(3, "padding", 0L), a.bool(4, "ceil_mode", false),
                    a.bool(5, "count_include_pad", true), a.option(6, "divisor_override", null));
        }));
        m.add(Builtin.of("unfold", a -> {
            a.expect(1, 5, "input", "kernel_size", "dilation", "padding", "stride");
            return unfold(a, a.get(0), a.option(1, "kernel_size", null), a.option(2, "dilation", 1L), a.option(3, "padding", 0L), a.option(4, "stride", 1L));
        }));
        m.add(Builtin.of("fold", a -> {
            a.expect(1, 6, "input", "output_size", "kernel_size", "dilation", "padding", "stride");
            return fold(a, a.get(0), a.option(1, "output_size", null), a.option(2, "kernel_size", null), a.option(3, "dilation", 1L), a.option(4, "padding", 0L),
                    a.option(5, "stride", 1L));
        }));
        m.add(Builtin.of("adaptive_avg_pool2d", a -> adaptiveAvgPool2d(a, a.expect(2, 2, "input", "output_size").get(0), a.get(1))));
        m.add(Builtin.of("adaptive_avg_pool3d", a -> adaptiveAvgPool3d(a, a.expect(2, 2, "input", "output_size").get(0), a.get(1))));
        for (int dims = 2; dims <= 3; dims++) {
            int d = dims;
            m.add(Builtin.of("adaptive_max_pool" + dims + "d", a -> {
                a.expect(2, 3, "input", "output_size", "return_indices");
                return adaptiveMaxPool(a, d, a.get(0), a.get(1), a.bool(2, "return_indices", false));
            }));
            m.add(Builtin.of("adaptive_max_pool" + dims + "d_with_indices", a -> {
                a.expect(2, 3, "input", "output_size", "return_indices");
                return adaptiveMaxPool(a, d, a.get(0), a.get(1), true);
            }));
        }
    }

    // ---- nn layers ----

    static final PyClass CONV1D = conv("Conv1d", 1), CONV2D = conv("Conv2d", 2), CONV3D = conv("Conv3d", 3);

    /** Conv1d, Conv2d or Conv3d ({@code dims} spatial axes): PyTorch's _ConvNd arguments, attributes, initialisation and repr. */
    private static PyClass conv(String name, int dims) {
        PyClass c = TorchNn.layer(name, a -> {
            a.expect(0, 10, "in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation", "groups", "bias", "padding_mode", "device", "dtype");
            TorchNn.requireArguments(a, name, "in_channels", "out_channels", "kernel_size");
            PyInstance m = TorchNn.instance(a);
            int in = a.intValue(a.option(0, "in_channels", null), "in_channels"), out = a.intValue(a.option(1, "out_channels", null), "out_channels");
            int groups = a.intValue(a.option(6, "groups", 1L), "groups");
            if (groups <= 0) throw PyError.value("groups must be a positive integer");
            if (in % groups != 0) throw PyError.value("in_channels must be divisible by groups");
            if (out % groups != 0) throw PyError.value("out_channels must be divisible by groups");
            int[] kernel = convSizes(a, a.option(2, "kernel_size", null), "kernel_size", dims), stride = convSizes(a, a.option(3, "stride", 1L), "stride", dims);
            Object padding = Values.plain(a.option(4, "padding", 0L));
            if (padding instanceof String s) {
                if (!s.equals("same") && !s.equals("valid"))
                    throw PyError.value("Invalid padding string '" + s + "', should be one of ['valid', 'same']");
                if (s.equals("same") && java.util.Arrays.stream(stride).anyMatch(v -> v != 1))
                    throw PyError.value("padding='same' is not supported for strided convolutions");
            }
            Object mode = Values.plain(a.option(8, "padding_mode", "zeros"));
            if (!List.of("zeros", "reflect", "replicate", "circular").contains(mode)) // the set as PyTorch's message shows it (PYTHONHASHSEED=0)
                throw PyError.value("padding_mode must be one of {'replicate', 'reflect', 'zeros', 'circular'}, but got padding_mode=" + Repr.repr(mode));
            m.setOwn("in_channels", (long) in);
            m.setOwn("out_channels", (long) out);
            m.setOwn("kernel_size", tuple(kernel));
            m.setOwn("stride", tuple(stride));
            m.setOwn("padding", padding instanceof String ? padding : tuple(convSizes(a, padding, "padding", dims)));
            m.setOwn("dilation", tuple(convSizes(a, a.option(5, "dilation", 1L), "dilation", dims)));
            m.setOwn("transposed", false);
            m.setOwn("output_padding", tuple(new int[dims]));
            m.setOwn("groups", (long) groups);
            m.setOwn("padding_mode", mode);
            int[] shape = new int[2 + dims];
            shape[0] = out;
            shape[1] = in / groups;
            System.arraycopy(kernel, 0, shape, 2, dims);
            boolean bias = a.bool(7, "bias", true);
            TorchNn.kaimingReset(Torch.rng(a), shape, bias, Torch.drawsDoubles(a),
                    (key, v) -> m.setOwn(key, Parameter.of(v).asksFloat64(Torch.asksFloat64(a))));
            if (!bias) m.setOwn("bias", null);
            return null;
        }, a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
            Object bias = m.own("bias");
            Tensor x = TorchArgs.tensor(a, a.get(0));
            Object padding = m.own("padding");
            if (!"zeros".equals(m.own("padding_mode"))) { // PyTorch's _conv_forward: F.pad in that mode, then no padding
                x = dev.adjoint.autograd.op.Functional.modePad(x, reversedPaddingTwice(padding, m.own("kernel_size"), m.own("dilation"), dims), (String) m.own("padding_mode"));
                padding = tuple(new int[dims]);
            }
            return convolve(a, dims, x, Values.node(m.own("weight")), bias == null ? null : Values.node(bias), m.own("stride"),
                    padding, m.own("dilation"), m.own("groups"));
        }, a -> {
            PyInstance m = TorchNn.instance(a);
            StringBuilder s = new StringBuilder(m.own("in_channels") + ", " + m.own("out_channels") + ", kernel_size=" + Repr.repr(m.own("kernel_size"))
                    + ", stride=" + Repr.repr(m.own("stride")));
            Object padding = m.own("padding");
            if (padding instanceof String p) s.append(", padding=").append(p);
            else if (!Repr.repr(padding).equals(Repr.repr(tuple(new int[dims])))) s.append(", padding=").append(Repr.repr(padding));
            if (!Repr.repr(m.own("dilation")).equals(Repr.repr(tuple(ones(dims))))) s.append(", dilation=").append(Repr.repr(m.own("dilation")));
            if (!m.own("groups").equals(1L)) s.append(", groups=").append(m.own("groups"));
            if (m.own("bias") == null) s.append(", bias=False");
            if (!"zeros".equals(m.own("padding_mode"))) s.append(", padding_mode=").append(m.own("padding_mode"));
            return s.toString();
        });
        c.method("reset_parameters", TorchNn::kaimingResetParameters);
        return c;
    }

    /** F.conv1d / F.conv2d with the sizes as given (an int or a sequence of {@code dims}). */
    /**
     * _ConvNd's _reversed_padding_repeated_twice: F.pad's list, last axis first, each side's padding;
     * for padding='same' the total d·(k-1) split with the smaller half before, 'valid' none.
     */
    private static int[] reversedPaddingTwice(Object padding, Object kernel, Object dilation, int dims) {
        int[] pad = new int[2 * dims];
        for (int i = 0; i < dims; i++) {
            int d = dims - 1 - i, before, after;
            if (padding instanceof String s) {
                int total = s.equals("same") ? (int) Values.toLong(((List<?>) dilation).get(d), "dilation") * ((int) Values.toLong(((List<?>) kernel).get(d), "kernel_size") - 1) : 0;
                before = total / 2;
                after = total - before;
            } else before = after = (int) Values.toLong(((List<?>) padding).get(d), "padding");
            pad[2 * i] = before;
            pad[2 * i + 1] = after;
        }
        return pad;
    }

    private static Tensor convolve(Args a, int dims, Tensor x, Tensor weight, Tensor bias, Object stride, Object padding, Object dilation, Object groups) {
        int[] st = convSizes(a, stride, "stride", dims), dil = convSizes(a, dilation, "dilation", dims);
        Convolution.Padding pad = padding(a, padding, dims);
        int g = a.intValue(groups, "groups");
        return switch (dims) {
            case 1 -> Convolution.conv1d(x, weight, bias, st[0], pad, dil[0], g);
            case 2 -> Convolution.conv2d(x, weight, bias, st, pad, dil, g);
            default -> Convolution3d.conv3d(x, weight, bias, st, pad, dil, g);
        };
    }

    private static int[] ones(int n) {
        int[] v = new int[n];
        java.util.Arrays.fill(v, 1);
        return v;
    }

    static final PyClass MAX_POOL1D = maxPoolLayer("MaxPool1d", TorchPool1d::maxPool), MAX_POOL2D = maxPoolLayer("MaxPool2d", TorchConv::maxPool);

    /** F.max_pool1d/2d/3d with a layer's sizes. */
    interface MaxPool {
        Object apply(Args a, Tensor x, Object kernel, Object stride, Object padding, Object dilation, boolean ceilMode, boolean returnIndices);
    }

    /** F.avg_pool2d/3d with a layer's sizes. */
    interface AvgPool {
        Tensor apply(Args a, Tensor x, Object kernel, Object stride, Object padding, boolean ceilMode, boolean countIncludePad, Object divisor);
    }

    /**
     * MaxPool1d, 2d or 3d: the sizes kept as given, PyTorch's repr; a missing argument names their
     * shared base class, whose __init__ it is (_MaxPoolNd).
     */
    static PyClass maxPoolLayer(String name, MaxPool pool) {
        return TorchNn.layer(name, a -> {
            a.expect(0, 6, "kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode");
            PyInstance m = poolSizes(a, "_MaxPoolNd");
            m.setOwn("dilation", Values.plain(a.option(3, "dilation", 1L)));
            m.setOwn("return_indices", a.bool(4, "return_indices", false));
            m.setOwn("ceil_mode", a.bool(5, "ceil_mode", false));
            return null;
        }, a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
            return pool.apply(a, TorchArgs.tensor(a, a.get(0)), m.own("kernel_size"), m.own("stride"), m.own("padding"), m.own("dilation"),
                    Values.truthy(m.own("ceil_mode")), Values.truthy(m.own("return_indices")));
        }, a -> {
            PyInstance m = TorchNn.instance(a);
            return "kernel_size=" + Repr.repr(m.own("kernel_size")) + ", stride=" + Repr.repr(m.own("stride")) + ", padding=" + Repr.repr(m.own("padding"))
                    + ", dilation=" + Repr.repr(m.own("dilation")) + ", ceil_mode=" + Repr.repr(m.own("ceil_mode"));
        });
    }

    static final PyClass AVG_POOL2D = avgPoolLayer("AvgPool2d", TorchConv::avgPool);

    /** AvgPool2d or 3d: the sizes and options kept as given, PyTorch's repr. */
    static PyClass avgPoolLayer(String name, AvgPool pool) {
        return TorchNn.layer(name, a -> {
            a.expect(0, 6, "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override");
            PyInstance m = poolSizes(a, name);
            m.setOwn("ceil_mode", a.bool(3, "ceil_mode", false));
            m.setOwn("count_include_pad", a.bool(4, "count_include_pad", true));
            m.setOwn("divisor_override", Values.plain(a.option(5, "divisor_override", null)));
            return null;
        }, a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
            return pool.apply(a, TorchArgs.tensor(a, a.get(0)), m.own("kernel_size"), m.own("stride"), m.own("padding"), Values.truthy(m.own("ceil_mode")),
                    Values.truthy(m.own("count_include_pad")), m.own("divisor_override"));
        }, TorchConv::avgPoolRepr);
    }

    /** An average pool's extra_repr: its kernel_size, stride and padding as kept. */
    static String avgPoolRepr(Args a) {
        PyInstance m = TorchNn.instance(a);
        return "kernel_size=" + Repr.repr(m.own("kernel_size")) + ", stride=" + Repr.repr(m.own("stride")) + ", padding=" + Repr.repr(m.own("padding"));
    }

    static final PyClass ADAPTIVE_AVG_POOL2D = adaptiveAvgPoolLayer("AdaptiveAvgPool2d", TorchConv::adaptiveAvgPool2d),
            ADAPTIVE_AVG_POOL3D = adaptiveAvgPoolLayer("AdaptiveAvgPool3d", TorchConv::adaptiveAvgPool3d);

    /** F.adaptive_avg_pool1d/2d/3d(input, output_size). */
    interface AdaptiveAvgPool {
        Object apply(Args a, Object input, Object outputSize);
    }

    /** F.adaptive_max_pool1d/2d/3d(input, output_size, return_indices). */
    interface AdaptiveMaxPool {
        Object apply(Args a, Object input, Object outputSize, boolean returnIndices);
    }

    /** AdaptiveAvgPool1d, 2d or 3d: output_size kept as given, PyTorch's repr; a missing argument names the shared base class, whose __init__ it is. */
    static PyClass adaptiveAvgPoolLayer(String name, AdaptiveAvgPool pool) {
        return TorchNn.layer(name, a -> {
            a.expect(0, 1, "output_size");
            TorchNn.requireArguments(a, "_AdaptiveAvgPoolNd", "output_size");
            TorchNn.instance(a).setOwn("output_size", Values.plain(a.option(0, "output_size", null)));
            return null;
        }, a -> pool.apply(a, a.expect(1, 1, "input").get(0), TorchNn.instance(a).own("output_size")),
                a -> "output_size=" + Repr.repr(TorchNn.instance(a).own("output_size")));
    }

    static final PyClass ADAPTIVE_MAX_POOL2D = adaptiveMaxPoolLayer("AdaptiveMaxPool2d", (a, x, size, indices) -> adaptiveMaxPool(a, 2, x, size, indices)),
            ADAPTIVE_MAX_POOL3D = adaptiveMaxPoolLayer("AdaptiveMaxPool3d", (a, x, size, indices) -> adaptiveMaxPool(a, 3, x, size, indices));

    /** AdaptiveMaxPool1d, 2d or 3d: output_size and return_indices kept as given, PyTorch's repr (output_size alone). */
    static PyClass adaptiveMaxPoolLayer(String name, AdaptiveMaxPool pool) {
        return TorchNn.layer(name, a -> {
            a.expect(0, 2, "output_size", "return_indices");
            TorchNn.requireArguments(a, "_AdaptiveMaxPoolNd", "output_size");
            TorchNn.instance(a).setOwn("output_size", Values.plain(a.option(0, "output_size", null)));
            TorchNn.instance(a).setOwn("return_indices", a.bool(1, "return_indices", false));
            return null;
        }, a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
            return pool.apply(a, a.get(0), m.own("output_size"), Values.truthy(m.own("return_indices")));
        }, a -> "output_size=" + Repr.repr(TorchNn.instance(a).own("output_size")));
    }

    private static Tensor adaptiveAvgPool2d(Args a, Object input, Object outputSize) {
        Tensor x = TorchArgs.tensor(a, input);
        return Convolution.adaptiveAvgPool2d(x, adaptiveSizes(a, x, outputSize, 2, "adaptive_avg_pool2d", "SymInts", "adaptive_avg_pool2d: output_size must be 2"));
    }

    private static Tensor adaptiveAvgPool3d(Args a, Object input, Object outputSize) {
        Tensor x = TorchArgs.tensor(a, input);
        return AdaptiveAvgPool3d.of(x, adaptiveSizes(a, x, outputSize, 3, "adaptive_avg_pool3d", "ints", "adaptive_avg_pool3d: output_size must be 3"));
    }

    /** F.adaptive_max_pool2d or 3d ({@code dims} spatial axes): the values, and the indices too when asked. */
    private static Object adaptiveMaxPool(Args a, int dims, Object input, Object outputSize, boolean returnIndices) {
        Tensor x = TorchArgs.tensor(a, input);
        String name = "adaptive_max_pool" + dims + "d";
        Tensor[] r = dev.adjoint.autograd.op.AdaptiveMaxPool.of(x, adaptiveSizes(a, x, outputSize, dims, name, "ints", name + "(): internal error: output_size.size() must be " + dims));
        return returnIndices ? Values.tuple(r[0], r[1]) : r[0];
    }

    static final PyClass UNFOLD = TorchNn.layer("Unfold", a -> {
        a.expect(0, 4, "kernel_size", "dilation", "padding", "stride");
        TorchNn.requireArguments(a, "Unfold", "kernel_size");
        keep(a, List.of("kernel_size", "dilation", "padding", "stride"), List.of(1L, 1L, 0L, 1L), 1);
        return null;
    }, a -> {
        PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
        return unfold(a, a.get(0), m.own("kernel_size"), m.own("dilation"), m.own("padding"), m.own("stride"));
    }, a -> shown(TorchNn.instance(a), "kernel_size", "dilation", "padding", "stride"));

    static final PyClass FOLD = TorchNn.layer("Fold", a -> {
        a.expect(0, 5, "output_size", "kernel_size", "dilation", "padding", "stride");
        TorchNn.requireArguments(a, "Fold", "output_size", "kernel_size");
        keep(a, List.of("output_size", "kernel_size", "dilation", "padding", "stride"), List.of(1L, 1L, 1L, 0L, 1L), 2);
        return null;
    }, a -> {
        PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
        return fold(a, a.get(0), m.own("output_size"), m.own("kernel_size"), m.own("dilation"), m.own("padding"), m.own("stride"));
    }, a -> shown(TorchNn.instance(a), "output_size", "kernel_size", "dilation", "padding", "stride"));

    /** Keeps each argument as given (by position or keyword) as the attribute of its name; the first {@code required} have no default. */
    private static void keep(Args a, List<String> names, List<Object> defaults, int required) {
        PyInstance m = TorchNn.instance(a);
        for (int i = 0; i < names.size(); i++) m.setOwn(names.get(i), Values.plain(a.option(i, names.get(i), i < required ? null : defaults.get(i))));
    }

    /** extra_repr: name=repr for each attribute. */
    private static String shown(PyInstance m, String... names) {
        List<String> parts = new java.util.ArrayList<>();
        for (String n : names) parts.add(n + "=" + Repr.repr(m.own(n)));
        return String.join(", ", parts);
    }

    private static Tensor unfold(Args a, Object input, Object kernel, Object dilation, Object padding, Object stride) {
        return Convolution.unfold(TorchArgs.tensor(a, input), convPair(a, kernel, "kernel_size"), convPair(a, dilation, "dilation"), convPair(a, padding, "padding"),
                convPair(a, stride, "stride"));
    }

    private static Tensor fold(Args a, Object input, Object outputSize, Object kernel, Object dilation, Object padding, Object stride) {
        return Convolution.fold(TorchArgs.tensor(a, input), convPair(a, outputSize, "output_size"), convPair(a, kernel, "kernel_size"), convPair(a, dilation, "dilation"),
                convPair(a, padding, "padding"), convPair(a, stride, "stride"));
    }

    // ---- arguments ----

    /** A pool's first arguments kept as given: kernel_size, stride (the kernel's when None, as PyTorch) and padding. */
    static PyInstance poolSizes(Args a, String cls) {
        TorchNn.requireArguments(a, cls, "kernel_size");
        PyInstance m = TorchNn.instance(a);
        Object kernel = Values.plain(a.option(0, "kernel_size", null)), stride = Values.plain(a.option(1, "stride", null));
        m.setOwn("kernel_size", kernel);
        m.setOwn("stride", stride == null ? kernel : stride);
        m.setOwn("padding", Values.plain(a.option(2, "padding", 0L)));
        return m;
    }

    /** max_pool2d; stride None: the kernel's (its node saves the stride as given, empty then). */
    private static Object maxPool(Args a, Tensor x, Object kernel, Object stride, Object padding, Object dilation, boolean ceilMode, boolean returnIndices) {
        String what = "max_pool2d: ";
        int[] k = poolPair(a, kernel, what + "kernel_size"), s = Values.plain(stride) == null ? null : poolPair(a, stride, what + "stride");
        Tensor[] r = Convolution.maxPool2d(x, k, s == null ? k : s, poolPair(a, padding, what + "padding"), poolPair(a, dilation, what + "dilation"), ceilMode,
                s == null ? new int[0] : s);
        return returnIndices ? Values.tuple(r[0], r[1]) : r[0];
    }

    /** avg_pool2d; stride None: the kernel's (its node saves the stride as given, empty then). */
    static Tensor avgPool(Args a, Tensor x, Object kernel, Object stride, Object padding, boolean ceilMode, boolean countIncludePad, Object divisor) {
        String what = "avg_pool2d: ";
        Integer divisorOverride = Values.plain(divisor) == null ? null : a.intValue(divisor, "divisor_override");
        int[] k = poolPair(a, kernel, what + "kernel_size"), s = Values.plain(stride) == null ? null : poolPair(a, stride, what + "stride");
        return Convolution.avgPool2d(x, k, s == null ? k : s, poolPair(a, padding, what + "padding"), ceilMode, countIncludePad, divisorOverride,
                s == null ? new int[0] : s);
    }

    /** A pooling size: an int for both axes or a pair; otherwise PyTorch's message ("max_pool2d: kernel_size must either be ..."). */
    private static int[] poolPair(Args a, Object v, String what) {
        int[] p = pairOrNull(a, v);
        if (p == null) throw new PyError("RuntimeError", what + " must either be a single int, or a tuple of two ints");
        return p;
    }

    /** A convolution size: an int for every axis or a sequence of {@code dims}; otherwise PyTorch's message naming the values given. */
    static int[] convSizes(Args a, Object v, String what, int dims) {
        Object plain = Values.plain(v);
        if (plain instanceof Long || plain instanceof Integer) {
            int[] out = new int[dims];
            java.util.Arrays.fill(out, a.intValue(plain, what));
            return out;
        }
        List<Object> items = Values.items(plain);
        if (items.size() != dims)
            throw new PyError("RuntimeError", "expected " + what + " to be a single integer value or a list of " + dims
                    + " values to match the convolution dimensions, but got " + what + "=" + Repr.repr(items).replace('(', '[').replace(')', ']').replace(",]", "]"));
        int[] out = new int[dims];
        for (int i = 0; i < dims; i++) out[i] = a.intValue(items.get(i), what);
        return out;
    }

    private static int[] convPair(Args a, Object v, String what) {
        return convSizes(a, v, what, 2);
    }

    private static int[] pairOrNull(Args a, Object v) {
        Object plain = Values.plain(v);
        if (plain instanceof Long || plain instanceof Integer) {
            int n = a.intValue(plain, "size");
            return new int[] {n, n};
        }
        List<Object> items = Values.items(plain);
        if (items.size() != 2) return null;
        return new int[] {a.intValue(items.get(0), "size"), a.intValue(items.get(1), "size")};
    }

    private static Convolution.Padding padding(Args a, Object v, int dims) {
        Object plain = Values.plain(v);
        if (plain instanceof String s) return new Convolution.Padding(new int[dims], s);
        return new Convolution.Padding(convSizes(a, plain, "padding", dims), null);
    }

    /**
     * An adaptive pool's output size for {@code dims} spatial axes, as torch.nn.functional's
     * _list_with_default and then the native function's argument parser take it: an int for every
     * axis, or a sequence whose None entries keep the input's size on their axis (the input's last
     * sizes, so the input needs more axes than the sequence has entries); a sequence of another
     * length is the native check's {@code wrongCount} error. {@code ints} is what the parser's
     * messages call the sizes it wants ("ints", or "SymInts" for adaptive_avg_pool2d).
     */
    private static int[] adaptiveSizes(Args a, Tensor x, Object v, int dims, String function, String ints, String wrongCount) {
        Object plain = Values.plain(v);
        if (plain instanceof Boolean) throw PyError.type(function + "(): argument 'output_size' (position 2) must be tuple of " + ints + ", not bool");
        if (plain instanceof Long || plain instanceof Integer) {
            int[] out = new int[dims];
            java.util.Arrays.fill(out, a.intValue(plain, "output_size"));
            return out;
        }
        if (!(plain instanceof List<?>)) throw PyError.type("object of type '" + Values.typeName(plain) + "' has no len()");
        List<Object> items = Values.items(plain);
        int[] s = x.shape();
        if (s.length <= items.size()) throw PyError.value("Input dimension should be at least " + (items.size() + 1));
        for (int i = 0; i < items.size(); i++) {
            Object item = Values.plain(items.get(i));
            if (item != null && !(item instanceof Long || item instanceof Integer))
                throw PyError.type(function + "(): argument 'output_size' must be tuple of " + ints + ", but found element of type " + Values.typeName(item) + " at pos "
                        + (i + 1));
        }
        if (items.size() != dims) throw new PyError("RuntimeError", wrongCount);
        int[] out = new int[dims];
        for (int i = 0; i < dims; i++) out[i] = items.get(i) == null ? s[s.length - dims + i] : a.intValue(items.get(i), "output_size");
        return out;
    }

    private static List<Object> tuple(int[] sizes) {
        List<Object> items = new java.util.ArrayList<>();
        for (int v : sizes) items.add((long) v);
        return Values.tuple(items);
    }
}
