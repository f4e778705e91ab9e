package dev.adjoint.autograd;

import dev.adjoint.scope.Scope;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * PyTorch's views: results of view, reshape, t, transpose, permute, squeeze, unsqueeze, expand,
 * basic subscripts ... that share their base's data ({@link ViewCell}). The graph records such a
 * result as its op as usual; this class only makes its data the base's.
 */
public final class Views {
    private Views() {}

    /**
     * {@code f(base)} as a view of base: f is a composition of shape ops (it moves entries, never
     * computes new ones). Where it is found which base entries the view holds, f runs again on
     * the base's positions. A result that is base itself stays base.
     */
    public static Tensor of(Tensor base, UnaryOperator<Tensor> f) {
        return of(base, f, null);
    }

    /**
     * {@link #of(Tensor, UnaryOperator)} for an f whose entries are known without running it again:
     * {@code picked} gives their flat row-major positions in base (a subscript's, found in what the
     * view holds rather than in base's whole size, so that writing a column costs the column).
     */
    public static Tensor of(Tensor base, UnaryOperator<Tensor> f, Supplier<int[]> picked) {
        boolean owned = base.ownsData();
        Tensor r = f.apply(base);
        if (r == base) return r;
        // f read base's array; when r joins no graph (and anomaly mode keeps no node), nothing made
        // from that array outlives this call but r's data, which the view gathers again itself: the
        // array can stay base's own, and a loop of `a[:, k] += v` still writes it in place
        boolean keptNothing = owned && !r.requiresGrad() && Anomaly.current() == null;
        r.becomeViewOf(base, picked == null ? positionsAfter(base, f) : inBase(base, picked), keptNothing);
        return r;
    }

    /** Positions in base's shape as positions in base's data (a view's base is its own base's entries). */
    private static Supplier<int[]> inBase(Tensor base, Supplier<int[]> picked) {
        ViewCell v = base.viewCell();
        if (v == null) return picked;
        return () -> {
            int[] p = v.positions(), q = picked.get(), out = new int[q.length];
            for (int i = 0; i < q.length; i++) out[i] = p[q[i]];
            return out;
        };
    }

    /** Whether t is its base's entries in order (a tensor that is no view always is). */
    public static boolean isContiguous(Tensor t) {
        ViewCell v = t.viewCell();
        return v == null || v.contiguous();
    }

    /**
     * Whether {@code f(t)} (a reshape) can be a view of t's data: its entries lie at
     * offset + Σ index·stride in the base for some strides, as PyTorch's view requires.
     */
    public static boolean canReshapeAsView(Tensor t, UnaryOperator<Tensor> f) {
        ViewCell v = t.viewCell();
        if (v == null || v.contiguous()) return true;
        Tensor shaped = f.apply(Tensor.constant(positions(t, v)));
        return strided(shaped.value().toArray(), shaped.shape());
    }

    /**
     * PyTorch's {@code x.stride()}: a tensor that is no view is row-major; a view's strides are read
     * from the base positions its entries lie at (offset + Σ index·stride: every view here is
     * strided). A dimension of size 1 has no such evidence and gets the stride a contiguous layout
     * gives it (PyTorch keeps the base's there in a few cases, e.g. {@code x.t()[:, 0:1]}).
     */
    public static long[] strides(Tensor t) {
        int[] shape = t.shape();
        long[] out = new long[shape.length];
        ViewCell v = t.viewCell();
        int[] p = v == null ? null : v.positions();
        int unit = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (p != null && p.length > 0 && shape[d] > 1) out[d] = p[unit] - p[0];
            else out[d] = d == shape.length - 1 ? 1 : out[d + 1] * Math.max(shape[d + 1], 1);
            unit *= shape[d];
        }
        return out;
    }

    /**
     * PyTorch's {@code x.stride()} as the tensor functions report it: a view's {@link #strides};
     * another tensor's are how its buffer holds its entries when that is dense (a gradient laid
     * out as its transposed leaf, {@link #laidOutAsLeaf}), row-major otherwise.
     */
    public static long[] torchStrides(Tensor t) {
        int[] dense = t.viewCell() == null ? t.value().denseStrides() : null;
        if (dense == null) return strides(t);
        long[] out = new long[dense.length];
        for (int d = 0; d < out.length; d++) out[d] = dense[d];
        return out;
    }

    /** Whether {@link #torchStrides} are row-major (PyTorch's {@code is_contiguous()}). */
    public static boolean isTorchContiguous(Tensor t) {
        if (!isContiguous(t)) return false;
        int[] dense = t.viewCell() == null ? t.value().denseStrides() : null;
        return dense == null || t.value().isCompact();
    }

    /**
     * A leaf's gradient laid out as the leaf is (AccumulateGrad's layout contract, PyTorch's
     * clone_obey_contract): in the leaf's strides when they are dense, row-major otherwise. A sum
     * of the gradient adds up in its memory order, so a transposed weight's gradient must be
     * transposed in memory as PyTorch's is.
     */
    public static NDArray laidOutAsLeaf(NDArray grad, Tensor leaf) {
        long[] s = torchStrides(leaf);
        int[] layout = new int[s.length];
        for (int d = 0; d < s.length; d++) layout[d] = (int) s[d];
        if (!Shapes.isDense(grad.shape(), layout) || java.util.Arrays.equals(layout, Shapes.rowMajorStrides(grad.shape()))) return grad.compact();
        return grad.laidOut(layout);
    }

    /** PyTorch's {@code x.storage_offset()}: where a view's first entry lies in its base's data (0 for a tensor that is no view). */
    public static long storageOffset(Tensor t) {
        ViewCell v = t.viewCell();
        if (v == null || v.positions().length == 0) return 0;
        return v.positions()[0];
    }

    /** The tensor whose data t views, or null (also for .data and detach(), which PyTorch counts as no views): PyTorch's {@code _base}. */
    public static Tensor base(Tensor t) {
        ViewCell v = t.viewCell();
        return v == null || v.aliasOnly ? null : v.base;
    }

    private static Supplier<int[]> positionsAfter(Tensor base, UnaryOperator<Tensor> f) {
        ViewCell v = base.viewCell();
        int[] shape = base.shape();
        return () -> {
            NDArray p = v == null ? NDArray.arange(0, Shapes.size(shape), 1).reshape(shape) : positions(base, v);
            double[] moved;
            try (Scope s = GradMode.noGrad()) {
                moved = f.apply(Tensor.constant(p)).value().toArray();
            }
            int[] out = new int[moved.length];
            for (int i = 0; i < out.length; i++) out[i] = (int) moved[i];
            return out;
        };
    }

    private static NDArray positions(Tensor t, ViewCell v) {
        int[] p = v.positions();
        double[] d = new double[p.length];
        for (int i = 0; i < p.length; i++) d[i] = p[i];
        return NDArray.adopt(d, t.shape());
    }

    /** Whether flat positions p (row-major over shape) are offset + Σ index·stride. */
    private static boolean strided(double[] p, int[] shape) {
        if (p.length == 0) return true;
        int n = shape.length;
        long[] stride = new long[n];
        int unit = 1;
        for (int d = n - 1; d >= 0; d--) {
            if (shape[d] > 1) stride[d] = (long) (p[unit] - p[0]);
            unit *= shape[d];
        }
        int[] idx = new int[n];
        for (int i = 0; i < p.length; i++) {
            long want = (long) p[0];
            for (int d = 0; d < n; d++) want += idx[d] * stride[d];
            if (want != (long) p[i]) return false;
            for (int d = n - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) break;
                idx[d] = 0;
            }
        }
        return true;
    }
}
