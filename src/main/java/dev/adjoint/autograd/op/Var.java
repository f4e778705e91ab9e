package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Moments;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/** Variance over axes, Σ(x − mean)² / (N − correction) (PyTorch's default correction is 1); gradient 2(x − mean)/(N − correction). */
public final class Var implements Op {
    private final int[] axes;
    private final boolean keepdims, allAxes, noDim;
    private final boolean withMean; // torch.var_mean's: always Welford's update (see Moments)
    private final double correction, divisor;
    private final double gradientDivisor; // N − correction, with N over the dims given: 1 for torch 1.13's empty dim list (see overEmptyDimList)
    private final int[] shape;

    /** noDim: called without dim (PyTorch 1.13 has a separate gradient for that case when N − correction ≤ 0). */
    Var(int[] axes, boolean noDim, double correction, boolean keepdims, int[] shape) {
        this(axes, noDim, correction, keepdims, shape, false);
    }

    private Var(int[] axes, boolean noDim, double correction, boolean keepdims, int[] shape, boolean withMean) {
        this(axes, noDim, correction, keepdims, shape, withMean, Double.NaN);
    }

    private Var(int[] axes, boolean noDim, double correction, boolean keepdims, int[] shape, boolean withMean, double gradientDivisor) {
        this.axes = axes;
        this.withMean = withMean;
        this.correction = correction;
        this.noDim = noDim;
        this.keepdims = keepdims;
        this.allAxes = axes.length == shape.length;
        this.shape = shape.clone();
        int n = 1;
        for (int a : axes) n *= shape[a];
        this.divisor = Math.max(0, n - correction);
        this.gradientDivisor = Double.isNaN(gradientDivisor) ? divisor : gradientDivisor;
    }

    /**
     * The variance over every dim as torch 1.13 computes it for an empty dim list (x.var(dim=())):
     * the value over all entries, but a backward that counts the entries over the dims given, none,
     * as 1: 2(x − mean)/(1 − correction), infinite for the default correction.
     */
    Var overEmptyDimList() {
        return new Var(axes, noDim, correction, keepdims, shape, withMean, 1 - correction);
    }

    /** The same variance as torch.var_mean computes it, beside its mean. */
    Var withMean() {
        return new Var(axes, noDim, correction, keepdims, shape, true, gradientDivisor);
    }

    public String name() { return "var"; }

    /** Added up as PyTorch adds it up (see {@link Moments}), so the last digits are PyTorch's. */
    public NDArray compute(NDArray[] in) {
        return withMean ? Moments.welford(in[0], axes, keepdims, correction)[0] : Moments.var(in[0], axes, keepdims, correction);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {gradient(g, out.input(0), "VarBackward0")};
    }

    /**
     * PyTorch 1.13's var_backward of {@code g} (also std's, after its own factor). Without dim and
     * with no degree of freedom left, 1.13 returns a 0-d gradient: infinite for a 0-d input, and
     * for any other input its engine's "invalid gradient" error, which is what a student sees.
     */
    Tensor gradient(Tensor g, Tensor x, String node) {
        if (noDim && divisor <= 0 && Shapes.size(shape) > 0) { // an empty input takes the general formula (an empty gradient) in 1.13 too
            if (shape.length == 0) return Ops.div(g, Ops.scalar(0));
            throw new AutogradException("Function " + node + " returned an invalid gradient at index 0 - got [] but expected shape compatible with "
                    + java.util.Arrays.toString(shape));
        }
        Tensor centred = Ops.sub(x, Ops.mean(x, axes, true));
        Tensor gb = Ops.reshape(g, Shapes.reduced(x.shape(), axes, true));
        return Ops.mul(Ops.mul(gb, Ops.scalar(2 / gradientDivisor)), centred);
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor x = out.input(0);
        Tensor centred = Ops.sub(x, Ops.mean(x, axes, true));
        return Ops.mul(Ops.sum(Ops.mul(centred, t[0]), axes, keepdims), Ops.scalar(2 / divisor));
    }

    public String torchName(Tensor out) { return "VarBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { moments(into); }

    /** var's and std's: the correction (an int in 1.13), the dims (None when none were given) and keepdim. */
    void moments(SavedValues into) {
        into.int64("correction", (long) correction);
        if (noDim) into.none("dim");
        else into.int64s("dim", axes);
        into.flag("keepdim", keepdims);
    }

    public int saved(Tensor out) { return 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return Ops.reduction("var", a[0], axes, keepdims, allAxes); }
}
