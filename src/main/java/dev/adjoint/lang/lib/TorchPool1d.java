package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Convolution;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The 1-d pools of torch.nn and torch.nn.functional: max_pool1d / MaxPool1d (its class shared with
 * MaxPool2d in {@link TorchConv}), avg_pool1d / AvgPool1d, adaptive_avg_pool1d / AdaptiveAvgPool1d
 * and adaptive_max_pool1d / AdaptiveMaxPool1d, with PyTorch's arguments, attributes and reprs; the
 * engine's {@link Convolution} pools.
 */
final class TorchPool1d {
    private TorchPool1d() {}

    static void addLayers(PyModule m) {
        m.add("AvgPool1d", AVG_POOL1D);
        m.add("AdaptiveAvgPool1d", ADAPTIVE_AVG_POOL1D);
        m.add("AdaptiveMaxPool1d", ADAPTIVE_MAX_POOL1D);
    }

    static void addFunctions(PyModule m) {
        m.add(Builtin.of("max_pool1d", a -> {
            a.expect(2, 7, "input", "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices");
            Object kernel = a.option(1, "kernel_size", null), stride = a.option(2, "stride", null);
            return maxPool(a, TorchArgs.tensor(a, a.get(0)), kernel, stride == null ? kernel : stride, a.option(3, "padding", 0L), a.option(4, "dilation", 1L),
                    a.bool(5, "ceil_mode", false), a.bool(6, "return_indices", false));
        }));
        m.add(Builtin.of("avg_pool1d", a -> {
            a.expect(2, 6, "input", "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad");
            Object kernel = a.option(1, "kernel_size", null), stride = a.option(2, "stride", null);
            return avgPool(a, TorchArgs.tensor(a, a.get(0)), kernel, stride == null ? kernel : stride, a.option(3, "padding", 0L), a.bool(4, "ceil_mode", false),
                    a.bool(5, "count_include_pad", true));
        }));
        m.add(Builtin.of("adaptive_avg_pool1d", a -> {
            a.expect(2, 2, "input", "output_size");
            return Convolution.adaptiveAvgPool1d(TorchArgs.tensor(a, a.get(0)), outputSize(a, a.get(1), "adaptive_avg_pool1d"));
        }));
        m.add(Builtin.of("adaptive_max_pool1d", a -> {
            a.expect(2, 3, "input", "output_size", "return_indices");
            return adaptiveMaxPool(a, TorchArgs.tensor(a, a.get(0)), a.get(1), a.bool(2, "return_indices", false));
        }));
    }

    /** AvgPool1d keeps its sizes as 1-tuples (PyTorch's _single), the stride the kernel's when None. */
    static final PyClass AVG_POOL1D = TorchNn.layer("AvgPool1d", a -> {
        a.expect(0, 5, "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad");
        TorchNn.requireArguments(a, "AvgPool1d", "kernel_size");
        PyInstance m = TorchNn.instance(a);
        Object kernel = Values.plain(a.option(0, "kernel_size", null)), stride = Values.plain(a.option(1, "stride", null));
        m.setOwn("kernel_size", single(kernel));
        m.setOwn("stride", single(stride == null ? kernel : stride));
        m.setOwn("padding", single(Values.plain(a.option(2, "padding", 0L))));
        m.setOwn("ceil_mode", a.bool(3, "ceil_mode", false));
        m.setOwn("count_include_pad", a.bool(4, "count_include_pad", true));
        return null;
    }, a -> {
        PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
        return avgPool(a, TorchArgs.tensor(a, a.get(0)), m.own("kernel_size"), m.own("stride"), m.own("padding"), Values.truthy(m.own("ceil_mode")),
                Values.truthy(m.own("count_include_pad")));
    }, TorchConv::avgPoolRepr);

    static final PyClass ADAPTIVE_AVG_POOL1D = TorchConv.adaptiveAvgPoolLayer("AdaptiveAvgPool1d",
            (a, x, size) -> Convolution.adaptiveAvgPool1d(TorchArgs.tensor(a, x), outputSize(a, size, "adaptive_avg_pool1d")));

    static final PyClass ADAPTIVE_MAX_POOL1D = TorchConv.adaptiveMaxPoolLayer("AdaptiveMaxPool1d",
            (a, x, size, indices) -> adaptiveMaxPool(a, TorchArgs.tensor(a, x), size, indices));

    static Object maxPool(Args a, Tensor x, Object kernel, Object stride, Object padding, Object dilation, boolean ceilMode, boolean returnIndices) {
        // PyTorch's max_pool1d has a kernel of its own for what needs no indices (nor gradient); the rest is max_pool2d's
        if (!returnIndices && !x.requiresGrad()) Ops.requireFloating("max_pool1d_impl", x.dtype());
        Tensor[] r = Convolution.maxPool1d(x, size(a, kernel, n -> "max_pool1d() kernel_size must be an int, list of ints or tuple of ints of size 1 but got size " + n),
                size(a, stride, n -> oneInt("max_pool1d", "stride", n)), size(a, padding, n -> oneInt("max_pool1d", "padding", n)),
                size(a, dilation, n -> oneInt("max_pool1d", "dilation", n)), ceilMode);
        return returnIndices ? Values.tuple(r[0], r[1]) : r[0];
    }

    static Tensor avgPool(Args a, Tensor x, Object kernel, Object stride, Object padding, boolean ceilMode, boolean countIncludePad) {
        return Convolution.avgPool1d(x, size(a, kernel, n -> oneInt("avg_pool1d", "kernel_size", n)), size(a, stride, n -> oneInt("avg_pool1d", "stride", n)),
                size(a, padding, n -> oneInt("avg_pool1d", "padding", n)), ceilMode, countIncludePad);
    }

    private static Object adaptiveMaxPool(Args a, Tensor x, Object outputSize, boolean returnIndices) {
        Tensor[] r = Convolution.adaptiveMaxPool1d(x, outputSize(a, outputSize, "adaptive_max_pool1d"));
        return returnIndices ? Values.tuple(r[0], r[1]) : r[0];
    }

    private static int outputSize(Args a, Object v, String function) {
        return size(a, v, n -> oneInt(function, "output_size", n));
    }

    private static String oneInt(String function, String argument, int given) {
        return function + "() argument '" + argument + "' should contain one int (got " + given + ")";
    }

    /** A 1-d size: an int or a sequence of one; otherwise the RuntimeError {@code wrong} words for the count given. */
    private static int size(Args a, Object v, IntFunction<String> wrong) {
        Object plain = Values.plain(v);
        if (plain instanceof Long || plain instanceof Integer || plain instanceof Boolean) return a.intValue(plain, "size");
        List<Object> items = Values.items(plain);
        if (items.size() != 1) throw new PyError("RuntimeError", wrong.apply(items.size()));
        return a.intValue(items.get(0), "size");
    }

    /** PyTorch's _single: an int as a 1-tuple, a sequence as a tuple. */
    private static List<Object> single(Object v) {
        return v instanceof Long || v instanceof Integer ? Values.tuple(v) : Values.tuple(Values.items(v));
    }
}
