package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;

/**
 * im2col: the windows of each (N, C, H, W) image laid out as columns, (N, C·K, L) with K window
 * slots and L output positions ({@link Patches}); padding reads 0. PyTorch's F.unfold
 * (Im2ColBackward0). Linear: its gradient is {@link Fold}, and Fold's is this.
 */
public final class Unfold implements Op {
    private final Patches patches;

    Unfold(Patches patches) {
        this.patches = patches;
    }

    public String name() { return "unfold"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[0].shape();
        int planes = s[0] * s[1], k = patches.slots(), l = patches.positions(), plane = patches.height() * patches.width();
        Limits.checkShape(new int[] {s[0], s[1] * k, l}); // before the columns are allocated
        double[] x = in[0].toArray(), out = new double[planes * k * l];
        int[] sources = patches.sources();
        for (int p = 0; p < planes; p++) {
            int from = p * plane, to = p * k * l;
            for (int i = 0; i < k * l; i++) out[to + i] = sources[i] == Patches.PADDING ? 0 : x[from + sources[i]];
        }
        return NDArray.adopt(out, s[0], s[1] * k, l);
    }

    /** Fold gives (N, C, H, W) planes: a 1-d convolution's (N, C, L) input has them one row high, a 3-d one's (N, C, D, H, W) D·H rows. */
    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor images = Tensor.apply(new Fold(patches), g), x = out.input(0);
        return new Tensor[] {x.ndim() != 4 ? Ops.reshape(images, x.shape()) : images};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public boolean isLinear() { return true; }

    public String torchName(Tensor out) { return "Im2ColBackward0"; }

    public String notation(String... a) { return "unfold(" + a[0] + ")"; }
}
