package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;

/**
 * The trace of a matrix, Σ a[i, i] (TraceBackward0); its gradient is g on the diagonal and 0
 * elsewhere, its tangent the trace of the tangent. An integer matrix keeps its type.
 */
final class Trace implements Op {
    static final Trace INSTANCE = new Trace();

    public String name() { return "trace"; }

    public NDArray compute(NDArray[] in) {
        int rows = in[0].shape()[0], cols = in[0].shape()[1];
        double[] v = in[0].toArray();
        double sum = 0;
        for (int i = 0; i < Math.min(rows, cols); i++) sum += v[i * cols + i];
        return NDArray.scalar(sum);
    }

    public NDArray computeInt64(NDArray[] in) { // wraps around as PyTorch's int64 sum does
        int rows = in[0].shape()[0], cols = in[0].shape()[1];
        double[] v = in[0].toArray();
        long sum = 0;
        for (int i = 0; i < Math.min(rows, cols); i++) sum += Int64Arithmetic.bits(v[i * cols + i]);
        return NDArray.scalar(sum);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        int[] s = out.input(0).shape();
        return new Tensor[] {Ops.mul(Tensor.constant(NDArray.eye(s[0], s[1])), g)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.trace(t[0]); }

    public int saved(Tensor out) { return 0; }

    public DType dtype(Tensor[] in) { return in[0].dtype().accumulator(); }

    public String notation(String... a) { return "trace " + a[0]; }
}
