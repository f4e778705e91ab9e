package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * hardswish(x) = x·min(max(x + 3, 0), 6) / 6 (MobileNetV3); its slope is 0 below −3, x/3 + 1/2 on
 * [−3, 3] and 1 above, as PyTorch's hardswish_backward. At exactly 3 PyTorch's CPU kernel differs
 * by position: its vectorised loop (blocks of 8 doubles, from the start) takes the upper piece
 * (slope 1), its scalar loop over the rest the middle one (1.5); so does this slope.
 */
public final class Hardswish extends Activation {
    static final Hardswish INSTANCE = new Hardswish();

    public String name() { return "hardswish"; }

    double value(double x) { return x * Math.min(Math.max(x + 3, 0), 6) / 6; }

    Tensor slope(Tensor x) {
        Tensor inMiddle = Tensor.apply(new Flat("step", "HardswishBackwardBackward0", v -> middle(v, true), true), x);
        Tensor above = Tensor.apply(new Flat("step", "HardswishBackwardBackward0", v -> middle(v, false), true), x);
        return Ops.add(Ops.mul(inMiddle, Ops.add(Ops.div(x, Ops.scalar(3)), Ops.scalar(0.5))), above);
    }

    /** 1 where x is in the middle piece ({@code middle}) or above it (else), 3 counted by position as PyTorch's kernel does. */
    private static NDArray middle(NDArray v, boolean middle) {
        double[] d = v.toArray(), out = new double[d.length];
        int vectorised = d.length / 8 * 8;
        for (int i = 0; i < d.length; i++) {
            boolean upper = i < vectorised ? d[i] >= 3 : d[i] > 3;
            out[i] = middle ? (d[i] >= -3 && !upper ? 1 : 0) : (upper ? 1 : 0);
        }
        return NDArray.of(out, v.shape());
    }

    String torchBase() { return "HardswishBackward0"; }
}
