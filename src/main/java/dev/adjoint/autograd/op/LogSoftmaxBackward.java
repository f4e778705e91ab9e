package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * log_softmax's gradient g − exp(y)·Σg (y the log_softmax output, the sum along its axis) as
 * PyTorch 1.13's kernel computes it: along the last axis Σg in four lanes (reduce_all), along
 * another axis one element after another, and each entry as one fused multiply-add
 * g − exp(y)·Σg, with SLEEF's exp in the vector lanes (the positions after the axis in whole
 * fours) and the C library's for the rest. Shown as LogSoftmaxBackwardDataBackward0; its own
 * derivatives are composed of ops, so it differentiates again.
 */
final class LogSoftmaxBackward implements Op {
    private final int axis;

    LogSoftmaxBackward(int axis) {
        this.axis = axis;
    }

    public String name() { return "log_softmax_backward"; }

    public String torchName(Tensor out) { return "LogSoftmaxBackwardDataBackward0"; }

    public int saved(Tensor out) { return 0b11; }

    public NDArray compute(NDArray[] in) {
        int[] shape = in[0].shape();
        int d = shape[axis], inner = 1;
        for (int k = axis + 1; k < shape.length; k++) inner *= shape[k];
        double[] g = in[0].toArray(), y = in[1].broadcastTo(shape).toArray(), out = new double[g.length];
        int outer = d == 0 ? 0 : g.length / (d * inner);
        for (int o = 0; o < outer; o++)
            for (int i = 0; i < inner; i++) {
                int at = o * d * inner + i;
                double sum = inner == 1 ? laneSum(g, at, d) : 0;
                if (inner != 1) for (int k = 0; k < d; k++) sum += g[at + k * inner];
                for (int k = 0; k < d; k++) {
                    int e = at + k * inner;
                    boolean vector = inner == 1 || i < inner - inner % 4;
                    out[e] = Math.fma(-(vector ? Sleef.exp(y[e]) : dev.adjoint.ndarray.LibmExp.exp(y[e])), sum, g[e]);
                }
            }
        return NDArray.adopt(out, shape);
    }

    /** Σ v[at, at + d) as vec::reduce_all adds: element i into lane i mod 4, then the lanes in order. */
    private static double laneSum(double[] v, int at, int d) {
        double[] lanes = new double[4];
        for (int i = 0; i < d; i++) lanes[i & 3] = i < 4 ? v[at + i] : lanes[i & 3] + v[at + i];
        double sum = lanes[0];
        for (int l = 1; l < Math.min(d, 4); l++) sum += lanes[l];
        return sum;
    }

    /** For upstream h: ∂g = h − Σ(exp(y)·h), ∂y = −h·exp(y)·Σg. */
    public Tensor[] vjp(Tensor h, Tensor out) {
        Tensor g = out.input(0), y = out.input(1), e = Ops.exp(y);
        int[] ax = {axis};
        return new Tensor[] {
            g.requiresGrad() ? Ops.sub(h, Ops.sum(Ops.mul(e, h), ax, true)) : null,
            y.requiresGrad() ? Ops.neg(Ops.mul(Ops.mul(h, e), Ops.sum(g, ax, true))) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor g = out.input(0), y = out.input(1), e = Ops.exp(y), d = null;
        int[] ax = {axis};
        if (t[0] != null) d = Ops.sub(t[0], Ops.mul(e, Ops.sum(t[0], ax, true)));
        if (t[1] != null) {
            Tensor part = Ops.neg(Ops.mul(Ops.mul(t[1], e), Ops.sum(g, ax, true)));
            d = d == null ? part : Ops.add(d, part);
        }
        return d;
    }
}
