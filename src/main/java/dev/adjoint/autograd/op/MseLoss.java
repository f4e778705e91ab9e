package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * mse_loss as PyTorch's one node, MseLossBackward0 (so its next_functions are the input's and the
 * target's grad_fn, as the blitz prints them): (a − b)² averaged ('mean'), summed ('sum') or each
 * ('none'); the gradient 2(a − b)·g (over the count for 'mean'), written with Tensor ops.
 */
public final class MseLoss implements Op {
    private final String reduction;

    MseLoss(String reduction) {
        this.reduction = reduction;
    }

    public String name() { return "mse_loss"; }

    public NDArray compute(NDArray[] in) {
        NDArray d = in[0].sub(in[1]), squares = d.mul(d);
        return switch (reduction) {
            case "mean" -> NDArray.scalar(squares.sumAll() / squares.size());
            case "sum" -> NDArray.scalar(squares.sumAll());
            default -> squares;
        };
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor d = Ops.sub(a, b);
        Tensor scale = Ops.mul(g, Ops.scalar(reduction.equals("mean") ? 2.0 / Math.max(1, sizeOf(d)) : 2));
        Tensor ga = Ops.mul(scale, d);
        return new Tensor[] {a.requiresGrad() ? Ops.sumToShape(ga, a.shape()) : null, b.requiresGrad() ? Ops.sumToShape(Ops.neg(ga), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor dt = t[0] == null ? Ops.neg(t[1]) : t[1] == null ? t[0] : Ops.sub(t[0], t[1]);
        Tensor terms = Ops.mul(Ops.mul(Ops.scalar(2), Ops.sub(a, b)), dt);
        return switch (reduction) {
            case "mean" -> Ops.mean(terms, null, false);
            case "sum" -> Ops.sum(terms);
            default -> Ops.broadcastTo(terms, out.shape());
        };
    }

    private static int sizeOf(Tensor t) {
        int n = 1;
        for (int s : t.shape()) n *= s;
        return n;
    }

    public String torchName(Tensor out) { return "MseLossBackward0"; }

    public int saved(Tensor out) { return 0b11; }

    public String notation(String... a) { return "mse_loss(" + a[0] + ", " + a[1] + ")"; }
}
