package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * col2im: columns (N, C·K, L) added back into (N, C, H, W) images where their windows read
 * ({@link Patches}), overlapping windows summing; padding entries are dropped. PyTorch's F.fold
 * (Col2ImBackward0), and the gradient of {@link Unfold} (whose gradient it is in turn).
 */
public final class Fold implements Op {
    private final Patches patches;

    Fold(Patches patches) {
        this.patches = patches;
    }

    public String name() { return "fold"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[0].shape();
        int k = patches.slots(), l = patches.positions(), plane = patches.height() * patches.width();
        int planes = s[0] * (s[1] / k);
        double[] cols = in[0].toArray(), out = new double[planes * plane];
        int[] sources = patches.sources();
        for (int p = 0; p < planes; p++) {
            int from = p * k * l, to = p * plane;
            for (int i = 0; i < k * l; i++) if (sources[i] != Patches.PADDING) out[to + sources[i]] += cols[from + i];
        }
        return NDArray.adopt(out, s[0], s[1] / k, patches.height(), patches.width());
    }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Tensor.apply(new Unfold(patches), g)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public boolean isLinear() { return true; }

    public String torchName(Tensor out) { return "Col2ImBackward0"; }

    public String notation(String... a) { return "fold(" + a[0] + ")"; }
}
