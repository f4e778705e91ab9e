package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import java.util.Arrays;

/**
 * PyTorch's adaptive_avg_pool3d on (N, C, D, H, W) (interpolate's 5-d area mode): each output
 * entry the mean of its adaptive window ({@link Patches#adaptiveVolume}), summed in window order
 * as {@link Pooling#average} sums, one AdaptiveAvgPool3DBackward0 node.
 */
public final class AdaptiveAvgPool3d {
    private AdaptiveAvgPool3d() {}

    /** adaptive_avg_pool3d(x, out) for (N, C, D, H, W) or an unbatched (C, D, H, W); sizes are {depth, height, width}. */
    public static Tensor of(Tensor x, int[] out) {
        if (out[0] < 0 || out[1] < 0 || out[2] < 0) // PyTorch's shared check, in its words and spacing
            throw new AutogradException("adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {"
                    + out[0] + ", " + out[1] + "," + out[2] + "}");
        int[] s = x.shape();
        int n = s.length;
        if (out[0] == 1 && out[1] == 1 && out[2] == 1) { // PyTorch's shortcut before any shape check: a MeanBackward1 node
            if (n < 3)
                throw new Indexing.IndexOutOfBounds("Dimension out of range (expected to be in range of [" + -Math.max(n, 1) + ", " + (Math.max(n, 1) - 1)
                        + "], but got -3)");
            return Ops.mean(x, new int[] {-3, -2, -1}, true);
        }
        if (n != 4 && n != 5) throw new AutogradException("adaptive_avg_pool3d(): Expected 4D or 5D tensor, but got " + Arrays.toString(s));
        for (int a = n - 4; a < n; a++)
            if (s[a] == 0)
                throw new AutogradException("adaptive_avg_pool3d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes "
                        + Arrays.toString(s) + " with dimension " + a + " being empty");
        Ops.requireFloating("adaptive_avg_pool3d_cpu", x.dtype());
        Patches p = Patches.adaptiveVolume(Arrays.copyOfRange(s, n - 3, n), out);
        double[] divisors = new double[p.positions()];
        for (int i = 0; i < divisors.length; i++)
            for (int k = 0; k < p.slots(); k++) if (p.source(k, i) != Patches.PADDING) divisors[i]++;
        return Pooling.average(x, p, divisors, "AdaptiveAvgPool3DBackward0", out);
    }
}
