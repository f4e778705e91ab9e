package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * w = v · g / ‖v‖ with the norm over every axis but the first or the last: PyTorch 1.13's fused
 * _weight_norm_interface (nn.utils.weight_norm's weight), in its CPU kernel's arithmetic. Along
 * the first axis each row's Σv² is added as vec::map_reduce_all adds (element i into lane i mod 4,
 * the lanes in order), along the last axis each column's one row after another, a multiply-add
 * each (the compiler fuses them); then w = v · (g / √Σv²). Its gradient is the fused backward
 * kernel's: with s = Σ ∂w·v summed so, ∂g = s / ‖v‖ and ∂v = a·∂w − b·v (the second product
 * fused) for a = g / ‖v‖, b = a·∂g / ‖v‖.
 */
final class WeightNorm implements Op {
    private final boolean firstAxis;

    WeightNorm(boolean firstAxis) {
        this.firstAxis = firstAxis;
    }

    public String name() { return "weight_norm"; }

    public String torchName(Tensor out) { return "WeightNormInterfaceBackward0"; }

    public int saved(Tensor out) { return 0b11; }

    public NDArray compute(NDArray[] in) {
        Rows r = new Rows(in[0], firstAxis);
        double[] v = in[0].toArray(), g = in[1].toArray(), norms = r.norms(v), w = new double[v.length];
        for (int i = 0; i < v.length; i++) w[i] = v[i] * (g[r.group(i)] / norms[r.group(i)]);
        return NDArray.adopt(w, in[0].shape());
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor v = out.input(0), magnitude = out.input(1);
        return new Tensor[] {
            v.requiresGrad() ? Tensor.apply(new Backward(firstAxis, true), g, v, magnitude) : null,
            magnitude.requiresGrad() ? Tensor.apply(new Backward(firstAxis, false), g, v, magnitude) : null};
    }

    /** dw = dv·(g/n) + v·(dg/n) − v·(g/n²)·dn, dn = Σ v·dv / n, composed of the ops themselves. */
    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor v = out.input(0), g = out.input(1);
        int[] axes = new Rows(v.value(), firstAxis).reducedAxes();
        Tensor n = Ops.sqrt(Ops.sum(Ops.mul(v, v), axes, true)), dw = null;
        if (t[0] != null) {
            Tensor dn = Ops.div(Ops.sum(Ops.mul(v, t[0]), axes, true), n);
            dw = Ops.sub(Ops.mul(t[0], Ops.div(g, n)), Ops.mul(v, Ops.mul(Ops.div(g, Ops.mul(n, n)), dn)));
        }
        if (t[1] != null) {
            Tensor part = Ops.mul(v, Ops.div(t[1], n));
            dw = dw == null ? part : Ops.add(dw, part);
        }
        return dw;
    }

    /** The rows of v the norm runs over: element i belongs to group(i) (its first-axis index, or its last-axis one). */
    private static final class Rows {
        final int groups, length, ndim;
        final boolean firstAxis;

        Rows(NDArray v, boolean firstAxis) {
            int[] s = v.shape();
            this.firstAxis = firstAxis;
            this.ndim = s.length;
            int size = v.size();
            groups = s.length == 0 ? 1 : firstAxis ? s[0] : s[s.length - 1];
            length = groups == 0 ? 0 : size / groups;
        }

        int group(int i) { return firstAxis ? i / Math.max(1, length) : i % groups; }

        int[] reducedAxes() {
            int[] axes = new int[Math.max(0, ndim - 1)];
            for (int k = 0; k < axes.length; k++) axes[k] = firstAxis ? k + 1 : k;
            return axes;
        }

        /** √Σ v² of each group, summed as the kernel sums. */
        double[] norms(double[] v) {
            double[] sums = products(v, v), norms = new double[groups];
            for (int k = 0; k < groups; k++) norms[k] = Math.sqrt(sums[k]);
            return norms;
        }

        /** Σ x·y of each group: map_reduce_all's lanes along a first-axis row, one row after another down a last-axis column. */
        double[] products(double[] x, double[] y) {
            double[] sums = new double[groups];
            if (firstAxis) {
                double[] lanes = new double[4];
                for (int k = 0; k < groups; k++) {
                    int at = k * length;
                    for (int i = 0; i < length; i++) lanes[i & 3] = i < 4 ? x[at + i] * y[at + i] : Math.fma(x[at + i], y[at + i], lanes[i & 3]);
                    double s = lanes[0];
                    for (int l = 1; l < Math.min(length, 4); l++) s += lanes[l];
                    sums[k] = s;
                }
            } else {
                for (int i = 0; i < x.length; i++) sums[i % groups] = Math.fma(x[i], y[i], sums[i % groups]);
            }
            return sums;
        }
    }

    /** The fused backward kernel: ∂v (or ∂g) from ∂w, v and g. */
    private static final class Backward implements Op {
        private final boolean firstAxis, ofV;

        Backward(boolean firstAxis, boolean ofV) {
            this.firstAxis = firstAxis;
            this.ofV = ofV;
        }

        public String name() { return "weight_norm_backward"; }

        public NDArray compute(NDArray[] in) {
            NDArray gw = in[0], vArray = in[1], gArray = in[2];
            Rows r = new Rows(vArray, firstAxis);
            double[] dw = gw.toArray(), v = vArray.toArray(), g = gArray.toArray();
            double[] norms = r.norms(v), sums = r.products(dw, v), dg = new double[r.groups], a = new double[r.groups], b = new double[r.groups];
            for (int k = 0; k < r.groups; k++) {
                dg[k] = sums[k] / norms[k];
                a[k] = g[k] / norms[k];
                b[k] = a[k] * dg[k] / norms[k];
            }
            if (!ofV) return NDArray.adopt(dg, gArray.shape());
            double[] dv = new double[v.length];
            for (int i = 0; i < v.length; i++) dv[i] = Math.fma(-b[r.group(i)], v[i], a[r.group(i)] * dw[i]);
            return NDArray.adopt(dv, vArray.shape());
        }

        public Tensor[] vjp(Tensor g, Tensor out) {
            throw new AutogradException("a second derivative through weight_norm's fused kernel is not supported in adjoint");
        }

        public Tensor jvp(Tensor[] t, Tensor out) {
            throw new AutogradException("a second derivative through weight_norm's fused kernel is not supported in adjoint");
        }
    }
}
