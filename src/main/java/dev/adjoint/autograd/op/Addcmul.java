package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;

/**
 * addcmul(a, t1, t2, value) = a + value·t1·t2 and addcdiv = a + value·t1/t2 (Adam's update
 * written by hand), in PyTorch's order of rounding (value·t1 first), one node each
 * (AddcmulBackward0, AddcdivBackward0) over inputs broadcast to one shape.
 */
final class Addcmul implements Op {
    private final double value;
    private final boolean divide;

    Addcmul(double value, boolean divide) {
        this.value = value;
        this.divide = divide;
    }

    public String name() { return divide ? "addcdiv" : "addcmul"; }

    public NDArray compute(NDArray[] in) {
        double[] a = in[0].toArray(), t1 = in[1].toArray(), t2 = in[2].toArray(), r = new double[a.length];
        for (int i = 0; i < r.length; i++) r[i] = divide ? a[i] + value * t1[i] / t2[i] : Math.fma(value * t1[i], t2[i], a[i]);
        return NDArray.adopt(r, in[0].shape());
    }

    public NDArray computeInt64(NDArray[] in) { // only addcmul reaches here (addcdiv of integers is refused); wraps around as int64 does
        double[] a = in[0].toArray(), t1 = in[1].toArray(), t2 = in[2].toArray(), r = new double[a.length];
        long v = (long) value;
        for (int i = 0; i < r.length; i++)
            r[i] = Int64Arithmetic.bits(a[i]) + v * Int64Arithmetic.bits(t1[i]) * Int64Arithmetic.bits(t2[i]);
        return NDArray.adopt(r, in[0].shape());
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor[] in = {out.input(0), out.input(1), out.input(2)};
        return terms(in[0].requiresGrad() ? g : null, in[1].requiresGrad() ? g : null, in[2].requiresGrad() ? g : null, out);
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor[] parts = terms(t[0], t[1], t[2], out);
        return Ops.addOrFirst(Ops.addOrFirst(parts[0], parts[1]), parts[2]);
    }

    /**
     * Each input's share, from a gradient (or tangent) per input, null for none: a's passes
     * through; t1's is g·t2·value (g·value/t2); t2's g·t1·value (−g·value·t1/t2²), PyTorch's formulas.
     */
    private Tensor[] terms(Tensor ga, Tensor g1, Tensor g2, Tensor out) {
        Tensor t1 = out.input(1), t2 = out.input(2), v = Ops.scalar(value);
        if (divide) return new Tensor[] {ga,
            g1 == null ? null : Ops.div(Ops.mul(g1, v), t2),
            g2 == null ? null : Ops.div(Ops.mul(Ops.mul(Ops.neg(g2), v), t1), Ops.mul(t2, t2))};
        return new Tensor[] {ga,
            g1 == null ? null : Ops.mul(Ops.mul(g1, t2), v),
            g2 == null ? null : Ops.mul(Ops.mul(g2, t1), v)};
    }

    public int saved(Tensor out) { return 0b110; }

    public String savedName(Tensor out, int i) { return i == 1 ? "tensor1" : i == 2 ? "tensor2" : null; }

    public DType dtype(Tensor[] in) { return DType.of(in); }

    public String notation(String... a) { return name() + "(" + String.join(", ", a) + ")"; }
}
