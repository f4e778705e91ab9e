package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.DType;
import java.util.Arrays;

/**
 * PyTorch's avg_pool3d on (N, C, D, H, W) or an unbatched (C, D, H, W): the 3-d windows of
 * {@link Patches#volume} summed by {@link Pooling#average} over PyTorch's divisor, one
 * AvgPool3DBackward0 node; int64 input has PyTorch's kernel, the mean truncated toward zero.
 */
public final class AvgPool3d {
    private AvgPool3d() {}

    /**
     * avg_pool3d(x, ...) with every size given per axis (depth, height, width); the divisor is
     * {@code divisorOverride} if given, else the window's size within the padded volume
     * (count_include_pad) or its entries in the volume.
     */
    public static Tensor of(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad, Integer divisorOverride) {
        if (divisorOverride != null && divisorOverride == 0) throw new AutogradException("divisor must be not zero");
        int[] s = x.shape();
        int n = s.length;
        if (n != 4 && n != 5) throw new AutogradException("non-empty 4D or 5D (batch mode) tensor expected for input");
        int[] size = Arrays.copyOfRange(s, n - 3, n), one = {1, 1, 1};
        int[] out = MaxPool3d.outputSizes(size, kernel, stride, padding, one, ceilMode);
        MaxPool3d.checkKernelAndStride(kernel, stride);
        MaxPool3d.checkNonEmpty(s, "avg_pool3d()");
        if (size[0] < kernel[0] || size[1] < kernel[1] || size[2] < kernel[2]) // PyTorch compares the unpadded volume
            throw new AutogradException("input image (T: " + size[0] + " H: " + size[1] + " W: " + size[2] + ") smaller than kernel size (kT: " + kernel[0] + " kH: "
                    + kernel[1] + " kW: " + kernel[2] + ")");
        MaxPool3d.checkOutputSize(s, out);
        if (x.dtype() != DType.INT64) Ops.requireFloating("avg_pool3d_out_frame", x.dtype());
        Patches p = Patches.volume(size, kernel, stride, padding, one, out);
        double[] divisors = new double[p.positions()];
        int[] o = new int[3];
        for (int l = 0; l < divisors.length; l++) {
            o[0] = l / (out[1] * out[2]);
            o[1] = l / out[2] % out[1];
            o[2] = l % out[2];
            long padded = 1, inside = 1;
            for (int a = 0; a < 3; a++) {
                int from = o[a] * stride[a] - padding[a], to = Math.min(from + kernel[a], size[a] + padding[a]);
                padded *= to - from;
                inside *= Math.min(to, size[a]) - Math.max(from, 0);
            }
            divisors[l] = divisorOverride != null ? divisorOverride : countIncludePad ? padded : inside;
        }
        Tensor mean = Pooling.average(x, p, divisors, "AvgPool3DBackward0", out);
        return x.dtype() == DType.INT64 ? mean.to(DType.INT64) : mean;
    }
}
