package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.TorchMatmul;

/**
 * torch.baddbmm(input, batch1, batch2, beta, alpha) = beta·input + alpha·(batch1 @ batch2), input
 * broadcast to the product: one node, BaddbmmBackward0, summed as ATen sums it
 * ({@link TorchMatmul#baddbmm}: for small matrices each entry starts at beta·input, which
 * nn.MultiheadAttention's masked scores rely on).
 */
public final class Baddbmm implements Op {
    private final double beta, alpha;

    public Baddbmm(double beta, double alpha) {
        this.beta = beta;
        this.alpha = alpha;
    }

    public String name() { return "baddbmm"; }

    public NDArray compute(NDArray[] in) { return TorchMatmul.baddbmm(in[0], in[1], in[2], beta, alpha); }

    /** derivatives.yaml: self maybe_multiply(grad, beta), batch1 grad.bmm(batch2ᵀ)·alpha, batch2 batch1ᵀ.bmm(grad)·alpha. */
    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor input = out.input(0), b1 = out.input(1), b2 = out.input(2);
        return new Tensor[] {
            input.requiresGrad() ? Ops.sumToShape(times(g, beta), input.shape()) : null,
            b1.requiresGrad() ? times(Ops.bmm(g, Ops.transpose(b2, 1, 2)), alpha) : null,
            b2.requiresGrad() ? times(Ops.bmm(Ops.transpose(b1, 1, 2), g), alpha) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor b1 = out.input(1), b2 = out.input(2);
        Tensor d = Ops.addOrFirst(t[1] == null ? null : Ops.bmm(t[1], b2), t[2] == null ? null : Ops.bmm(b1, t[2]));
        d = d == null ? null : times(d, alpha);
        return Ops.broadcastTo(Ops.addOrFirst(t[0] == null ? null : times(t[0], beta), d), out.shape());
    }

    /** PyTorch's maybe_multiply: t itself for a factor of 1. */
    static Tensor times(Tensor t, double factor) {
        return factor == 1 ? t : Ops.mul(t, Ops.scalar(factor));
    }

    public String torchName(Tensor out) { return "BaddbmmBackward0"; }

    /** batch1 is saved when batch2 needs its gradient, and batch2 when batch1 does. */
    public int saved(Tensor out) { return (out.input(2).requiresGrad() ? 2 : 0) | (out.input(1).requiresGrad() ? 4 : 0); }

    public String savedName(Tensor out, int i) { return i == 1 ? "batch1" : i == 2 ? "batch2" : null; }
}
