package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** softmax along one axis, y = exp(x − logsumexp x); its Jacobian-vector products use y only. */
public final class Softmax implements Op {
    private final int axis;

    Softmax(int axis) {
        this.axis = axis;
    }

    public String name() { return "softmax"; }

    public NDArray compute(NDArray[] in) { return LogSoftmax.of(in[0], axis).map(Math::exp); }

    /** y ⊙ (g − Σ g ⊙ y) */
    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {Ops.named("SoftmaxBackwardDataBackward0", Mul.INSTANCE, out, Ops.sub(g, Ops.sum(Ops.mul(g, out), new int[] {axis}, true)))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return vjp(t[0], out)[0]; } // the Jacobian is symmetric

    public String torchName(Tensor out) { return "SoftmaxBackward0"; }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "softmax(" + a[0] + ", axis=" + axis + ")"; }
}
