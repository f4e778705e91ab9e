package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/** Cumulative sum along an axis (or, reversed, from the end); linear, so its gradient is the reversed sum of g. */
public final class CumSum implements Op {
    private final int axis;
    private final boolean reversed;

    CumSum(int axis, boolean reversed) {
        this.axis = axis;
        this.reversed = reversed;
    }

    public String name() { return "cumsum"; }

    public NDArray compute(NDArray[] in) { return running(in[0], Double::sum); }

    public NDArray computeInt64(NDArray[] in) { return running(in[0], Int64Arithmetic.ADD); }

    private NDArray running(NDArray x, java.util.function.DoubleBinaryOperator add) {
        int[] s = x.shape();
        double[] v = x.toArray();
        int n = s.length == 0 ? 1 : s[axis], stride = s.length == 0 ? 1 : Shapes.rowMajorStrides(s)[axis];
        for (int base = 0; base < v.length; base++) {
            if ((base / stride) % n != 0) continue; // start of a line along the axis
            double acc = 0;
            for (int k = 0; k < n; k++) {
                int i = base + (reversed ? n - 1 - k : k) * stride;
                acc = add.applyAsDouble(acc, v[i]);
                v[i] = acc;
            }
        }
        return NDArray.of(v, s);
    }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Tensor.apply(new CumSum(axis, !reversed), g)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public String torchName(Tensor out) { return "CumsumBackward0"; }

    /** A running count of bools is int64, as PyTorch's (numbering a mask's True positions). */
    public DType dtype(Tensor[] in) { return in[0].dtype().accumulator(); }

    public String notation(String... a) { return "cumsum(" + a[0] + ", dim=" + axis + ")"; }
}
