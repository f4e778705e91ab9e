package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** x.copy_(src): x takes src's values (broadcast to x's shape); the gradient goes to src, none to x's old value. */
public final class Copy implements Op {
    static final Copy INSTANCE = new Copy();

    public String name() { return "copy"; }

    public NDArray compute(NDArray[] in) { return in[1].broadcastTo(in[0].shape()).compact(); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(0), src = out.input(1);
        return new Tensor[] {
            x.requiresGrad() ? Tensor.constant(NDArray.zeros(x.shape())) : null,
            src.requiresGrad() ? Ops.sumToShape(g, src.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return t[1] != null ? Ops.broadcastTo(t[1], out.shape()) : Tensor.constant(NDArray.zeros(out.shape()));
    }

    public String torchName(Tensor out) { return "CopyBackwards"; }

    public String notation(String... a) { return "copy(" + a[1] + ")"; }
}
