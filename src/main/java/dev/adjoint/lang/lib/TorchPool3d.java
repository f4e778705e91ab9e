package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.AvgPool3d;
import dev.adjoint.autograd.op.MaxPool3d;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import java.util.List;

/**
 * The 3-d sliding pools of torch.nn and torch.nn.functional: max_pool3d / MaxPool3d and avg_pool3d /
 * AvgPool3d, with PyTorch's arguments (sizes as an int or a triple), attributes and reprs; the engine's
 * {@link MaxPool3d} and {@link AvgPool3d} pool.
 */
final class TorchPool3d {
    private TorchPool3d() {}

    static void addLayers(PyModule m) {
        m.add("MaxPool3d", MAX_POOL3D);
        m.add("AvgPool3d", AVG_POOL3D);
    }

    static void addFunctions(PyModule m) {
        m.add(Builtin.of("max_pool3d", a -> {
            a.expect(2, 7, "input", "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices");
            return maxPool(a, TorchArgs.tensor(a, a.get(0)), a.option(1, "kernel_size", null), a.option(2, "stride", null), a.option(3, "padding", 0L),
                    a.option(4, "dilation", 1L), a.bool(5, "ceil_mode", false), a.bool(6, "return_indices", false));
        }));
        m.add(Builtin.of("avg_pool3d", a -> {
            a.expect(2, 7, "input", "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override");
            return avgPool(a, TorchArgs.tensor(a, a.get(0)), a.option(1, "kernel_size", null), a.option(2, "stride", null), a.option(3, "padding", 0L),
                    a.bool(4, "ceil_mode", false), a.bool(5, "count_include_pad", true), a.option(6, "divisor_override", null));
        }));
    }

    static final PyClass MAX_POOL3D = TorchConv.maxPoolLayer("MaxPool3d", TorchPool3d::maxPool);
    static final PyClass AVG_POOL3D = TorchConv.avgPoolLayer("AvgPool3d", TorchPool3d::avgPool);

    private static Tensor avgPool(Args a, Tensor x, Object kernel, Object stride, Object padding, boolean ceilMode, boolean countIncludePad, Object divisor) {
        String what = "avg_pool3d: ";
        int[] k = triple(a, kernel, what + "kernel_size must be a single int, or a tuple of three ints");
        int[] s = omitted(stride) ? k : triple(a, stride, what + "stride must be omitted, a single int, or a tuple of three ints");
        int[] p = triple(a, padding, what + "padding must be a single int, or a tuple of three ints");
        Integer divisorOverride = Values.plain(divisor) == null ? null : a.intValue(divisor, "divisor_override");
        return AvgPool3d.of(x, k, s, p, ceilMode, countIncludePad, divisorOverride);
    }

    /** A stride of None or () is the kernel's, as PyTorch takes it. */
    private static boolean omitted(Object stride) {
        Object plain = Values.plain(stride);
        return plain == null || plain instanceof List<?> l && l.isEmpty();
    }

    private static Object maxPool(Args a, Tensor x, Object kernel, Object stride, Object padding, Object dilation, boolean ceilMode, boolean returnIndices) {
        String what = "max_pool3d: ";
        int[] k = triple(a, kernel, what + "kernel_size must either be a single int, or a tuple of three ints");
        int[] s = omitted(stride) ? k : triple(a, stride, what + "stride must either be omitted, a single int, or a tuple of three ints");
        Tensor[] r = MaxPool3d.of(x, k, s, triple(a, padding, what + "padding must be either be a single int, or a tuple of three ints" /* PyTorch's wording */),
                triple(a, dilation, what + "dilation must be either a single int, or a tuple of three ints"), ceilMode);
        return returnIndices ? Values.tuple(r[0], r[1]) : r[0];
    }

    /** A 3-d pooling size: an int (or a one-item sequence) for every axis, or three; otherwise PyTorch's message. */
    private static int[] triple(Args a, Object v, String message) {
        Object plain = Values.plain(v);
        List<Object> items = plain instanceof Long || plain instanceof Integer ? List.of(plain) : Values.items(plain);
        if (items.size() != 1 && items.size() != 3) throw new PyError("RuntimeError", message);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) out[i] = a.intValue(items.get(items.size() == 1 ? 0 : i), "size");
        return out;
    }
}
