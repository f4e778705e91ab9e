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

    /** adaptive_avg_pool3d(x, out) for a batched volume; sizes are {depth, height, width}. */
    public static Tensor of(Tensor x, int[] out) {
        int[] s = x.shape();
        if (s.length != 5) throw new AutogradException("adaptive_avg_pool3d(): Expected 4D or 5D tensor, but got " + Arrays.toString(s));
        for (int a = 1; a < 5; a++)
            if (s[a] == 0)
                throw new AutogradException("adaptive_avg_pool3d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes "
                        + Arrays.toString(s) + " with dimension " + a + " being empty");
        if (out[0] == 1 && out[1] == 1 && out[2] == 1) return Ops.mean(x, new int[] {2, 3, 4}, true); // PyTorch's shortcut: a MeanBackward1 node
        Ops.requireFloating("adaptive_avg_pool3d_cpu", x.dtype());
        Patches p = Patches.adaptiveVolume(Arrays.copyOfRange(s, 2, 5), out);
        double[] divisors = new double[p.positions()];
        for (int i = 0; i < divisors.length; i++)
            for (int k = 0; k < p.slots(); k++) if (p.source(k, i) != Patches.PADDING) divisors[i]++;
        return Pooling.average(x, p, divisors, "AdaptiveAvgPool3DBackward0", out);
    }
}
