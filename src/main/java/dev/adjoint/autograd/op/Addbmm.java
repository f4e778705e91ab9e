package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.TorchMatmul;

/**
 * torch.addbmm(input, batch1, batch2, beta, alpha) = beta·input + alpha·Σₓ batch1[x] @ batch2[x],
 * input broadcast to (m, n): one node, AddbmmBackward0, summed as ATen sums it (one addmm per
 * matrix of the batch, in turn: {@link TorchMatmul#addbmm}).
 */
public final class Addbmm implements Op {
    private final double beta, alpha;

    public Addbmm(double beta, double alpha) {
        this.beta = beta;
        this.alpha = alpha;
    }

    public String name() { return "addbmm"; }

    public NDArray compute(NDArray[] in) { return TorchMatmul.addbmm(in[0], in[1], in[2], beta, alpha); }

    /** derivatives.yaml: self maybe_multiply(grad, beta); batch1 grad expanded over the batch .bmm(batch2ᵀ)·alpha; batch2 batch1ᵀ.bmm(that)·alpha. */
    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor input = out.input(0), b1 = out.input(1), b2 = out.input(2);
        int bs = b1.shape()[0];
        Tensor gb = Ops.expand(Ops.unsqueeze(g, 0), bs, g.shape()[0], g.shape()[1]);
        return new Tensor[] {
            input.requiresGrad() ? Ops.sumToShape(Baddbmm.times(g, beta), input.shape()) : null,
            b1.requiresGrad() ? Baddbmm.times(Ops.bmm(gb, Ops.transpose(b2, 1, 2)), alpha) : null,
            b2.requiresGrad() ? Baddbmm.times(Ops.bmm(Ops.transpose(b1, 1, 2), gb), alpha) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor b1 = out.input(1), b2 = out.input(2);
        Tensor d = Ops.addOrFirst(t[1] == null ? null : Ops.bmm(t[1], b2), t[2] == null ? null : Ops.bmm(b1, t[2]));
        d = d == null ? null : Baddbmm.times(Ops.sum(d, new int[] {0}, false), alpha);
        return Ops.broadcastTo(Ops.addOrFirst(t[0] == null ? null : Baddbmm.times(t[0], beta), d), out.shape());
    }

    public String torchName(Tensor out) { return "AddbmmBackward0"; }

    /** batch1 is saved when batch2 needs its gradient, and batch2 when batch1 does. */
    public int saved(Tensor out) { return (out.input(2).requiresGrad() ? 2 : 0) | (out.input(1).requiresGrad() ? 4 : 0); }

    public String savedName(Tensor out, int i) { return i == 1 ? "batch1" : i == 2 ? "batch2" : null; }
}
