package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * Product over axes. Each entry's gradient is the product of the other entries of its block:
 * PyTorch's g·result/input when no entry is 0 (made of ops, so it differentiates again through
 * this node), else from prefix and suffix products (no division, so zeros are fine), whose own
 * gradient gives the second derivative. As PyTorch 1.13's prod_backward, the product of a whole
 * tensor (no dim) with two or more zeros has a constant zero gradient (no graph, so no second
 * derivative) and with one zero a view of it (ViewBackward0); a 0-d input passes g through, and
 * so does a block of one entry holding 0 (the gradient is g, no function of the input).
 */
public final class Prod implements Op {
    private final int[] axes;
    private final boolean keepdims, allAxes, whole; // whole: prod() without a dim (ProdBackward0)

    Prod(int[] axes, boolean keepdims, int ndim, boolean whole) {
        this.axes = axes;
        this.keepdims = keepdims;
        this.allAxes = axes.length == ndim;
        this.whole = whole;
    }

    public String name() { return "prod"; }

    public NDArray compute(NDArray[] in) {
        Blocks b = new Blocks(in[0], axes);
        double[] out = new double[b.count];
        for (int i = 0; i < b.count; i++) {
            double p = 1;
            for (int j = 0; j < b.size; j++) p *= b.values[i * b.size + j];
            out[i] = p;
        }
        return NDArray.of(out, Shapes.reduced(in[0].shape(), axes, keepdims));
    }

    public NDArray computeInt64(NDArray[] in) {
        Blocks b = new Blocks(in[0], axes);
        double[] out = new double[b.count];
        for (int i = 0; i < b.count; i++) out[i] = Int64Arithmetic.product(b.values, i * b.size, b.size);
        return NDArray.of(out, Shapes.reduced(in[0].shape(), axes, keepdims));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(0);
        if (x.ndim() == 0) return new Tensor[] {g};
        int[] kept = Shapes.reduced(x.shape(), axes, true);
        int zeros = zeros(x.value());
        if (zeros == 0) return new Tensor[] {Ops.mul(Ops.reshape(g, kept), Ops.div(Ops.reshape(out, kept), x))};
        if (whole && zeros > 1) return new Tensor[] {Tensor.constant(NDArray.zeros(x.shape()), x.dtype())};
        int block = 1;
        for (int axis : axes) block *= x.shape()[axis];
        if (block == 1) return new Tensor[] {whole ? Ops.view(g, x.shape()) : Ops.reshape(g, kept)}; // prod_safe_zeros_backward: g itself, not a function of x
        Tensor gb = Ops.broadcastTo(Ops.reshape(g, kept), x.shape());
        Tensor grad = Ops.mul(gb, Tensor.apply(new Others(axes), x));
        return new Tensor[] {whole ? Ops.view(grad, x.shape()) : grad};
    }

    private static int zeros(NDArray x) {
        int n = 0;
        for (double v : x.toArray()) if (v == 0) n++;
        return n;
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return Ops.sum(Ops.mul(t[0], Tensor.apply(new Others(axes), out.input(0))), axes, keepdims);
    }

    public String torchName(Tensor out) { return whole ? "ProdBackward0" : "ProdBackward1"; }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    public DType dtype(Tensor[] in) { return in[0].dtype().accumulator(); }

    public String notation(String... a) { return Ops.reduction("prod", a[0], axes, keepdims, allAxes); }

    /** The entries of an array grouped into reduction blocks: the reduced axes moved last. */
    static final class Blocks {
        final double[] values;
        final int size, count;
        final int[] perm, permShape;

        Blocks(NDArray x, int[] axes) {
            int nd = x.ndim();
            boolean[] red = new boolean[nd];
            for (int a : axes) red[a] = true;
            perm = new int[nd];
            permShape = new int[nd];
            int k = 0, block = 1;
            for (int i = 0; i < nd; i++) if (!red[i]) perm[k++] = i;
            for (int i = 0; i < nd; i++) if (red[i]) {
                perm[k++] = i;
                block *= x.shape()[i];
            }
            for (int i = 0; i < nd; i++) permShape[i] = x.shape()[perm[i]];
            values = x.permute(perm).toArray();
            size = block;
            count = block == 0 ? Shapes.size(Shapes.reduced(x.shape(), axes, false)) : values.length / block;
        }

        /** An array laid out like the blocks, put back in the input's axis order. */
        NDArray unpermute(double[] v) {
            int[] inverse = new int[perm.length];
            for (int i = 0; i < perm.length; i++) inverse[perm[i]] = i;
            return NDArray.of(v, permShape).permute(inverse).compact();
        }
    }

    /** For each entry, the product of the other entries of its block (prefix times suffix product). */
    static final class Others implements Op {
        private final int[] axes;

        Others(int[] axes) {
            this.axes = axes;
        }

        public String name() { return "prod_others"; }

        public NDArray compute(NDArray[] in) {
            Blocks b = new Blocks(in[0], axes);
            double[] out = new double[b.values.length];
            for (int s = 0; s < out.length; s += Math.max(b.size, 1)) {
                double acc = 1;
                for (int j = 0; j < b.size; j++) {
                    out[s + j] = acc;
                    acc *= b.values[s + j];
                }
                acc = 1;
                for (int j = b.size - 1; j >= 0; j--) {
                    out[s + j] *= acc;
                    acc *= b.values[s + j];
                }
            }
            return b.unpermute(out);
        }

        public Tensor[] vjp(Tensor g, Tensor out) {
            return new Tensor[] {Tensor.apply(new OthersGradient(axes), g, out.input(0))};
        }

        public Tensor jvp(Tensor[] t, Tensor out) {
            return Tensor.apply(new OthersGradient(axes), t[0], out.input(0));
        }
    }

    /**
     * The gradient of {@link Others} for an adjoint G: entry i gets Σ_{j≠i} G_j·Π_{k∉{i,j}} x_k.
     * In one pass each way, without division: A_i = Σ_{j<i} G_j·Π_{k<i,k≠j} x_k grows as
     * A_{i+1} = A_i·x_i + G_i·P_i (P_i the product before i), B_i likewise from the end with the
     * suffix products S_i, and entry i is A_i·S_i + B_i·P_i. (The tangent is the same sum, as the
     * map G → result is symmetric.)
     */
    static final class OthersGradient implements Op {
        private final int[] axes;

        OthersGradient(int[] axes) {
            this.axes = axes;
        }

        public String name() { return "prod_others_grad"; }

        public NDArray compute(NDArray[] in) {
            Blocks g = new Blocks(in[0], axes), x = new Blocks(in[1], axes);
            int n = x.size;
            double[] out = new double[x.values.length], prefix = new double[n], suffix = new double[n];
            for (int s = 0; s < out.length; s += Math.max(n, 1)) {
                double p = 1, q = 1;
                for (int j = 0; j < n; j++) {
                    prefix[j] = p;
                    p *= x.values[s + j];
                    suffix[n - 1 - j] = q;
                    q *= x.values[s + n - 1 - j];
                }
                double a = 0;
                for (int j = 0; j < n; j++) {
                    out[s + j] = a * suffix[j];
                    a = a * x.values[s + j] + g.values[s + j] * prefix[j];
                }
                double b = 0;
                for (int j = n - 1; j >= 0; j--) {
                    out[s + j] += b * prefix[j];
                    b = b * x.values[s + j] + g.values[s + j] * suffix[j];
                }
            }
            return x.unpermute(out);
        }

        public Tensor[] vjp(Tensor g, Tensor out) {
            throw new AutogradException("the third derivative of prod where an input is 0 is not supported");
        }

        public Tensor jvp(Tensor[] t, Tensor out) {
            throw new AutogradException("the third derivative of prod where an input is 0 is not supported");
        }
    }
}
