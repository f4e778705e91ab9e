package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * conv_transpose1d/2d/3d (the "deconvolution" of DCGAN's generator, of autoencoders' decoders and of
 * 3-d segmentation networks' upsampling paths) as the convolution they are the adjoint of: the input
 * spread out with stride − 1 zeros between entries, padded by dilation·(kernel − 1) − padding
 * (output_padding more after; a negative amount crops), then convolved at stride 1 with the kernel
 * flipped and its in/out channels swapped within each group. Each step is an engine op, so the
 * gradients are the composite's; the result is the convolution's ConvolutionBackward0, PyTorch's node
 * for all three. The 1-d case is the 2-d one on planes one row high, as PyTorch's CPU kernel sees it
 * (its messages say height 1).
 */
public final class TransposedConvolution {
    private TransposedConvolution() {}

    /** x (N, C_in, D, H, W) or (C_in, D, H, W); weight (C_in, C_out / groups, kD, kH, kW); sizes {depth, height, width}. */
    public static Tensor convTranspose3d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding, int groups, int[] dilation) {
        if (x.ndim() != 4 && x.ndim() != 5)
            throw new AutogradException("Expected 4D (unbatched) or 5D (batched) input to conv_transpose3d, but got input of size: " + Arrays.toString(x.shape()));
        if (x.ndim() == 4) return Ops.squeeze(convTranspose3d(Ops.unsqueeze(x, 0), weight, bias, stride, padding, outputPadding, groups, dilation), 0);
        checkWeightRank(weight, stride, 5);
        return transposed(x, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** x (N, C_in, H, W) or (C_in, H, W); weight (C_in, C_out / groups, kH, kW), PyTorch's layout for the transposed convolution. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding, int groups, int[] dilation) {
        if (x.ndim() != 3 && x.ndim() != 4)
            throw new AutogradException("Expected 3D (unbatched) or 4D (batched) input to conv_transpose2d, but got input of size: " + Arrays.toString(x.shape()));
        if (x.ndim() == 3) return Ops.squeeze(convTranspose2d(Ops.unsqueeze(x, 0), weight, bias, stride, padding, outputPadding, groups, dilation), 0);
        checkWeightRank(weight, stride, 4);
        return transposed(x, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** x (N, C_in, L) or (C_in, L); weight (C_in, C_out / groups, k). */
    public static Tensor convTranspose1d(Tensor x, Tensor weight, Tensor bias, int stride, int padding, int outputPadding, int groups, int dilation) {
        if (x.ndim() != 2 && x.ndim() != 3)
            throw new AutogradException("Expected 2D (unbatched) or 3D (batched) input to conv_transpose1d, but got input of size: " + Arrays.toString(x.shape()));
        if (x.ndim() == 2) return Ops.squeeze(convTranspose1d(Ops.unsqueeze(x, 0), weight, bias, stride, padding, outputPadding, groups, dilation), 0);
        if (weight.ndim() < 3) throw new AutogradException("weight should have at least three dimensions");
        if (weight.ndim() != 3) // the one stride value stretches to the weight's axes, so the input's rank is what PyTorch refuses
            throw new AutogradException("Expected " + weight.ndim() + "-dimensional input for " + weight.ndim() + "-dimensional weight " + Arrays.toString(weight.shape())
                    + ", but got 3-dimensional input of size " + Arrays.toString(x.shape()) + " instead");
        return transposed(x, weight, bias, new int[] {1, stride}, new int[] {0, padding}, new int[] {0, outputPadding}, groups, new int[] {1, dilation});
    }

    /** PyTorch sizes the stride by the weight: a 2-d weight is refused, and a stride of the wrong length for the weight's rank named. */
    private static void checkWeightRank(Tensor weight, int[] stride, int rank) {
        if (weight.ndim() < 3) throw new AutogradException("weight should have at least three dimensions");
        if (weight.ndim() != rank)
            throw new AutogradException("expected stride to be a single integer value or a list of " + (weight.ndim() - 2)
                    + " values to match the convolution dimensions, but got stride=" + Arrays.toString(stride));
    }

    /**
     * The checks and the work on batched x of 1, 2 or 3 spatial axes; the sizes have one entry per
     * axis PyTorch's kernel sees (2 for the 1-d case, its first the height-1 row's).
     */
    private static Tensor transposed(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding, int groups, int[] dilation) {
        int dims = stride.length, spatial = x.ndim() - 2, row = dims - spatial; // row: 1 when a 1-d input is seen as planes one row high
        int[] s = x.shape(), w = weight.shape(), size = new int[dims], kernel = new int[dims];
        for (int i = 0; i < dims; i++) {
            size[i] = i < row ? 1 : s[2 + i - row];
            kernel[i] = i < row ? 1 : w[2 + i - row];
        }
        if (s[1] != w[0])
            throw new AutogradException("Given transposed=1, weight of size " + Arrays.toString(w) + ", expected input" + Arrays.toString(s) + " to have " + w[0]
                    + " channels, but got " + s[1] + " channels instead");
        if (groups <= 0) throw new AutogradException("non-positive groups is not supported");
        if (w[0] < groups)
            throw new AutogradException("Given groups=" + groups + ", expected weight to be at least " + groups + " at dimension 0, but got weight of size "
                    + Arrays.toString(w) + " instead");
        if (w[0] % groups != 0) // PyTorch's message has the size in double brackets
            throw new AutogradException("Given groups=" + groups + ", expected weight to be divisible by " + groups + " at dimension 0, but got weight of size ["
                    + Arrays.toString(w) + "] instead");
        if (bias != null && (bias.ndim() != 1 || bias.shape()[0] != w[1] * groups))
            throw new AutogradException("Given transposed=1, weight of size " + Arrays.toString(w) + ", expected bias to be 1-dimensional with " + w[1] * groups
                    + " elements, but got bias of size " + Arrays.toString(bias.shape()) + " instead");
        for (int i = 0; i < dims; i++) {
            if (stride[i] <= 0) throw new AutogradException("non-positive stride is not supported");
            if (padding[i] < 0) throw new AutogradException("negative padding is not supported");
        }
        checkDilationAndOutputPadding(dilation, stride, outputPadding);
        int[] out = new int[dims];
        for (int i = 0; i < dims; i++) out[i] = (size[i] - 1) * stride[i] - 2 * padding[i] + dilation[i] * (kernel[i] - 1) + outputPadding[i] + 1;
        if (Arrays.stream(out).anyMatch(o -> o < 1))
            throw new AutogradException("Given input size per channel: (" + axes(size) + "). Calculated output size per channel: (" + axes(out)
                    + "). Output size is too small");
        Tensor spread = spread(x, size, stride, row);
        int[] pad = new int[2 * spatial]; // F.pad's order: the last axis first, each axis's before then after
        for (int i = row; i < dims; i++) {
            int edge = dilation[i] * (kernel[i] - 1) - padding[i], at = 2 * (dims - 1 - i);
            pad[at] = edge;
            pad[at + 1] = edge + outputPadding[i];
        }
        Tensor padded = Functional.constantPad(spread, pad, 0);
        return atStrideOne(padded, convolutionWeight(weight, groups), bias, Arrays.copyOfRange(dilation, row, dims), groups);
    }

    /** conv1d, conv2d or conv3d (as x's spatial axes) at stride 1 without padding: one ConvolutionBackward0. */
    private static Tensor atStrideOne(Tensor x, Tensor weight, Tensor bias, int[] dilation, int groups) {
        Convolution.Padding none = new Convolution.Padding(new int[dilation.length], null);
        return switch (dilation.length) {
            case 1 -> Convolution.conv1d(x, weight, bias, 1, none, dilation[0], groups);
            case 2 -> Convolution.conv2d(x, weight, bias, new int[] {1, 1}, none, dilation, groups);
            default -> Convolution3d.conv3d(x, weight, bias, new int[] {1, 1, 1}, none, dilation, groups);
        };
    }

    /** (C_in, C_out/g, k…) → per group (C_out/g, C_in/g, k…), flipped in space: the weight (C_out, C_in/g, k…) of the convolution it is the adjoint of. */
    private static Tensor convolutionWeight(Tensor weight, int groups) {
        int[] w = weight.shape();
        int spatial = w.length - 2;
        int[] grouped = new int[w.length + 1], swapped = new int[w.length], space = new int[spatial];
        grouped[0] = groups;
        grouped[1] = w[0] / groups;
        grouped[2] = w[1];
        swapped[0] = groups * w[1];
        swapped[1] = w[0] / groups;
        for (int i = 0; i < spatial; i++) {
            grouped[3 + i] = swapped[2 + i] = w[2 + i];
            space[i] = 2 + i;
        }
        return Ops.flip(Ops.reshape(Ops.transpose(Ops.reshape(weight, grouped), 1, 2), swapped), space);
    }

    /** PyTorch's slow_conv_transpose kernels' checks, dilation first: each named by axis (depth, height, width). */
    private static void checkDilationAndOutputPadding(int[] dilation, int[] stride, int[] outputPadding) {
        String[] names = Arrays.copyOfRange(new String[] {"depth", "height", "width"}, 3 - dilation.length, 3);
        if (Arrays.stream(dilation).anyMatch(d -> d <= 0)) {
            StringBuilder m = new StringBuilder("dilation should be greater than zero, but got ");
            for (int i = 0; i < names.length; i++) m.append(i > 0 ? ", " : "").append("dilation_").append(names[i]).append(": ").append(dilation[i]);
            throw new AutogradException(m.toString());
        }
        boolean tooLarge = false;
        for (int i = 0; i < names.length; i++) tooLarge |= outputPadding[i] >= stride[i] && outputPadding[i] >= dilation[i];
        if (tooLarge) {
            StringBuilder m = new StringBuilder("output padding must be smaller than either stride or dilation, but got");
            for (String[] part : new String[][] {{"output_padding_"}, {"stride_"}, {"dilation_"}})
                for (int i = 0; i < names.length; i++)
                    m.append(' ').append(part[0]).append(names[i]).append(": ").append((part[0].startsWith("o") ? outputPadding : part[0].startsWith("s") ? stride : dilation)[i]);
            throw new AutogradException(m.toString());
        }
    }

    /** "3 x 4 x 5", as PyTorch's messages write sizes. */
    private static String axes(int[] v) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length; i++) s.append(i > 0 ? " x " : "").append(v[i]);
        return s.toString();
    }

    /**
     * x with stride − 1 zeros between neighbours along its spatial axes (itself at stride 1), x's
     * entries reached by an index write; {@code size} and {@code stride} start {@code row} axes before x's.
     */
    private static Tensor spread(Tensor x, int[] size, int[] stride, int row) {
        if (Arrays.stream(stride).allMatch(v -> v == 1)) return x;
        int[] s = x.shape(), shape = s.clone();
        int dims = size.length;
        for (int i = row; i < dims; i++) shape[2 + i - row] = (size[i] - 1) * stride[i] + 1;
        int[] positions = new int[x.value().size()], at = new int[dims];
        int planeIn = 1, planeOut = 1;
        for (int i = row; i < dims; i++) {
            planeIn *= size[i];
            planeOut *= shape[2 + i - row];
        }
        for (int k = 0; k < positions.length; k++) {
            int rest = k % planeIn, flat = 0;
            for (int i = dims - 1; i >= row; i--) { // the entry's coordinates, the last axis fastest
                at[i] = rest % size[i];
                rest /= size[i];
            }
            for (int i = row; i < dims; i++) flat = flat * shape[2 + i - row] + at[i] * stride[i];
            positions[k] = k / planeIn * planeOut + flat;
        }
        return Ops.writeAt(Tensor.constant(NDArray.zeros(shape), x.dtype()), positions, s.clone(), x, "IndexPutBackward0", false);
    }
}
