package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * x with alpha·v added at positions: out.flat[positions[i]] += alpha·v.flat[i], repeated positions
 * accumulating (index_add, scatter_add). x's gradient is g itself; v's is alpha times the entries
 * of g at the positions.
 */
public final class AddAt implements Op {
    private final int[] positions; // flat row-major positions in x, one per entry of v
    private final int[] valuesShape;
    private final double alpha;
    private final String torchName;

    AddAt(int[] positions, int[] valuesShape, double alpha, String torchName) {
        this.positions = positions;
        this.valuesShape = valuesShape;
        this.alpha = alpha;
        this.torchName = torchName;
    }

    public String name() { return "add_at"; }

    public NDArray compute(NDArray[] in) {
        double[] out = in[0].toArray(), v = in[1].toArray();
        for (int i = 0; i < positions.length; i++) out[positions[i]] += alpha * v[i];
        return NDArray.adopt(out, in[0].shape());
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor gv = null;
        if (out.input(1).requiresGrad()) {
            gv = Tensor.apply(new Take(positions, valuesShape, "IndexBackward0", 0), g);
            if (alpha != 1) gv = Ops.mul(gv, Ops.scalar(alpha));
        }
        return new Tensor[] {out.input(0).requiresGrad() ? g : null, gv};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor tx = t[0] != null ? t[0] : Tensor.constant(NDArray.zeros(out.shape()));
        Tensor tv = t[1] != null ? t[1] : Tensor.constant(NDArray.zeros(valuesShape));
        return Tensor.apply(this, tx, tv);
    }

    public String torchName(Tensor out) { return torchName; }

    public int saved(Tensor out) { return Op.CONSTANT; }

    public String notation(String... a) { return a[0] + "[index] += " + a[1]; }
}
