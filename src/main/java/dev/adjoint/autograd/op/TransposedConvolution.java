package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import java.util.Arrays;

/**
 * conv_transpose1d/2d/3d (the "deconvolution" of DCGAN's generator, of autoencoders' decoders and of
 * 3-d segmentation networks' upsampling paths): PyTorch's checks in its words, then one
 * {@link ConvTranspose} node (ConvolutionBackward0, PyTorch's node for all three) over the windows
 * of the convolution it is the adjoint of, which map each input position to the output entries it
 * reaches, groups or not. The 1-d case is the 2-d one on
 * planes one row high, as PyTorch's CPU kernel sees it (its messages say height 1).
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
        Patches p = dims == 3 ? Patches.volume(out, kernel, stride, padding, dilation, size)
                : Patches.sliding(out[0], out[1], kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], dilation[0], dilation[1], size[0], size[1]);
        int[] outShape = new int[1 + spatial];
        outShape[0] = w[1] * groups;
        System.arraycopy(out, row, outShape, 1, spatial);
        ConvTranspose op = new ConvTranspose(p, outShape, groups);
        return bias == null ? Tensor.apply(op, x, weight) : Tensor.apply(op, x, weight, bias);
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
}
