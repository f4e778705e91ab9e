package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import java.util.Arrays;

/**
 * PyTorch's conv3d on (N, C, D, H, W) or unbatched (C, D, H, W) input (video clips, CT volumes):
 * its checks in its words, then {@link Conv2d}'s im2col product on the windows
 * {@link Patches#volume} places, one ConvolutionBackward0 node. Sizes are {depth, height, width}.
 */
public final class Convolution3d {
    private Convolution3d() {}

    /** conv3d(x, weight, bias) with stride, padding ('same', 'valid' or sizes), dilation and groups; a 4-d input is one unbatched volume (SqueezeBackward1). */
    public static Tensor conv3d(Tensor x, Tensor weight, Tensor bias, int[] stride, Convolution.Padding padding, int[] dilation, int groups) {
        if (x.ndim() != 4 && x.ndim() != 5)
            throw new AutogradException("Expected 4D (unbatched) or 5D (batched) input to conv3d, but got input of size: " + Arrays.toString(x.shape()));
        if (x.ndim() == 4) return Ops.squeeze(conv3d(Ops.unsqueeze(x, 0), weight, bias, stride, padding, dilation, groups), 0);
        int[] s = x.shape(), w = weight.shape();
        if (w.length != 5)
            throw new AutogradException("expected stride to be a single integer value or a list of " + (w.length - 2)
                    + " values to match the convolution dimensions, but got stride=" + Arrays.toString(stride));
        Convolution.checkPairs(stride, dilation);
        Convolution.checkChannels(x, weight, bias, groups);
        Convolution.checkTypes(x, weight, bias);
        int[] size = Arrays.copyOfRange(s, 2, 5), kernel = Arrays.copyOfRange(w, 2, 5), before = new int[3], after = new int[3];
        Convolution.placePadding(padding, stride, kernel, dilation, before, after);
        int[] padded = new int[3], extent = new int[3], out = new int[3];
        for (int i = 0; i < 3; i++) {
            padded[i] = size[i] + before[i] + after[i];
            extent[i] = dilation[i] * (kernel[i] - 1) + 1;
        }
        for (int i = 0; i < 3; i++)
            if (padded[i] < extent[i])
                throw new AutogradException("Calculated padded input size per channel: (" + axes(padded) + "). Kernel size: (" + axes(extent)
                        + "). Kernel size can't be greater than actual input size");
        for (int i = 0; i < 3; i++) out[i] = (padded[i] - extent[i]) / stride[i] + 1;
        Patches p = Patches.volume(size, kernel, stride, before, dilation, out);
        return Convolution.inGroups(new Conv2d(p, out, new Conv2d.Placement(stride.clone(), before.clone(), dilation.clone())), x, weight, bias, groups);
    }

    /** "3 x 4 x 5", as PyTorch's messages write sizes. */
    private static String axes(int[] v) {
        return v[0] + " x " + v[1] + " x " + v[2];
    }
}
