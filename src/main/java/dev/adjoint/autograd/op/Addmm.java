package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * addmm(input, mat1, mat2) = input + mat1 @ mat2 (two matrices, input broadcast to the product):
 * PyTorch's one node AddmmBackward0, whose next_functions are the three inputs' (F.linear of a
 * batch is addmm(bias, x, weight.t()), so the blitz's walk back from the loss meets bias, x and
 * TBackward0 there).
 */
public final class Addmm implements Op {
    static final Addmm INSTANCE = new Addmm();

    public String name() { return "addmm"; }

    public NDArray compute(NDArray[] in) { return in[0].add(in[1].matmul(in[2])); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor input = out.input(0), mat1 = out.input(1), mat2 = out.input(2);
        return new Tensor[] {
            input.requiresGrad() ? Ops.sumToShape(g, input.shape()) : null,
            mat1.requiresGrad() ? MmGradients.ofMat1(g, mat1, mat2) : null,
            mat2.requiresGrad() ? MmGradients.ofMat2(g, mat1, mat2) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor mat1 = out.input(1), mat2 = out.input(2);
        Tensor d = Ops.addOrFirst(t[1] == null ? null : Ops.matmul(t[1], mat2), t[2] == null ? null : Ops.matmul(mat1, t[2]));
        return Ops.broadcastTo(Ops.addOrFirst(t[0], d), out.shape());
    }

    public String torchName(Tensor out) { return "AddmmBackward0"; }

    /** mat1 is saved when mat2 needs its gradient, and mat2 when mat1 does. */
    public int saved(Tensor out) { return (out.input(2).requiresGrad() ? 2 : 0) | (out.input(1).requiresGrad() ? 4 : 0); }

    /** AddmmBackward0's _saved_mat1 and _saved_mat2, None when not saved. */
    public int savedAttributes(Tensor out) { return 0b110; }

    public String savedName(Tensor out, int i) { return i == 1 ? "mat1" : i == 2 ? "mat2" : null; }

    /** adjoint's addmm is PyTorch's with alpha and beta 1; the matrices' sizes and strides. */
    public void savedValues(Tensor out, SavedValues into) {
        into.scalar("alpha", 1L).scalar("beta", 1L).layout("mat1", out.input(1)).layout("mat2", out.input(2));
    }

    public String notation(String... a) { return a[0] + " + " + a[1] + " @ " + a[2]; }
}
