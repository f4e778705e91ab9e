package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * x[index] = v as an in-place change of x: a copy of x with the entries at {@code positions}
 * replaced by v (broadcast to the indexed shape). x's gradient is g with those entries zeroed,
 * v's is what g holds there (PyTorch's CopySlices).
 */
public final class IndexPut implements Op {
    private final int[] positions;
    private final int[] indexedShape; // the shape of x[index], which v is broadcast to
    private final String torchName;

    IndexPut(int[] positions, int[] indexedShape) {
        this(positions, indexedShape, "CopySlices");
    }

    /** {@code torchName}: how PyTorch shows the write (CopySlices into a view, IndexPutBackward0, CopyBackwards, FillBackward3 into x itself). */
    IndexPut(int[] positions, int[] indexedShape, String torchName) {
        this.positions = positions;
        this.indexedShape = indexedShape;
        this.torchName = torchName;
    }

    public String name() { return "setitem"; }

    /** The flat row-major positions of x that the write replaces. */
    public int[] positions() {
        return positions;
    }

    /** v's values broadcast to the indexed shape, one for each of {@link #positions}. */
    public NDArray entries(NDArray v) {
        return v.broadcastTo(indexedShape);
    }

    public NDArray compute(NDArray[] in) {
        return written(in[0], positions, in[1].broadcastTo(indexedShape));
    }

    /** A copy of x whose entries at {@code positions} are v's, in order: this op, and a write through a view (ViewCell). */
    public static NDArray written(NDArray x, int[] positions, NDArray v) {
        double[] out = x.toArray(), from = v.toArray();
        for (int i = 0; i < positions.length; i++) out[positions[i]] = from[i];
        return NDArray.adopt(out, x.shape());
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(0), v = out.input(1);
        Tensor gx = null, gv = null;
        if (x.requiresGrad()) gx = Tensor.apply(new IndexPut(positions, indexedShape), g, Tensor.constant(0)); // zeros written, not g·0 (which is -0 where g < 0)
        if (v.requiresGrad()) gv = Ops.sumToShape(Tensor.apply(new Take(positions, indexedShape, "IndexBackward0", 0), g), v.shape());
        return new Tensor[] {gx, gv};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor tx = t[0] != null ? t[0] : Tensor.constant(NDArray.zeros(out.shape()));
        Tensor tv = t[1] != null ? t[1] : Tensor.constant(NDArray.zeros(out.input(1).shape()));
        return Tensor.apply(this, tx, tv);
    }

    public String torchName(Tensor out) { return torchName; }

    public String notation(String... a) { return a[0] + "[index] = " + a[1]; }
}
