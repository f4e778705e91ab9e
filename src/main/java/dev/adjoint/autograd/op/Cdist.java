package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.cdist(x1, x2, p): the p-norm distance of every row of x1 (…, P, M) to every row of x2
 * (…, R, M), batch axes broadcast, as PyTorch's one node CdistBackward0. The distances are the
 * p-norms of the pairwise differences, so forward, gradient and tangent are {@link Norm}'s (PyTorch's
 * norm_backward: 0 where two rows coincide) applied to those differences; for p = 0 zeros.
 */
public final class Cdist implements Op {
    private final double p;

    Cdist(double p) {
        this.p = p;
    }

    public String name() { return "cdist"; }

    /** The norm over the last axis of (…, P, R, M) differences. */
    private Norm norm(int ndim) {
        return new Norm(p, new int[] {ndim - 1}, false, ndim);
    }

    public NDArray compute(NDArray[] in) {
        NDArray diff = differences(in[0], in[1]);
        return norm(diff.ndim()).compute(new NDArray[] {diff});
    }

    private static NDArray differences(NDArray x1, NDArray x2) {
        return x1.reshape(withAxis(x1.shape(), x1.ndim() - 1)).sub(x2.reshape(withAxis(x2.shape(), x2.ndim() - 2)));
    }

    /** The shape with a 1 inserted before axis {@code at}. */
    private static int[] withAxis(int[] s, int at) {
        int[] t = new int[s.length + 1];
        for (int j = 0, m = 0; j < t.length; j++) t[j] = j == at ? 1 : s[m++];
        return t;
    }

    /** The pairwise differences (…, P, R, M) of the inputs, as Tensor ops (a graph when the gradient is built with create_graph). */
    private static Tensor differences(Tensor x1, Tensor x2) {
        return Ops.sub(Ops.unsqueeze(x1, -2), Ops.unsqueeze(x2, -3));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x1 = out.input(0), x2 = out.input(1);
        if (p == 0) // a count of differing coordinates: PyTorch's gradient is zeros
            return new Tensor[] {x1.requiresGrad() ? Tensor.constant(NDArray.zeros(x1.shape())) : null, x2.requiresGrad() ? Tensor.constant(NDArray.zeros(x2.shape())) : null};
        Tensor diff = differences(x1, x2);
        Tensor gd = norm(diff.ndim()).gradient(g, diff, out);
        int last = gd.ndim() - 1;
        return new Tensor[] {
            x1.requiresGrad() ? Ops.sumToShape(Ops.sum(gd, new int[] {last - 1}, false), x1.shape()) : null,
            x2.requiresGrad() ? Ops.sumToShape(Ops.neg(Ops.sum(gd, new int[] {last - 2}, false)), x2.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor diff = differences(out.input(0), out.input(1));
        Tensor t1 = t[0] == null ? null : Ops.unsqueeze(t[0], -2), t2 = t[1] == null ? null : Ops.neg(Ops.unsqueeze(t[1], -3));
        return norm(diff.ndim()).tangent(Ops.broadcastTo(Ops.addOrFirst(t1, t2), diff.shape()), diff, out);
    }

    public String torchName(Tensor out) { return "CdistBackward0"; }

    public int saved(Tensor out) { return 0b11 | OUTPUT; }

    public String savedName(Tensor out, int i) { return i == -1 ? "result" : i == 0 ? "x1" : i == 1 ? "x2" : null; }

    public String notation(String... a) { return "cdist(" + a[0] + ", " + a[1] + ", p=" + p + ")"; }
}
