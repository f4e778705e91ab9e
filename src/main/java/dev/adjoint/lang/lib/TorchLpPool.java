package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import java.util.List;

/**
 * Power-average pooling, nn.LPPool1d/LPPool2d and F.lp_pool1d/lp_pool2d, built as PyTorch 1.13's
 * Python builds it (so the nodes and the zero gradient of an all-zero window are its): the average
 * pool of x^p, its sign times relu(|·|), times the window's size, to the power 1/p.
 */
final class TorchLpPool {
    private TorchLpPool() {}

    static void addLayers(PyModule m) {
        m.add("LPPool1d", layer("LPPool1d", 1));
        m.add("LPPool2d", layer("LPPool2d", 2));
    }

    static void addFunctions(PyModule m) {
        for (int dims = 1; dims <= 2; dims++) {
            int d = dims;
            m.add(Builtin.of("lp_pool" + dims + "d", a -> {
                a.expect(3, 5, "input", "norm_type", "kernel_size", "stride", "ceil_mode");
                return lpPool(a, d, TorchArgs.tensor(a, a.get(0)), a.get(1), a.get(2), a.option(3, "stride", null), a.bool(4, "ceil_mode", false));
            }));
        }
    }

    /** _LPPoolNd: its arguments kept as given, its extra_repr. */
    private static PyClass layer(String name, int dims) {
        return TorchNn.layer(name, a -> {
            a.expect(0, 4, "norm_type", "kernel_size", "stride", "ceil_mode");
            TorchNn.requireArguments(a, name, "norm_type", "kernel_size");
            PyInstance m = TorchNn.instance(a);
            m.setOwn("norm_type", Values.plain(a.option(0, "norm_type", null)));
            m.setOwn("kernel_size", Values.plain(a.option(1, "kernel_size", null)));
            m.setOwn("stride", Values.plain(a.option(2, "stride", null)));
            m.setOwn("ceil_mode", a.bool(3, "ceil_mode", false));
            return null;
        }, a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
            return lpPool(a, dims, TorchArgs.tensor(a, a.get(0)), m.own("norm_type"), m.own("kernel_size"), m.own("stride"), Values.truthy(m.own("ceil_mode")));
        }, a -> {
            PyInstance m = TorchNn.instance(a);
            return "norm_type=" + Repr.repr(m.own("norm_type")) + ", kernel_size=" + Repr.repr(m.own("kernel_size")) + ", stride=" + Repr.repr(m.own("stride"))
                    + ", ceil_mode=" + Repr.repr(m.own("ceil_mode"));
        });
    }

    /** F.lp_pool1d/2d: avg_pool(x.pow(p), kernel, stride (the kernel's when None), 0, ceil_mode), then (sign·relu(|·|))·window size, ^(1/p). */
    private static Tensor lpPool(Args a, int dims, Tensor x, Object normType, Object kernel, Object stride, boolean ceilMode) {
        double p = a.number(normType, "norm_type");
        Tensor powered = Ops.pow(x, p);
        Object strideOrKernel = Values.plain(stride) == null ? kernel : stride;
        Tensor out = dims == 1 ? TorchPool1d.avgPool(a, powered, kernel, strideOrKernel, 0L, ceilMode, true)
                : TorchConv.avgPool(a, powered, kernel, strideOrKernel, 0L, ceilMode, true, null);
        Tensor kept = Ops.mul(Ops.sign(out), Ops.relu(Ops.abs(out)));
        return Ops.pow(Ops.mul(kept, Tensor.wrappedNumber(windowSize(a, dims, kernel), DType.INT64)), 1.0 / p);
    }

    /** kernel_size (lp_pool1d multiplies by it as given, so a sequence is mul()'s TypeError) or kw·kh of _pair(kernel_size). */
    private static int windowSize(Args a, int dims, Object kernel) {
        Object plain = Values.plain(kernel);
        if (!(plain instanceof List<?> items)) return dims == 1 ? a.intValue(plain, "kernel_size") : a.intValue(plain, "kernel_size") * a.intValue(plain, "kernel_size");
        if (dims == 1) throw PyError.type("mul(): argument 'other' (position 1) must be Tensor, not " + Values.typeName(plain));
        return a.intValue(items.get(0), "kernel_size") * a.intValue(items.get(1), "kernel_size");
    }
}
