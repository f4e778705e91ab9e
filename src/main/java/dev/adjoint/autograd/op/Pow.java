package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** a ** b, elementwise and broadcasting; the exponent may be a constant or a tensor. */
public final class Pow implements Op {
    static final Pow INSTANCE = new Pow();

    public String name() { return "pow"; }

    public NDArray compute(NDArray[] in) {
        if (in[1].ndim() == 0) return in[0].pow(in[1].item());
        return in[0].pow(in[1]);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {
            // d/da a^b = b a^(b-1)
            a.requiresGrad() ? Ops.sumToShape(Ops.mul(g, Ops.mul(b, Ops.pow(a, Ops.sub(b, Ops.scalar(1))))), a.shape()) : null,
            // d/db a^b = a^b ln a
            b.requiresGrad() ? Ops.sumToShape(Ops.mul(g, Ops.mul(out, Ops.log(a))), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor da = t[0] == null ? null : Ops.mul(t[0], Ops.mul(b, Ops.pow(a, Ops.sub(b, Ops.scalar(1)))));
        Tensor db = t[1] == null ? null : Ops.mul(t[1], Ops.mul(out, Ops.log(a)));
        return Ops.broadcastTo(Ops.addOrFirst(da, db), out.shape());
    }

    public String notation(String... a) { return a[0] + " ^ " + a[1]; }
}
