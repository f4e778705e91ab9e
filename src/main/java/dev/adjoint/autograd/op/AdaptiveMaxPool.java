package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import java.util.Arrays;

/**
 * PyTorch's adaptive_max_pool2d on (N, C, H, W) or an unbatched (C, H, W), and adaptive_max_pool3d on
 * (N, C, D, H, W) or an unbatched (C, D, H, W): each adaptive window ({@link Patches#adaptive},
 * {@link Patches#adaptiveVolume}) read by {@link Pooling#max}, so the largest entry (the first of equal
 * ones, the last NaN), its int64 flat index within its plane or volume, and one
 * AdaptiveMaxPool2DBackward0 / AdaptiveMaxPool3DBackward0 node. PyTorch's checks come in its order:
 * the rank, empty non-batch axes, a negative output size (the output's allocation), then the dtype.
 */
public final class AdaptiveMaxPool {
    private AdaptiveMaxPool() {}

    /** adaptive_max_pool2d or 3d (as many spatial axes as {@code out} has): the values and the indices. */
    public static Tensor[] of(Tensor x, int[] out) {
        int dims = out.length, n = x.ndim();
        int[] s = x.shape();
        String name = "adaptive_max_pool" + dims + "d";
        if (n != dims + 1 && n != dims + 2)
            throw new AutogradException(name + "(): Expected " + (dims + 1) + "D or " + (dims + 2) + "D tensor, but got: " + Arrays.toString(s));
        for (int a = 1; a < n; a++) // from the second axis, an unbatched input's too, as PyTorch counts
            if (s[a] == 0)
                throw new AutogradException(name + "(): Expected input to have non-zero size for non-batch dimensions, but input has sizes " + Arrays.toString(s)
                        + " with dimension " + a + " being empty");
        int[] shape = s.clone();
        System.arraycopy(out, 0, shape, n - dims, dims);
        for (int v : out) if (v < 0) throw new AutogradException("Trying to create tensor with negative dimension " + v + ": " + Arrays.toString(shape));
        Ops.requireFloating(dims == 2 ? name : name + "_cpu", x.dtype());
        int[] size = Arrays.copyOfRange(s, n - dims, n);
        Patches p = dims == 2 ? Patches.adaptive(size[0], size[1], out[0], out[1]) : Patches.adaptiveVolume(size, out);
        return Pooling.max(x, p, "AdaptiveMaxPool" + dims + "DBackward0", out);
    }
}
