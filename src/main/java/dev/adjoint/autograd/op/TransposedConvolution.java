package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * conv_transpose2d (the "deconvolution" of DCGAN's generator and of autoencoders' decoders) as the
 * convolution it is the adjoint of: the input spread out with stride − 1 zeros between entries,
 * padded by dilation·(kernel − 1) − padding (output_padding more after; a negative amount crops),
 * then convolved at stride 1 with the kernel flipped and its in/out channels swapped within each
 * group. Each step is an engine op, so the gradients are the composite's; the result is the
 * convolution's ConvolutionBackward0, PyTorch's node for both.
 */
public final class TransposedConvolution {
    private TransposedConvolution() {}

    /** x (N, C_in, H, W) or (C_in, H, W); weight (C_in, C_out / groups, kH, kW), PyTorch's layout for the transposed convolution. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding, int groups, int[] dilation) {
        if (x.ndim() != 3 && x.ndim() != 4)
            throw new AutogradException("Expected 3D (unbatched) or 4D (batched) input to conv_transpose2d, but got input of size: " + Arrays.toString(x.shape()));
        if (x.ndim() == 3) return Ops.squeeze(convTranspose2d(Ops.unsqueeze(x, 0), weight, bias, stride, padding, outputPadding, groups, dilation), 0);
        int[] s = x.shape(), w = weight.shape();
        if (w.length != 4) throw new AutogradException("weight should have at least three dimensions");
        if (s[1] != w[0])
            throw new AutogradException("Given transposed=1, weight of size " + Arrays.toString(w) + ", expected input" + Arrays.toString(s) + " to have " + w[0]
                    + " channels, but got " + s[1] + " channels instead");
        if (groups <= 0 || w[0] % groups != 0) throw new AutogradException("non-positive groups is not supported");
        for (int i = 0; i < 2; i++) {
            if (stride[i] <= 0) throw new AutogradException("non-positive stride is not supported");
            if (padding[i] < 0) throw new AutogradException("negative padding is not supported");
        }
        if ((outputPadding[0] >= stride[0] && outputPadding[0] >= dilation[0]) || (outputPadding[1] >= stride[1] && outputPadding[1] >= dilation[1]))
            throw new AutogradException("output padding must be smaller than either stride or dilation, but got output_padding_height: " + outputPadding[0]
                    + " output_padding_width: " + outputPadding[1] + " stride_height: " + stride[0] + " stride_width: " + stride[1] + " dilation_height: "
                    + dilation[0] + " dilation_width: " + dilation[1]);
        Tensor spread = spread(x, stride);
        int[] pad = new int[4]; // F.pad's order: left, right, top, bottom
        for (int i = 0; i < 2; i++) {
            int edge = dilation[i] * (w[2 + i] - 1) - padding[i];
            pad[2 * (1 - i)] = edge;
            pad[2 * (1 - i) + 1] = edge + outputPadding[i];
        }
        Tensor padded = Functional.constantPad(spread, pad, 0);
        // (C_in, C_out/g, kH, kW) → per group (C_out/g, C_in/g, kH, kW), flipped in space: the convolution's weight (C_out, C_in/g, kH, kW)
        int inPerGroup = w[0] / groups, outPerGroup = w[1];
        Tensor swapped = Ops.reshape(Ops.transpose(Ops.reshape(weight, groups, inPerGroup, outPerGroup, w[2], w[3]), 1, 2), groups * outPerGroup, inPerGroup, w[2], w[3]);
        Tensor kernel = Ops.flip(swapped, new int[] {2, 3});
        return Convolution.conv2d(padded, kernel, bias, new int[] {1, 1}, Convolution.Padding.of(0, 0), dilation, groups);
    }

    /** x with stride − 1 zeros between neighbours along H and W (itself at stride 1), x's entries reached by an index write. */
    private static Tensor spread(Tensor x, int[] stride) {
        if (stride[0] == 1 && stride[1] == 1) return x;
        int[] s = x.shape();
        int h = (s[2] - 1) * stride[0] + 1, w = (s[3] - 1) * stride[1] + 1;
        int[] positions = new int[x.value().size()];
        int k = 0;
        for (int plane = 0; plane < s[0] * s[1]; plane++)
            for (int i = 0; i < s[2]; i++)
                for (int j = 0; j < s[3]; j++) positions[k++] = (plane * h + i * stride[0]) * w + j * stride[1];
        return Ops.writeAt(Tensor.constant(NDArray.zeros(s[0], s[1], h, w), x.dtype()), positions, s.clone(), x, "IndexPutBackward0", false);
    }
}
