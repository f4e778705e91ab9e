package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * add(a, b, alpha=α) = a + α·b and sub(a, b, alpha=α) = a − α·b as one node (AddBackward0 /
 * SubBackward0), broadcasting. Computed as PyTorch's CPU kernel does, with one fused multiply-add
 * (a single rounding), so {@code p.add_(g, alpha=-lr)} steps land on PyTorch's bits.
 */
public final class AddScaled implements Op {
    private final double alpha; // the signed factor of b: −α for sub
    private final Number given; // α as given (an int or a float): the node's _saved_alpha
    private final boolean sub;

    AddScaled(Number alpha, boolean sub) {
        this.alpha = sub ? -alpha.doubleValue() : alpha.doubleValue();
        this.given = alpha;
        this.sub = sub;
    }

    public String name() { return sub ? "sub" : "add"; }

    public NDArray compute(NDArray[] in) {
        int[] shape = Shapes.broadcast(in[0].shape(), in[1].shape());
        double[] a = in[0].broadcastTo(shape).toArray(), b = in[1].broadcastTo(shape).toArray();
        for (int i = 0; i < a.length; i++) a[i] = Math.fma(alpha, b[i], a[i]);
        return NDArray.of(a, shape);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {Ops.sumToShape(g, out.input(0).shape()), Ops.sumToShape(Ops.mul(g, Ops.scalar(alpha)), out.input(1).shape())};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor scaled = t[1] == null ? null : Ops.mul(t[1], Ops.scalar(alpha));
        return Ops.broadcastTo(Ops.addOrFirst(t[0], scaled), out.shape());
    }

    public String torchName(Tensor out) { return sub ? "SubBackward0" : "AddBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { into.scalar("alpha", given); }

    public String notation(String... a) { return a[0] + (alpha < 0 ? " − " + -alpha : " + " + alpha) + " × " + a[1]; }

    public boolean broadcasts() { return true; }
}
