package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * Product over axes. Each entry's gradient is the product of the other entries of its block,
 * computed from prefix and suffix products (no division, so zeros are fine).
 */
public final class Prod implements Op {
    private final int[] axes;
    private final boolean keepdims, allAxes;

    Prod(int[] axes, boolean keepdims, int ndim) {
        this.axes = axes;
        this.keepdims = keepdims;
        this.allAxes = axes.length == ndim;
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
        Tensor gb = Ops.broadcastTo(Ops.reshape(g, Shapes.reduced(x.shape(), axes, true)), x.shape());
        return new Tensor[] {Ops.mul(gb, Tensor.apply(new Others(axes), x))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return Ops.sum(Ops.mul(t[0], Tensor.apply(new Others(axes), out.input(0))), axes, keepdims);
    }

    public String torchName(Tensor out) { return allAxes && !keepdims ? "ProdBackward0" : "ProdBackward1"; }

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

    /** For each entry, the product of the other entries of its block. Its own derivative is not provided: a second derivative through prod says so. */
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
            throw new AutogradException("the second derivative of prod is not supported");
        }

        public Tensor jvp(Tensor[] t, Tensor out) {
            throw new AutogradException("the second derivative of prod is not supported");
        }
    }
}
