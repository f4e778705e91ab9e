package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** clamp(x, min, max) (either bound may be absent); the gradient passes where min ≤ x ≤ max, as PyTorch's. */
public final class Clamp implements Op {
    private final double min, max; // −∞ / +∞ when absent
    private final boolean oneSided; // clamp(min=) or clamp(max=) alone, which PyTorch leaves x to when the bound is NaN
    private final Number minGiven, maxGiven; // as given (an int or a float; null: absent), what the node saves
    private final String torchName; // ClampBackward1, or clamp_min's ClampMinBackward0 and clamp_max's ClampMaxBackward0

    private Clamp(Number min, Number max, boolean oneSided, String torchName) {
        this.min = min == null ? Double.NEGATIVE_INFINITY : min.doubleValue();
        this.max = max == null ? Double.POSITIVE_INFINITY : max.doubleValue();
        this.oneSided = oneSided;
        this.minGiven = min;
        this.maxGiven = max;
        this.torchName = torchName;
    }

    /** clamp(x, min, max) with either bound absent (null), each an int or a float as given. */
    static Clamp of(Number min, Number max) {
        return new Clamp(min, max, (min == null) != (max == null), "ClampBackward1");
    }

    /** clamp_min (ClampMinBackward0): two-sided with an infinite maximum, which PyTorch's node does not save. */
    static Clamp min(Number min) {
        return new Clamp(min, null, false, "ClampMinBackward0");
    }

    /** clamp_max (ClampMaxBackward0). */
    static Clamp max(Number max) {
        return new Clamp(null, max, false, "ClampMaxBackward0");
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

    public String torchName(Tensor out) { return torchName; }

    /** The bounds as given: ClampBackward1 both (None for an absent one), clamp_min's and clamp_max's their one. */
    public void savedValues(Tensor out, SavedValues into) {
        if (!torchName.equals("ClampMinBackward0")) into.scalar("max", maxGiven);
        if (!torchName.equals("ClampMaxBackward0")) into.scalar("min", minGiven);
    }

    public int saved(Tensor out) { return 1; }

    public String notation(String... a) {
        return "clamp(" + a[0] + (min > Double.NEGATIVE_INFINITY ? ", min=" + min : "") + (max < Double.POSITIVE_INFINITY ? ", max=" + max : "") + ")";
    }
}
