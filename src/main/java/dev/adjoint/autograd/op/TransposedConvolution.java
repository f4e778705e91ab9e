package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * conv_transpose2d (the "deconvolution" of DCGAN's generator and of autoencoders' decoders) and
 * conv_transpose1d as the convolution they are the adjoint of: the input spread out with stride − 1
 * zeros between entries, padded by dilation·(kernel − 1) − padding (output_padding more after; a
 * negative amount crops), then convolved at stride 1 with the kernel flipped and its in/out channels
 * swapped within each group. Each step is an engine op, so the gradients are the composite's; the
 * result is the convolution's ConvolutionBackward0, PyTorch's node for both. The 1-d case is the
 * 2-d one on planes one row high, as PyTorch's CPU kernel sees it (its messages say height 1).
 */
public final class TransposedConvolution {
    private TransposedConvolution() {}

    /** x (N, C_in, H, W) or (C_in, H, W); weight (C_in, C_out / groups, kH, kW), PyTorch's layout for the transposed convolution. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding, int groups, int[] dilation) {
        if (x.ndim() != 3 && x.ndim() != 4)
            throw new AutogradException("Expected 3D (unbatched) or 4D (batched) input to conv_transpose2d, but got input of size: " + Arrays.toString(x.shape()));
        if (x.ndim() == 3) return Ops.squeeze(convTranspose2d(Ops.unsqueeze(x, 0), weight, bias, stride, padding, outputPadding, groups, dilation), 0);
        checkWeightRank(weight);
        if (weight.ndim() != 4) // PyTorch sizes the stride by the weight: a pair is one value too many for a 3-d weight
            throw new AutogradException("expected stride to be a single integer value or a list of " + (weight.ndim() - 2)
                    + " values to match the convolution dimensions, but got stride=" + Arrays.toString(stride));
        return transposed(x, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** x (N, C_in, L) or (C_in, L); weight (C_in, C_out / groups, k). */
    public static Tensor convTranspose1d(Tensor x, Tensor weight, Tensor bias, int stride, int padding, int outputPadding, int groups, int dilation) {
        if (x.ndim() != 2 && x.ndim() != 3)
            throw new AutogradException("Expected 2D (unbatched) or 3D (batched) input to conv_transpose1d, but got input of size: " + Arrays.toString(x.shape()));
        if (x.ndim() == 2) return Ops.squeeze(convTranspose1d(Ops.unsqueeze(x, 0), weight, bias, stride, padding, outputPadding, groups, dilation), 0);
        checkWeightRank(weight);
        if (weight.ndim() != 3) // the one stride value stretches to the weight's axes, so the input's rank is what PyTorch refuses
            throw new AutogradException("Expected " + weight.ndim() + "-dimensional input for " + weight.ndim() + "-dimensional weight " + Arrays.toString(weight.shape())
                    + ", but got 3-dimensional input of size " + Arrays.toString(x.shape()) + " instead");
        return transposed(x, weight, bias, new int[] {1, stride}, new int[] {0, padding}, new int[] {0, outputPadding}, groups, new int[] {1, dilation});
    }

    private static void checkWeightRank(Tensor weight) {
        if (weight.ndim() < 3) throw new AutogradException("weight should have at least three dimensions");
    }

    /** The checks and the work on x (N, C, H, W), or (N, C, L) with each size a {1, n} pair. */
    private static Tensor transposed(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding, int groups, int[] dilation) {
        boolean oneD = x.ndim() == 3;
        int[] s = x.shape(), w = weight.shape();
        int[] size = oneD ? new int[] {1, s[2]} : new int[] {s[2], s[3]}, kernel = oneD ? new int[] {1, w[2]} : new int[] {w[2], w[3]};
        if (s[1] != w[0])
            throw new AutogradException("Given transposed=1, weight of size " + Arrays.toString(w) + ", expected input" + Arrays.toString(s) + " to have " + w[0]
                    + " channels, but got " + s[1] + " channels instead");
        if (groups <= 0 || w[0] % groups != 0) throw new AutogradException("non-positive groups is not supported");
        if (bias != null && (bias.ndim() != 1 || bias.shape()[0] != w[1] * groups))
            throw new AutogradException("Given transposed=1, weight of size " + Arrays.toString(w) + ", expected bias to be 1-dimensional with " + w[1] * groups
                    + " elements, but got bias of size " + Arrays.toString(bias.shape()) + " instead");
        for (int i = 0; i < 2; i++) {
            if (stride[i] <= 0) throw new AutogradException("non-positive stride is not supported");
            if (padding[i] < 0) throw new AutogradException("negative padding is not supported");
        }
        if ((outputPadding[0] >= stride[0] && outputPadding[0] >= dilation[0]) || (outputPadding[1] >= stride[1] && outputPadding[1] >= dilation[1]))
            throw new AutogradException("output padding must be smaller than either stride or dilation, but got output_padding_height: " + outputPadding[0]
                    + " output_padding_width: " + outputPadding[1] + " stride_height: " + stride[0] + " stride_width: " + stride[1] + " dilation_height: "
                    + dilation[0] + " dilation_width: " + dilation[1]);
        int[] out = new int[2];
        for (int i = 0; i < 2; i++) out[i] = (size[i] - 1) * stride[i] - 2 * padding[i] + dilation[i] * (kernel[i] - 1) + outputPadding[i] + 1;
        if (out[0] < 1 || out[1] < 1)
            throw new AutogradException("Given input size per channel: (" + size[0] + " x " + size[1] + "). Calculated output size per channel: (" + out[0] + " x "
                    + out[1] + "). Output size is too small");
        Tensor spread = spread(x, size, stride);
        int[] pad = new int[oneD ? 2 : 4]; // F.pad's order: left, right, top, bottom
        for (int i = oneD ? 1 : 0; i < 2; i++) {
            int edge = dilation[i] * (kernel[i] - 1) - padding[i];
            pad[2 * (1 - i)] = edge;
            pad[2 * (1 - i) + 1] = edge + outputPadding[i];
        }
        Tensor padded = Functional.constantPad(spread, pad, 0);
        // (C_in, C_out/g, k…) → per group (C_out/g, C_in/g, k…), flipped in space: the convolution's weight (C_out, C_in/g, k…)
        int inPerGroup = w[0] / groups, outPerGroup = w[1];
        int[] grouped = oneD ? new int[] {groups, inPerGroup, outPerGroup, w[2]} : new int[] {groups, inPerGroup, outPerGroup, w[2], w[3]};
        int[] swappedShape = oneD ? new int[] {groups * outPerGroup, inPerGroup, w[2]} : new int[] {groups * outPerGroup, inPerGroup, w[2], w[3]};
        Tensor swapped = Ops.reshape(Ops.transpose(Ops.reshape(weight, grouped), 1, 2), swappedShape);
        Tensor flipped = Ops.flip(swapped, oneD ? new int[] {2} : new int[] {2, 3});
        if (oneD) return Convolution.conv1d(padded, flipped, bias, 1, Convolution.Padding.of(0, 0), dilation[1], groups);
        return Convolution.conv2d(padded, flipped, bias, new int[] {1, 1}, Convolution.Padding.of(0, 0), dilation, groups);
    }

    /** x with stride − 1 zeros between neighbours along its spatial axes (itself at stride 1), x's entries reached by an index write. */
    private static Tensor spread(Tensor x, int[] size, int[] stride) {
        if (stride[0] == 1 && stride[1] == 1) return x;
        int[] s = x.shape();
        int h = (size[0] - 1) * stride[0] + 1, w = (size[1] - 1) * stride[1] + 1;
        int[] positions = new int[x.value().size()];
        int k = 0;
        for (int plane = 0; plane < s[0] * s[1]; plane++)
            for (int i = 0; i < size[0]; i++)
                for (int j = 0; j < size[1]; j++) positions[k++] = (plane * h + i * stride[0]) * w + j * stride[1];
        NDArray zeros = x.ndim() == 3 ? NDArray.zeros(s[0], s[1], w) : NDArray.zeros(s[0], s[1], h, w);
        return Ops.writeAt(Tensor.constant(zeros, x.dtype()), positions, s.clone(), x, "IndexPutBackward0", false);
    }
}
