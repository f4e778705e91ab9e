package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.NDArray;

/**
 * logaddexp(a, b) = ln(eᵃ + eᵇ), as PyTorch 1.13's kernel computes it without overflow: the larger
 * plus ln(1 + e^−|a − b|) (a log of 1 + x, not log1p), and a itself when both are the same infinity
 * (LogaddexpBackward0). The gradients are g / (1 + e^(b − a)) and g / (1 + e^(a − b)).
 */
final class LogAddExp implements Op {
    static final LogAddExp INSTANCE = new LogAddExp();

    public String name() { return "logaddexp"; }

    /** One pair, as PyTorch's scalar loop: the C library's exp and log. */
    static double value(double a, double b) {
        if (Double.isInfinite(a) && a == b) return a;
        return Math.max(a, b) + LibmLog.log(1 + LibmExp.exp(-Math.abs(a - b)));
    }

    /** A pair in a vector: SLEEF's exp and log. */
    private static double vector(double a, double b) {
        if (Double.isInfinite(a) && a == b) return a;
        return Math.max(a, b) + Sleef.log(1 + Sleef.exp(-Math.abs(a - b)));
    }

    /** Eight pairs at a time along a row through the vector form, the rest one by one (cpu_kernel_vec, see BinaryVectorKernel). */
    public NDArray compute(NDArray[] in) { return BinaryVectorKernel.map(in[0], in[1], LogAddExp::vector, LogAddExp::value); }

    private static Tensor share(Tensor g, Tensor self, Tensor other) {
        return Ops.div(g, Ops.add(Ops.exp(Ops.sub(other, self)), Ops.scalar(1)));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(share(g, a, b), a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(share(g, b, a), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor da = t[0] == null ? null : share(t[0], a, b), db = t[1] == null ? null : share(t[1], b, a);
        return Ops.broadcastTo(Ops.addOrFirst(da, db), out.shape());
    }

    public int saved(Tensor out) { return 0b11; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String torchName(Tensor out) { return "LogaddexpBackward0"; }

    public String notation(String... a) { return "logaddexp(" + a[0] + ", " + a[1] + ")"; }

    public boolean broadcasts() { return true; }
}
