package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * clamp(x, min, max) with tensor bounds (either may be absent), x and the bounds of one shape:
 * inputs x, then min if given, then max if given. Each entry's gradient goes where its value came
 * from, as PyTorch's clamp_backward_min_max: to x inside [min, max], to min below it, to max above
 * it; when min > max the result is max, and max takes the gradient.
 */
final class ClampTensors implements Op {
    private final boolean hasMin, hasMax;

    ClampTensors(boolean hasMin, boolean hasMax) {
        this.hasMin = hasMin;
        this.hasMax = hasMax;
    }

    public String name() { return "clamp"; }

    public NDArray compute(NDArray[] in) {
        double[] x = in[0].toArray(), r = new double[x.length];
        double[] lo = hasMin ? in[1].toArray() : null, hi = hasMax ? in[hasMin ? 2 : 1].toArray() : null;
        for (int i = 0; i < r.length; i++) {
            double v = x[i];
            if (lo != null) v = Double.isNaN(v) || Double.isNaN(lo[i]) ? v + lo[i] : Math.max(v, lo[i]); // NaN from either side stays
            if (hi != null) v = Double.isNaN(v) || Double.isNaN(hi[i]) ? v + hi[i] : Math.min(v, hi[i]);
            r[i] = v;
        }
        return NDArray.adopt(r, in[0].shape());
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        NDArray[] m = masks(out);
        Tensor[] grads = new Tensor[m.length];
        for (int k = 0; k < m.length; k++) grads[k] = Ops.mul(g, Tensor.constant(m[k]));
        return grads;
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        NDArray[] m = masks(out);
        Tensor sum = null;
        for (int k = 0; k < m.length; k++) if (t[k] != null) sum = Ops.addOrFirst(sum, Ops.mul(t[k], Tensor.constant(m[k])));
        return sum;
    }

    /** For each input, 1 where the result takes its value: constants, as in PyTorch (create_graph does not keep them). */
    private NDArray[] masks(Tensor out) {
        NDArray x = out.input(0).value();
        NDArray lo = hasMin ? out.input(1).value() : null, hi = hasMax ? out.input(hasMin ? 2 : 1).value() : null;
        NDArray[] m = new NDArray[1 + (hasMin ? 1 : 0) + (hasMax ? 1 : 0)];
        int k = 0;
        if (lo != null && hi != null) {
            m[k++] = x.zip(lo, (a, b) -> a >= b ? 1 : 0).zip(x.zip(hi, (a, b) -> a <= b ? 1 : 0), (a, b) -> a * b);
            m[k++] = x.zip(lo, (a, b) -> a < b ? 1 : 0).zip(lo.zip(hi, (a, b) -> a < b ? 1 : 0), (a, b) -> a * b);
            m[k] = x.zip(hi, (a, b) -> a > b ? 1 : 0).zip(hi.zip(lo, (a, b) -> a < b ? 1 : 0), (a, b) -> Math.max(a, b));
        } else if (lo != null) {
            m[k++] = x.zip(lo, (a, b) -> a >= b ? 1 : 0);
            m[k] = x.zip(lo, (a, b) -> a < b ? 1 : 0);
        } else {
            m[k++] = x.zip(hi, (a, b) -> a <= b ? 1 : 0);
            m[k] = x.zip(hi, (a, b) -> a > b ? 1 : 0);
        }
        return m;
    }

    public String torchName(Tensor out) { return "ClampBackward0"; }

    public int saved(Tensor out) { return (1 << out.inputCount()) - 1; } // x and the bounds

    public String savedName(Tensor out, int i) { return i == 0 ? "self" : i == 1 && hasMin ? "min" : i >= 1 ? "max" : null; }

    public String notation(String... a) {
        return "clamp(" + a[0] + (hasMin ? ", min=" + a[1] : "") + (hasMax ? ", max=" + a[hasMin ? 2 : 1] : "") + ")";
    }
}
