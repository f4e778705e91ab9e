package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * The gradient of {@link WindowAverage} as one node (PyTorch's AvgPool2DBackwardBackward0,
 * AdaptiveAvgPool3DBackwardBackward0, ...): each output's gradient divided by its divisor, added to
 * every entry of its window, outputs in order as PyTorch's loop adds them. Its inputs are the
 * gradient and the pooled input (only its shape read; its gradient zeros, as PyTorch's
 * zeros_like(self)). Linear in the gradient: its own gradient is the average pool again.
 */
final class WindowSpread implements Op {
    private final WindowAverage pool;
    private final Patches patches;
    private final double[] divisors;
    private final String torchName;

    WindowSpread(WindowAverage pool, Patches patches, double[] divisors, String torchName) {
        this.pool = pool;
        this.patches = patches;
        this.divisors = divisors;
        this.torchName = torchName;
    }

    public String name() { return "avg_pool_backward"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[1].shape();
        int k = patches.slots(), l = patches.positions(), plane = patches.height() * patches.width(), planes = in[0].size() / Math.max(l, 1);
        double[] g = in[0].toArray(), out = new double[in[1].size()];
        for (int c = 0; c < planes; c++)
            for (int i = 0; i < l; i++) {
                double share = g[c * l + i] / divisors[i];
                for (int j = 0; j < k; j++) {
                    int at = patches.source(j, i);
                    if (at != Patches.PADDING) out[c * plane + at] += share;
                }
            }
        return NDArray.adopt(out, s);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(1);
        return new Tensor[] {Tensor.apply(pool, g), x.requiresGrad() ? Tensor.constant(NDArray.zeros(x.shape()), x.dtype()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor tg = t[0] != null ? t[0] : Tensor.constant(NDArray.zeros(out.input(0).shape()));
        return Tensor.apply(this, tg, out.input(1));
    }

    public dev.adjoint.autograd.DType dtype(Tensor[] in) { return in[0].dtype(); }

    public String torchName(Tensor out) { return torchName; }

    /** The adaptive pools' backward node keeps the gradient; the others keep no tensor. */
    public int saved(Tensor out) { return torchName.startsWith("Adaptive") ? 1 : 0; }

    public String notation(String... a) { return "avg_pool_backward(" + a[0] + ")"; }
}
