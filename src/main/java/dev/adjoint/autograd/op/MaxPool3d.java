package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import java.util.Arrays;

/**
 * PyTorch's max_pool3d on (N, C, D, H, W) or an unbatched (C, D, H, W): the 3-d windows of
 * {@link Patches#volume}, read by {@link Pooling#max} as conv3d reads them for im2col, so the values,
 * the int64 flat indices within each volume and one MaxPool3DWithIndicesBackward0 node.
 */
public final class MaxPool3d {
    private MaxPool3d() {}

    /** max_pool3d(x, ...) with every size given per axis (depth, height, width); returns the values and the indices. */
    public static Tensor[] of(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        int[] s = x.shape();
        int n = s.length;
        if (n != 4 && n != 5) throw new AutogradException("non-empty 4D or 5D (batch mode) tensor expected for input");
        int[] size = Arrays.copyOfRange(s, n - 3, n), out = outputSizes(size, kernel, stride, padding, dilation, ceilMode);
        checkKernelAndStride(kernel, stride);
        if (dilation[0] <= 0 || dilation[1] <= 0 || dilation[2] <= 0)
            throw new AutogradException("dilation should be greater than zero, but got dilationT: " + dilation[0] + " dilationH: " + dilation[1] + " dilationW: " + dilation[2]);
        checkNonEmpty(s, "max_pool3d_with_indices_out_cpu_template()");
        checkOutputSize(s, out);
        Ops.requireFloating("max_pool3d_with_indices_cpu", x.dtype());
        Patches p = Patches.volume(size, kernel, stride, padding, dilation, out);
        return Pooling.max(x, p, "MaxPool3DWithIndicesBackward0", out);
    }

    /** PyTorch's pooling_output_shape on each axis (depth, height, width), its checks first. */
    static int[] outputSizes(int[] size, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        int[] out = new int[3];
        for (int a = 0; a < 3; a++) {
            if (stride[a] == 0) throw new AutogradException("stride should not be zero");
            if (padding[a] < 0) throw new AutogradException("pad must be non-negative, but got pad: " + padding[a]);
            if (padding[a] > kernel[a] / 2)
                throw new AutogradException("pad should be at most half of kernel size, but got pad=" + padding[a] + " and kernel_size=" + kernel[a]);
            out[a] = Patches.poolOutput(size[a], kernel[a], padding[a], stride[a], dilation[a], ceilMode);
        }
        return out;
    }

    static void checkKernelAndStride(int[] kernel, int[] stride) {
        if (kernel[0] <= 0 || kernel[1] <= 0 || kernel[2] <= 0)
            throw new AutogradException("kernel size should be greater than zero, but got kT: " + kernel[0] + " kH: " + kernel[1] + " kW: " + kernel[2]);
        if (stride[0] <= 0 || stride[1] <= 0 || stride[2] <= 0)
            throw new AutogradException("stride should be greater than zero, but got dT: " + stride[0] + " dH: " + stride[1] + " dW: " + stride[2]);
    }

    /** PyTorch's check that no axis past the first is empty, named after the kernel that makes it. */
    static void checkNonEmpty(int[] s, String kernelName) {
        for (int a = 1; a < s.length; a++) // PyTorch counts from the second axis, an unbatched input's too
            if (s[a] == 0)
                throw new AutogradException(kernelName + ": Expected input's non-batch dimensions to have positive length, but input has a shape of "
                        + Arrays.toString(s) + " and non-batch dimension " + (a - 1) + " has length zero!");
    }

    static void checkOutputSize(int[] s, int[] out) {
        int n = s.length;
        if (out[0] < 1 || out[1] < 1 || out[2] < 1)
            throw new AutogradException("Given input size: (" + s[n - 4] + "x" + s[n - 3] + "x" + s[n - 2] + "x" + s[n - 1] + "). Calculated output size: (" + s[n - 4] + "x"
                    + out[0] + "x" + out[1] + "x" + out[2] + "). Output size is too small");
    }
}
