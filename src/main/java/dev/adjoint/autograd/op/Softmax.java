package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * softmax along one axis; its Jacobian-vector products use y only. Along the last axis it is
 * computed as ATen's vectorised kernel computes it (so {@code probs} print PyTorch's digits): per
 * row e = exp(x − max) with SLEEF's exp, the sum of e in four lanes (element i into lane i mod 4,
 * the lanes added in order), and e times the reciprocal of that sum; along another axis
 * exp(x − logsumexp x).
 */
public final class Softmax implements Op {
    private final int axis;
    private final int givenAxis; // the dim as given (negative too), which the node saves

    Softmax(int axis, int givenAxis) {
        this.axis = axis;
        this.givenAxis = givenAxis;
    }

    public String name() { return "softmax"; }

    public NDArray compute(NDArray[] in) {
        NDArray x = in[0];
        if (axis != x.ndim() - 1) return LogSoftmax.of(x, axis).map(Math::exp);
        double[] v = x.compact().toArray();
        int d = x.shape()[axis];
        for (int row = 0; row < v.length; row += d) lastAxisRow(v, row, d);
        return NDArray.of(v, x.shape());
    }

    /** ATen's _vec_softmax_lastdim on v[at, at + d), in place. */
    private static void lastAxisRow(double[] v, int at, int d) {
        double inverse = 1 / LogSoftmax.expLaneSum(v, at, d, LogSoftmax.rowMax(v, at, d), v);
        for (int i = at; i < at + d; i++) v[i] *= inverse;
    }

    /** y ⊙ (g − Σ g ⊙ y) */
    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {Ops.named("SoftmaxBackwardDataBackward0", Mul.INSTANCE, out, Ops.sub(g, Ops.sum(Ops.mul(g, out), new int[] {axis}, true)))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return vjp(t[0], out)[0]; } // the Jacobian is symmetric

    public String torchName(Tensor out) { return "SoftmaxBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { into.int64("dim", givenAxis); }

    public int saved(Tensor out) { return Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "softmax(" + a[0] + ", axis=" + axis + ")"; }
}
