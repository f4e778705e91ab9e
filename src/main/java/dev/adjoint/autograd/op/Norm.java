package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.Arrays;

/**
 * The vector p-norm over axes, (Σ|x|^p)^(1/p), with p = 0 (count of nonzeros) and ±inf (largest or
 * smallest |x|) as PyTorch's one NormBackward1 node. Its gradient is PyTorch 1.13's norm_backward
 * formula by formula, so the non-differentiable points give PyTorch's values (the autograd notes'
 * "Gradients for non-differentiable functions"): 0 where the norm is 0 (not 0/0), none at all for
 * p = 0, ties of the ±inf norms sharing equally, and the same NaNs in a second derivative.
 */
public final class Norm implements Op {
    private final double p;
    private final int[] axes;
    private final boolean keepdims, allAxes;
    private final Number givenP; // p as the node saves it: as given (an int, a float; null for None)
    private final long[] givenDims; // dim as the node saves it: as given (negative too), () for the default norm of everything

    /** A norm over axes (in range) whose node saves p (an int when integral) and those axes. */
    Norm(double p, int[] axes, boolean keepdims, int ndim) {
        this(p, axes, keepdims, ndim, p == Math.rint(p) && !Double.isInfinite(p) ? (Number) (long) p : (Number) p, Arrays.stream(axes).asLongStream().toArray());
    }

    Norm(double p, int[] axes, boolean keepdims, int ndim, Number givenP, long[] givenDims) {
        this.p = p;
        this.axes = axes;
        this.keepdims = keepdims;
        this.allAxes = axes.length == ndim;
        this.givenP = givenP;
        this.givenDims = givenDims;
    }

    public String name() { return "norm"; }

    public NDArray compute(NDArray[] in) {
        NDArray x = in[0];
        if (Shapes.size(x.shape()) == 0) return NDArray.zeros(Shapes.reduced(x.shape(), axes, keepdims)); // PyTorch: an empty norm is 0
        NDArray abs = x.map(Math::abs);
        if (p == 0) return x.map(v -> v != 0 ? 1 : 0).sum(axes, keepdims);
        if (p == 1) return abs.sum(axes, keepdims);
        if (Double.isInfinite(p)) { // NaN wins, as in PyTorch's amax/amin
            NDArray nans = x.map(v -> Double.isNaN(v) ? 1 : 0).sum(axes, keepdims);
            NDArray extreme = p > 0 ? abs.max(axes, keepdims) : abs.neg().max(axes, keepdims).neg();
            return extreme.zip(nans, (e, n) -> n > 0 ? Double.NaN : e);
        }
        if (p == 2) return euclidean(x, axes, keepdims);
        return abs.pow(p).sum(axes, keepdims).pow(1 / p);
    }

    /**
     * √Σx² over {@code axes} as PyTorch 1.13's norm kernel (NormTwoOps) sums: for each result, its
     * elements in order into one accumulator, a fused multiply-add each.
     */
    private static NDArray euclidean(NDArray x, int[] axes, boolean keepdims) {
        int n = x.ndim(), k = 0, length = 1;
        boolean[] reduced = new boolean[n];
        for (int a : axes) reduced[a] = true;
        int[] order = new int[n];
        for (int d = 0; d < n; d++) if (!reduced[d]) order[k++] = d;
        for (int d = 0; d < n; d++)
            if (reduced[d]) {
                order[k++] = d;
                length *= x.shape()[d];
            }
        double[] v = x.permute(order).toArray(), out = new double[length == 0 ? 0 : v.length / length];
        for (int o = 0; o < out.length; o++) {
            double s = 0;
            for (int i = o * length; i < (o + 1) * length; i++) s = Math.fma(v[i], v[i], s);
            out[o] = Math.sqrt(s);
        }
        return NDArray.adopt(out, Shapes.reduced(x.shape(), axes, keepdims));
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {p == 0 ? null : gradient(g, out.input(0), out)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return tangent(t[0], out.input(0), out);
    }

    /** The tangent of the norm {@code out} of {@code x} along {@code t} (cdist's too). */
    Tensor tangent(Tensor t, Tensor x, Tensor out) {
        if (p == 0) return Ops.mul(Ops.sum(t, axes, keepdims), Ops.scalar(0));
        Tensor ones = Tensor.constant(NDArray.ones(out.shape()));
        return Ops.sum(Ops.mul(gradient(ones, x, out), t), axes, keepdims);
    }

    /**
     * PyTorch's norm_backward for p != 0, of the norm {@code out} of {@code x} (cdist's too): the
     * gradient and the norm with the reduced axes kept, then one formula per range of p.
     */
    Tensor gradient(Tensor g, Tensor x, Tensor out) {
        int[] kept = Shapes.reduced(x.shape(), axes, true);
        Tensor grad = Ops.reshape(g, kept), norm = Ops.reshape(out, kept);
        Tensor zero = Ops.scalar(0);
        if (p == 1) return Ops.mul(Ops.sign(x), grad);
        if (p == 2) return Ops.mul(grad, Ops.maskedFill(Ops.div(x, norm), Ops.eq(norm, zero), zero));
        if (Double.isInfinite(p)) { // to the entries at the norm (or NaN), shared among ties
            Tensor abs = Ops.abs(x);
            Tensor mask = Ops.logicalOr(Ops.eq(abs, norm), Ops.ne(abs, abs));
            return Ops.mul(Ops.sign(x), Ops.mul(Ops.div(grad, Ops.sum(mask, axes, true)), mask));
        }
        if (p < 1) {
            Tensor scaled = Ops.mul(Ops.sign(x), Ops.maskedFill(Ops.pow(Ops.abs(x), p - 1), Ops.eq(x, zero), zero));
            return Ops.mul(Ops.mul(scaled, grad), Ops.pow(norm, 1 - p));
        }
        Tensor scaled = p < 2 ? Ops.mul(Ops.sign(x), Ops.pow(Ops.abs(x), p - 1)) : Ops.mul(x, Ops.pow(Ops.abs(x), p - 2));
        Tensor scale = Ops.maskedFill(Ops.div(grad, Ops.pow(norm, p - 1)), Ops.eq(norm, zero), zero);
        return Ops.mul(scaled, scale);
    }

    public String torchName(Tensor out) { return "NormBackward1"; }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    /** p (None when p=None was given), dim and keepdim, as torch.norm passed them. */
    public void savedValues(Tensor out, SavedValues into) {
        if (givenP == null) into.none("p");
        else into.scalar("p", givenP);
        into.int64s("dim", givenDims).flag("keepdim", keepdims);
    }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) {
        String fn = p == 2 ? "norm" : "norm" + (Double.isInfinite(p) ? (p > 0 ? "∞" : "-∞") : Ops.fmt(p));
        return Ops.reduction(fn, a[0], axes, keepdims, allAxes);
    }
}
