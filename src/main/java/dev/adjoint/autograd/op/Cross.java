package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * linalg.cross(a, b, dim): the cross product of the 3-vectors along dim of two tensors of one
 * shape (LinalgCrossBackward0). As a·(b × g) = (a × b)·g, a's gradient is b × g and b's is g × a.
 */
final class Cross implements Op {
    private final int dim;

    Cross(int dim) {
        this.dim = dim;
    }

    public String name() { return "cross"; }

    public NDArray compute(NDArray[] in) {
        double[] a = in[0].toArray(), b = in[1].toArray(), out = new double[a.length];
        int stride = Shapes.rowMajorStrides(in[0].shape())[dim];
        for (int p = 0; p < a.length; p++) {
            if (p / stride % 3 != 0) continue; // not the first component of a vector
            int i = p, j = p + stride, k = p + 2 * stride;
            out[i] = a[j] * b[k] - a[k] * b[j];
            out[j] = a[k] * b[i] - a[i] * b[k];
            out[k] = a[i] * b[j] - a[j] * b[i];
        }
        return NDArray.adopt(out, in[0].shape());
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {a.requiresGrad() ? Tensor.apply(this, b, g) : null, b.requiresGrad() ? Tensor.apply(this, g, a) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor da = t[0] == null ? null : Tensor.apply(this, t[0], out.input(1));
        Tensor db = t[1] == null ? null : Tensor.apply(this, out.input(0), t[1]);
        return Ops.addOrFirst(da, db);
    }

    public String torchName(Tensor out) { return "LinalgCrossBackward0"; }

    public int saved(Tensor out) { return 3; }

    public String notation(String... a) { return "cross(" + a[0] + ", " + a[1] + ")"; }
}
