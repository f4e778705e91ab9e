package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.function.Consumer;

/**
 * Average pooling as one node (PyTorch's AvgPool2DBackward0, AdaptiveAvgPool3DBackward0, ...): each
 * window of {@link Patches} summed in window order, as PyTorch's loop adds (padding adds nothing),
 * then divided by its divisor. The input is (leading..., spatial...) with planes p reads (a volume as
 * (D·H) × W), batched or not, so an unbatched input gets the pool's node too, as in PyTorch. Linear:
 * the gradient spreads g / divisor back over each window ({@link WindowSpread}), the tangent is this op.
 */
final class WindowAverage implements Op {
    private final Patches patches;
    private final double[] divisors; // one per output position
    private final int[] outSpatial;
    private final String torchName;
    private final Consumer<SavedValues> options; // the pool's options its node saves (avg_pool2d's), null: none

    WindowAverage(Patches patches, double[] divisors, int[] outSpatial, String torchName, Consumer<SavedValues> options) {
        this.patches = patches;
        this.divisors = divisors;
        this.outSpatial = outSpatial;
        this.torchName = torchName;
        this.options = options;
    }

    public void savedValues(Tensor out, SavedValues into) {
        if (options != null) options.accept(into);
    }

    public String name() { return "avg_pool"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[0].shape(), shape = outputShape(s);
        int k = patches.slots(), l = patches.positions(), plane = patches.height() * patches.width(), planes = leadingCount(s);
        double[] x = in[0].toArray(), out = new double[planes * l];
        for (int c = 0; c < planes; c++)
            for (int i = 0; i < l; i++) {
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    int at = patches.source(j, i);
                    if (at != Patches.PADDING) sum += x[c * plane + at];
                }
                out[c * l + i] = sum / divisors[i];
            }
        return NDArray.adopt(out, shape);
    }

    /** g / divisor on every entry of its window: one node, PyTorch's backward of this one. */
    public Tensor[] vjp(Tensor g, Tensor out) {
        String name = torchName.replace("Backward0", "BackwardBackward0");
        return new Tensor[] {Tensor.apply(new WindowSpread(this, patches, divisors, name), g, out.input(0))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public boolean isLinear() { return true; }

    /** Integer input is averaged in float64, then cast back by the caller (PyTorch's int64 kernel truncates). */
    public DType dtype(Tensor[] in) { return in[0].dtype().isFloating() ? in[0].dtype() : DType.FLOAT64; }

    public String torchName(Tensor out) { return torchName; }

    public int saved(Tensor out) { return 1; } // PyTorch's node keeps its input

    public String notation(String... a) { return "avg_pool(" + a[0] + ")"; }

    private int[] outputShape(int[] s) {
        int leading = s.length - outSpatial.length;
        int[] shape = new int[s.length];
        System.arraycopy(s, 0, shape, 0, leading);
        System.arraycopy(outSpatial, 0, shape, leading, outSpatial.length);
        return shape;
    }

    private int leadingCount(int[] s) {
        int n = 1;
        for (int a = 0; a < s.length - outSpatial.length; a++) n *= s[a];
        return n;
    }
}
