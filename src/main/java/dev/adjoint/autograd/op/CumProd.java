package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * Cumulative product along an axis. Its gradient, Σ_{k≥i} g_k ∏_{j≤k, j≠i} x_j, is the reversed
 * cumulative sum of g·y divided by x when no x is zero (recorded, so it differentiates again);
 * with a zero on a line it is computed product by product (then not differentiated again).
 */
public final class CumProd implements Op {
    private final int axis;

    CumProd(int axis) {
        this.axis = axis;
    }

    public String name() { return "cumprod"; }

    public NDArray compute(NDArray[] in) { return running(in[0], (a, b) -> a * b); }

    public NDArray computeInt64(NDArray[] in) { return running(in[0], Int64Arithmetic.MULTIPLY); }

    @Override
    public DType dtype(Tensor[] in) { return in[0].dtype().accumulator(); }

    private NDArray running(NDArray x, java.util.function.DoubleBinaryOperator multiply) {
        int[] s = x.shape();
        double[] v = x.toArray();
        int n = lineLength(s), stride = stride(s);
        for (int base = 0; base < v.length; base++) {
            if ((base / stride) % n != 0) continue; // start of a line along the axis
            double acc = 1;
            for (int k = 0; k < n; k++) {
                acc = multiply.applyAsDouble(acc, v[base + k * stride]);
                v[base + k * stride] = acc;
            }
        }
        return NDArray.of(v, s);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(0);
        if (!x.value().anyMatch(v -> v == 0)) return new Tensor[] {Ops.div(Tensor.apply(new CumSum(axis, true), Ops.mul(g, out)), x)};
        return new Tensor[] {Tensor.constant(byProducts(g.value(), x.value()))};
    }

    /** Each x_i's gradient as the sum over later k of g_k times the products without x_i (a zero may be among them). */
    private NDArray byProducts(NDArray gv, NDArray xv) {
        int[] s = xv.shape();
        double[] x = xv.toArray(), g = gv.toArray(), out = new double[x.length];
        int n = lineLength(s), stride = stride(s);
        for (int base = 0; base < x.length; base++) {
            if ((base / stride) % n != 0) continue;
            for (int i = 0; i < n; i++) {
                double sum = 0, prefix = 1; // prefix: the product of x_j for j ≤ k, j ≠ i
                for (int k = 0; k < n; k++) {
                    if (k != i) prefix *= x[base + k * stride];
                    if (k >= i) sum += g[base + k * stride] * prefix;
                }
                out[base + i * stride] = sum;
            }
        }
        return NDArray.of(out, s);
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return Ops.mul(out, Tensor.apply(new CumSum(axis, false), Ops.div(t[0], out.input(0)))); // y_k Σ_{i≤k} t_i / x_i (no zeros)
    }

    private int lineLength(int[] s) {
        return s.length == 0 ? 1 : s[axis];
    }

    private int stride(int[] s) {
        return s.length == 0 ? 1 : Shapes.rowMajorStrides(s)[axis];
    }

    public String torchName(Tensor out) { return "CumprodBackward0"; }

    public int saved(Tensor out) { return 1 | OUTPUT; }

    public String notation(String... a) { return "cumprod(" + a[0] + ", dim=" + axis + ")"; }
}
