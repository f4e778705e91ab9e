package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * lerp(start, end, weight) = start + weight·(end − start), computed from whichever end is nearer
 * as PyTorch's kernel does (below weight ½ from start, else end − (end − start)(1 − weight)), so
 * weight 1 gives end exactly; the product and sum are one fused multiply-add, as the compiler makes
 * them in PyTorch's AVX2 kernels. Inputs come broadcast to one shape; a Python number weight is a
 * constant input (LerpBackward0), a tensor one gets its own gradient g·(end − start) (LerpBackward1).
 */
final class Lerp implements Op {
    static final Lerp SCALAR_WEIGHT = new Lerp(false), TENSOR_WEIGHT = new Lerp(true);

    private final boolean tensorWeight;

    private Lerp(boolean tensorWeight) { this.tensorWeight = tensorWeight; }

    public String name() { return "lerp"; }

    static double value(double start, double end, double weight) {
        return Math.abs(weight) < 0.5 ? Math.fma(weight, end - start, start) : Math.fma(-(end - start), 1 - weight, end);
    }

    public NDArray compute(NDArray[] in) {
        double[] s = in[0].toArray(), e = in[1].toArray(), w = in[2].toArray(), r = new double[s.length];
        for (int i = 0; i < r.length; i++) r[i] = value(s[i], e[i], w[i]);
        return NDArray.adopt(r, in[0].shape());
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor start = out.input(0), end = out.input(1), w = out.input(2);
        return new Tensor[] {
            start.requiresGrad() ? Ops.mul(g, Ops.sub(Ops.scalar(1), w)) : null,
            end.requiresGrad() ? Ops.mul(g, w) : null,
            w.requiresGrad() ? Ops.mul(g, Ops.sub(end, start)) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor start = out.input(0), end = out.input(1), w = out.input(2);
        Tensor ds = t[0] == null ? null : Ops.mul(t[0], Ops.sub(Ops.scalar(1), w));
        Tensor de = t[1] == null ? null : Ops.mul(t[1], w);
        Tensor dw = t[2] == null ? null : Ops.mul(t[2], Ops.sub(end, start));
        return Ops.addOrFirst(Ops.addOrFirst(ds, de), dw);
    }

    public String torchName(Tensor out) { return tensorWeight ? "LerpBackward1" : "LerpBackward0"; }

    /** The weight (PyTorch keeps it whatever needs a gradient), start and end when the weight needs its gradient; a number's weight is no saved tensor. */
    public int saved(Tensor out) {
        if (!tensorWeight) return 0;
        return 0b100 | (out.input(2).requiresGrad() ? 0b11 : 0);
    }

    /** LerpBackward1's self, end and weight, self and end None when the weight needs no gradient. */
    public int savedAttributes(Tensor out) { return tensorWeight ? 0b111 : 0; }

    public String savedName(Tensor out, int i) { return i == 0 ? "self" : i == 1 ? "end" : i == 2 ? "weight" : null; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "lerp(" + String.join(", ", a) + ")"; }
}
