package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;

/** Scatter-add into zeros: out.flat[positions[i]] += g.flat[i]; the gradient of {@link Take} (and Take is its gradient). */
public final class Put implements Op {
    private final int[] positions;
    private final int[] shape;

    Put(int[] positions, int[] shape) {
        this.positions = positions;
        this.shape = shape;
    }

    public String name() { return "put"; }

    public NDArray compute(NDArray[] in) {
        Limits.checkShape(shape);
        return in[0].scatterAdd(positions, shape);
    }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Tensor.apply(new Take(positions, out.input(0).shape(), "IndexBackward0", 0), g)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public String torchName(Tensor out) { return "IndexPutBackward0"; }

    public String notation(String... a) { return "put(" + a[0] + ")"; }
}
