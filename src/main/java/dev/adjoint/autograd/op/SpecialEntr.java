package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.LibmLog;

/**
 * torch.special.entr: −x·ln x for x > 0, 0 at 0, −∞ below (NaN stays), with glibc's log as
 * PyTorch's scalar kernel; its gradient g·(−(1 + ln x)), PyTorch's formula (SpecialEntrBackward0).
 */
final class SpecialEntr extends PointwiseFunction {
    static final SpecialEntr INSTANCE = new SpecialEntr();

    public String name() { return "special_entr"; }

    double value(double x) {
        if (Double.isNaN(x)) return x;
        if (x > 0) return -x * LibmLog.log(x);
        return x == 0 ? 0 : Double.NEGATIVE_INFINITY;
    }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.neg(Ops.add(one(), Ops.log(x)))); }
}
