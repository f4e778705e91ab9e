package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;

/**
 * The losses that are quadratic near zero and linear beyond a threshold: F.smooth_l1_loss /
 * nn.SmoothL1Loss (threshold beta) and F.huber_loss / nn.HuberLoss (threshold delta), with
 * PyTorch's arguments, checks and shape warning.
 */
final class TorchSmoothLosses {
    private TorchSmoothLosses() {}

    static void addFunctions(PyModule m) {
        m.add(Builtin.of("smooth_l1_loss", a -> { // (input, target, size_average=None, reduce=None, reduction='mean', beta=1.0)
            a.expect(2, 6, "input", "target", "size_average", "reduce", "reduction", "beta");
            Object reduction = TorchNn.reduction(a.option(2, "size_average", null), a.option(3, "reduce", null), a.option(4, "reduction", "mean"));
            return smoothL1(a, a.option(0, "input", null), a.option(1, "target", null), reduction, a.option(5, "beta", 1.0), false);
        }));
        m.add(Builtin.of("huber_loss", a -> { // (input, target, reduction='mean', delta=1.0)
            a.expect(2, 4, "input", "target", "reduction", "delta");
            return huber(a, a.option(0, "input", null), a.option(1, "target", null), a.option(2, "reduction", "mean"), a.option(3, "delta", 1.0), false);
        }));
    }

    static void addLayers(PyModule m) {
        m.add("SmoothL1Loss", TorchNn.layer("SmoothL1Loss", a -> { // (size_average=None, reduce=None, reduction='mean', beta=1.0)
            a.expect(0, 4, "size_average", "reduce", "reduction", "beta");
            PyInstance self = TorchNn.instance(a);
            self.setOwn("reduction", TorchNn.reduction(a.option(0, "size_average", null), a.option(1, "reduce", null), a.option(2, "reduction", "mean")));
            self.setOwn("beta", Values.plain(a.option(3, "beta", 1.0)));
            return null;
        }, a -> {
            a.expect(2, 2, "input", "target");
            return smoothL1(a, a.get(0), a.get(1), TorchNn.get(a, "reduction"), TorchNn.get(a, "beta"), true);
        }, null));
        m.add("HuberLoss", TorchNn.layer("HuberLoss", a -> { // (reduction='mean', delta=1.0)
            a.expect(0, 2, "reduction", "delta");
            PyInstance self = TorchNn.instance(a);
            self.setOwn("reduction", a.option(0, "reduction", "mean"));
            self.setOwn("delta", Values.plain(a.option(1, "delta", 1.0)));
            return null;
        }, a -> {
            a.expect(2, 2, "input", "target");
            return huber(a, a.get(0), a.get(1), TorchNn.get(a, "reduction"), TorchNn.get(a, "delta"), true);
        }, null));
    }

    private static Tensor smoothL1(Args a, Object input, Object target, Object reduction, Object beta, boolean module) {
        Tensor x = operand(a, input, "input", 1), y = operand(a, target, "target", 2);
        double b = a.number(beta, "beta");
        warnOnShapes(a, x, y, module);
        if (b < 0) throw new PyError("RuntimeError", "smooth_l1_loss does not support negative values for beta.");
        return Ops.smoothL1Loss(x, y, TorchNn.reduction(reduction), b);
    }

    private static Tensor huber(Args a, Object input, Object target, Object reduction, Object delta, boolean module) {
        Tensor x = operand(a, input, "input", 1), y = operand(a, target, "target", 2);
        double d = a.number(delta, "delta");
        warnOnShapes(a, x, y, module);
        if (!(d > 0)) throw new PyError("RuntimeError", "huber_loss does not support non-positive values for delta.");
        return Ops.huberLoss(x, y, TorchNn.reduction(reduction), d);
    }

    private static Tensor operand(Args a, Object v, String name, int position) {
        if (v == null) throw PyError.type(a.function() + "() missing required argument '" + name + "' (pos " + position + ")");
        return TorchArgs.tensor(a, v);
    }

    /** PyTorch's warning for a target of another shape: at the caller's line for F.*, from inside loss.py for a module. */
    private static void warnOnShapes(Args a, Tensor x, Tensor y, boolean module) {
        String mismatch = TorchNn.targetSizeWarning(x, y);
        if (mismatch == null) return;
        if (module) a.interpreter().warn("UserWarning", mismatch, "torch.nn.modules.loss");
        else a.interpreter().warnAtCall("UserWarning", mismatch, a.span());
    }
}
