package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** hypot(a, b) = √(a² + b²) without overflow (HypotBackward0); the gradients g·a/result and g·b/result. */
final class Hypot implements Op {
    static final Hypot INSTANCE = new Hypot();

    public String name() { return "hypot"; }

    public NDArray compute(NDArray[] in) { return in[0].zip(in[1], dev.adjoint.ndarray.ExactMath::hypot); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(Ops.mul(g, Ops.div(a, out)), a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Ops.mul(g, Ops.div(b, out)), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor da = t[0] == null ? null : Ops.mul(t[0], Ops.div(a, out)), db = t[1] == null ? null : Ops.mul(t[1], Ops.div(b, out));
        return Ops.broadcastTo(Ops.addOrFirst(da, db), out.shape());
    }

    public int saved(Tensor out) { return 0b11 | Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "hypot(" + a[0] + ", " + a[1] + ")"; }

    public boolean broadcasts() { return true; }
}
