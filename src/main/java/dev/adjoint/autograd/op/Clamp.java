package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** clamp(x, min, max) (either bound may be absent); the gradient passes where min ≤ x ≤ max, as PyTorch's. */
public final class Clamp implements Op {
    private final double min, max; // −∞ / +∞ when absent
    private final boolean oneSided; // clamp(min=) or clamp(max=) alone, which PyTorch leaves x to when the bound is NaN

    Clamp(double min, double max, boolean oneSided) {
        this.min = min;
        this.max = max;
        this.oneSided = oneSided;
    }

    /** clamp(x, min, max) with either bound absent (null); clamp_min and clamp_max are two-sided with an infinite one. */
    static Clamp of(Double min, Double max) {
        return new Clamp(min == null ? Double.NEGATIVE_INFINITY : min, max == null ? Double.POSITIVE_INFINITY : max, (min == null) != (max == null));
    }

    public String name() { return "clamp"; }

    public NDArray compute(NDArray[] in) {
        if (oneSided && (Double.isNaN(min) || Double.isNaN(max))) return in[0].map(v -> v); // a NaN bound elsewhere makes every value NaN
        return in[0].map(v -> Double.isNaN(v) ? v : Math.min(Math.max(v, min), max));
    }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.mul(g, inside(out))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], inside(out)); }

    /** 1 where the input lies within the bounds: a constant, as in PyTorch (create_graph does not keep it). */
    private Tensor inside(Tensor out) {
        return Tensor.constant(out.input(0).value().map(v -> v >= min && v <= max ? 1 : 0));
    }

    public String torchName(Tensor out) { return "ClampBackward1"; }

    public int saved(Tensor out) { return 1; }

    public String notation(String... a) {
        return "clamp(" + a[0] + (min > Double.NEGATIVE_INFINITY ? ", min=" + min : "") + (max < Double.POSITIVE_INFINITY ? ", max=" + max : "") + ")";
    }
}
