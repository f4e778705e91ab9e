package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import java.util.Arrays;

/**
 * PyTorch's conv2d, max_pool2d, avg_pool2d, adaptive_avg_pool2d, unfold and fold on (N, C, H, W)
 * or unbatched (C, H, W) inputs, and conv1d and the 1-d pools on (N, C, L) or (C, L) as planes one
 * row high: the checks PyTorch makes, in its words, then the ops
 * ({@link Conv2d}, {@link Pooling}, {@link Unfold}, {@link Fold}) on the windows {@link Patches}
 * describes. Sizes per spatial axis are {height, width} pairs.
 */
public final class Convolution {
    private Convolution() {}

    /** conv2d's padding: given sizes, or 'valid' (none) or 'same' (the output as large as the input). */
    public record Padding(int[] sizes, String mode) {
        public static Padding of(int h, int w) {
            return new Padding(new int[] {h, w}, null);
        }
    }

    /**
     * conv2d(x, weight, bias) with stride, padding, dilation and groups (the input's channels split
     * into groups, each convolved with its share of the filters). A 3-d input is one
     * unbatched image, as in PyTorch (the batch axis added, then removed: SqueezeBackward1).
     */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int[] stride, Padding padding, int[] dilation, int groups) {
        if (x.ndim() != 3 && x.ndim() != 4)
            throw new AutogradException("Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: " + Arrays.toString(x.shape()));
        if (x.ndim() == 3) return Ops.squeeze(conv2d(Ops.unsqueeze(x, 0), weight, bias, stride, padding, dilation, groups), 0);
        return convolution(x, weight, bias, stride, padding, dilation, groups);
    }

    /**
     * conv1d(x, weight, bias) on (N, C, L) or unbatched (C, L) input: a 2-d convolution of planes one
     * row high (its sizes given as {1, n} pairs, as PyTorch's CPU kernel views them), the output
     * (N, O, L') one ConvolutionBackward0 node.
     */
    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias, int stride, Padding padding, int dilation, int groups) {
        if (x.ndim() != 2 && x.ndim() != 3)
            throw new AutogradException("Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: " + Arrays.toString(x.shape()));
        if (x.ndim() == 2) return Ops.squeeze(conv1d(Ops.unsqueeze(x, 0), weight, bias, stride, padding, dilation, groups), 0);
        if (weight.ndim() < 3) throw new AutogradException("weight should have at least three dimensions");
        return convolution(x, weight, bias, new int[] {1, stride}, new Padding(new int[] {0, padding.sizes()[0]}, padding.mode()), new int[] {1, dilation}, groups);
    }

    /** The checks and the work of conv2d (x 4-d) and conv1d (x 3-d, each size a {1, n} pair). */
    private static Tensor convolution(Tensor x, Tensor weight, Tensor bias, int[] stride, Padding padding, int[] dilation, int groups) {
        boolean oneD = x.ndim() == 3;
        int[] s = x.shape(), w = weight.shape();
        if (w.length != x.ndim())
            throw new AutogradException("expected stride to be a single integer value or a list of " + (w.length - 2)
                    + " values to match the convolution dimensions, but got stride=" + Arrays.toString(oneD ? new int[] {stride[1]} : stride));
        int[] size = oneD ? new int[] {1, s[2]} : new int[] {s[2], s[3]}, kernel = oneD ? new int[] {1, w[2]} : new int[] {w[2], w[3]};
        checkPairs(stride, dilation);
        checkChannels(x, weight, bias, groups);
        checkTypes(x, weight, bias);
        int[] before = new int[2], after = new int[2];
        placePadding(padding, stride, kernel, dilation, before, after);
        int[] padded = {size[0] + before[0] + after[0], size[1] + before[1] + after[1]};
        int[] extent = {dilation[0] * (kernel[0] - 1) + 1, dilation[1] * (kernel[1] - 1) + 1};
        if (padded[0] < extent[0] || padded[1] < extent[1])
            throw new AutogradException("Calculated padded input size per channel: (" + (oneD ? padded[1] : padded[0] + " x " + padded[1]) + "). Kernel size: ("
                    + (oneD ? extent[1] : extent[0] + " x " + extent[1]) + "). Kernel size can't be greater than actual input size");
        int outH = (padded[0] - extent[0]) / stride[0] + 1, outW = (padded[1] - extent[1]) / stride[1] + 1;
        Patches p = Patches.sliding(size[0], size[1], kernel[0], kernel[1], stride[0], stride[1], before[0], before[1], dilation[0], dilation[1], outH, outW);
        Conv2d.Placement placed = oneD ? new Conv2d.Placement(new int[] {stride[1]}, new int[] {before[1]}, new int[] {dilation[1]})
                : new Conv2d.Placement(stride.clone(), before.clone(), dilation.clone());
        return inGroups(new Conv2d(p, placed), x, weight, bias, groups);
    }

    /** The convolution {@code op} of x with the weights, with groups each group of input channels by its own block of filters: one node, PyTorch's. */
    static Tensor inGroups(Conv2d op, Tensor x, Tensor weight, Tensor bias, int groups) {
        return convolve(groups == 1 ? op : op.grouped(groups), x, weight, bias);
    }

    private static Tensor convolve(Conv2d op, Tensor x, Tensor weight, Tensor bias) {
        return bias == null ? Tensor.apply(op, x, weight) : Tensor.apply(op, x, weight, bias);
    }

    /** Strides and dilations, one per spatial axis. */
    static void checkPairs(int[] stride, int[] dilation) {
        if (Arrays.stream(stride).anyMatch(v -> v <= 0)) throw new AutogradException("non-positive stride is not supported");
        if (Arrays.stream(dilation).anyMatch(v -> v <= 0)) throw new AutogradException("dilation should be greater than zero, but got " + Arrays.toString(dilation));
    }

    /** The channel and bias checks of a convolution's weight (O, C/groups, k…), in PyTorch's words. */
    static void checkChannels(Tensor x, Tensor weight, Tensor bias, int groups) {
        int[] s = x.shape(), w = weight.shape();
        if (groups <= 0) throw new AutogradException("non-positive groups is not supported");
        if (w[0] < groups)
            throw new AutogradException("Given groups=" + groups + ", expected weight to be at least " + groups + " at dimension 0, but got weight of size "
                    + Arrays.toString(w) + " instead");
        if (w[0] % groups != 0)
            throw new AutogradException("Given groups=" + groups + ", expected weight to be divisible by " + groups + " at dimension 0, but got weight of size ["
                    + Arrays.toString(w) + "] instead");
        if (s[1] != w[1] * groups)
            throw new AutogradException("Given groups=" + groups + ", weight of size " + Arrays.toString(w) + ", expected input" + Arrays.toString(s) + " to have "
                    + w[1] * groups + " channels, but got " + s[1] + " channels instead");
        if (bias != null && (bias.ndim() != 1 || bias.shape()[0] != w[0]))
            throw new AutogradException("Given weight of size " + Arrays.toString(w) + ", expected bias to be 1-dimensional with " + w[0]
                    + " elements, but got bias of size " + Arrays.toString(bias.shape()) + " instead");
    }

    /** PyTorch's type checks: the bias's type against the input's first, then the weights'. */
    static void checkTypes(Tensor x, Tensor weight, Tensor bias) {
        if (bias != null && bias.dtype() != x.dtype())
            throw new AutogradException("Input type (" + x.dtype().cName() + ") and bias type (" + bias.dtype().cName() + ") should be the same");
        if (weight.dtype() != x.dtype())
            throw new AutogradException("expected scalar type " + x.dtype().scalarName() + " but found " + weight.dtype().scalarName());
        if (x.dtype() == DType.BOOL) Ops.requireFloating("slow_conv2d_cpu", x.dtype()); // integer types convolve (in their type, wrapping), bool not
    }


    /** Zero padding before and after each spatial axis: 'same' splits the dilated kernel's overhang, the extra one after, as PyTorch does. */
    static void placePadding(Padding padding, int[] stride, int[] kernel, int[] dilation, int[] before, int[] after) {
        int axes = before.length;
        if (padding.mode() == null) {
            if (Arrays.stream(padding.sizes()).anyMatch(v -> v < 0)) throw new AutogradException("negative padding is not supported");
            System.arraycopy(padding.sizes(), 0, before, 0, axes);
            System.arraycopy(padding.sizes(), 0, after, 0, axes);
            return;
        }
        switch (padding.mode()) {
            case "valid" -> {}
            case "same" -> {
                if (Arrays.stream(stride).anyMatch(v -> v != 1)) throw new AutogradException("padding='same' is not supported for strided convolutions");
                for (int i = 0; i < axes; i++) {
                    int total = dilation[i] * (kernel[i] - 1);
                    before[i] = total / 2;
                    after[i] = total - before[i];
                }
            }
            default -> throw new AutogradException("Invalid padding string: '" + padding.mode() + "'");
        }
    }

    /** max_pool2d: the values and (PyTorch's return_indices) their int64 positions in each (H, W) plane. */
    public static Tensor[] maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        return maxPool2d(x, kernel, stride, padding, dilation, ceilMode, null);
    }

    /**
     * max_pool2d whose node saves its arguments as PyTorch's MaxPool2DWithIndicesBackward0 does, the
     * stride as given ({@code strideGiven} empty when None was: the node keeps the argument); null:
     * a pool of another name's (max_pool1d's), which saves none of them here.
     */
    public static Tensor[] maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceilMode, int[] strideGiven) {
        if (x.ndim() != 3 && x.ndim() != 4) throw new AutogradException("non-empty 3D or 4D (batch mode) tensor expected for input");
        Ops.requireFloating("max_pool2d", x.dtype());
        if (dilation[0] <= 0 || dilation[1] <= 0)
            throw new AutogradException("dilation should be greater than zero, but got dilationH: " + dilation[0] + " dilationW: " + dilation[1]);
        Patches p = poolWindows(x, kernel, stride, padding, dilation, ceilMode);
        if (strideGiven == null) return Pooling.max(x, p);
        int[] k = kernel.clone(), s = strideGiven.clone(), pad = padding.clone(), d = dilation.clone();
        return Pooling.max(x, p, into -> into.flag("ceil_mode", ceilMode).int64s("dilation", d).int64s("kernel_size", k).int64s("padding", pad)
                .int64s("stride", s)); // an unbatched (C, H, W) too: PyTorch's node, no squeeze
    }

    /**
     * avg_pool2d: each window's sum over PyTorch's divisor: {@code divisorOverride} if given (non-zero),
     * else the window's size within the padded image (count_include_pad) or its entries in the image.
     */
    public static Tensor avgPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad, Integer divisorOverride) {
        return avgPool2d(x, kernel, stride, padding, ceilMode, countIncludePad, divisorOverride, stride);
    }

    /** {@link #avgPool2d} whose node saves the stride as given ({@code strideGiven}: empty for None, as PyTorch's). */
    public static Tensor avgPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad, Integer divisorOverride,
            int[] strideGiven) {
        if (x.ndim() < 3) // PyTorch reads the channel axis first
            throw new Indexing.IndexOutOfBounds("Dimension out of range (expected to be in range of [" + -Math.max(x.ndim(), 1) + ", " + (Math.max(x.ndim(), 1) - 1)
                    + "], but got -3)");
        if (x.ndim() != 3 && x.ndim() != 4) throw new AutogradException("non-empty 3D or 4D (batch mode) tensor expected for input");
        if (x.dtype() != DType.INT64) Ops.requireFloating("avg_pool2d", x.dtype()); // int64 has a kernel: the mean truncated toward zero
        if (divisorOverride != null && divisorOverride == 0) throw new AutogradException("divisor must be not zero");
        Patches p = poolWindows(x, kernel, stride, padding, new int[] {1, 1}, ceilMode);
        int h = x.shape()[x.ndim() - 2], w = x.shape()[x.ndim() - 1];
        double[] divisors = new double[p.positions()];
        for (int oy = 0; oy < p.outHeight(); oy++)
            for (int ox = 0; ox < p.outWidth(); ox++) {
                int y0 = oy * stride[0] - padding[0], x0 = ox * stride[1] - padding[1];
                int y1 = Math.min(y0 + kernel[0], h + padding[0]), x1 = Math.min(x0 + kernel[1], w + padding[1]);
                int poolSize = (y1 - y0) * (x1 - x0);
                int inside = (Math.min(y1, h) - Math.max(y0, 0)) * (Math.min(x1, w) - Math.max(x0, 0));
                divisors[oy * p.outWidth() + ox] = divisorOverride != null ? divisorOverride : countIncludePad ? poolSize : inside;
            }
        Tensor mean = Tensor.apply(new WindowAverage(p, divisors, new int[] {p.outHeight(), p.outWidth()}, "AvgPool2DBackward0",
                into -> {
                    into.int64s("kernel_size", kernel).int64s("stride", strideGiven).int64s("padding", padding).flag("ceil_mode", ceilMode)
                            .flag("count_include_pad", countIncludePad);
                    if (divisorOverride == null) into.none("divisor_override");
                    else into.int64("divisor_override", divisorOverride);
                }), x);
        return x.dtype() == DType.INT64 ? mean.to(DType.INT64) : mean;
    }

    /** adaptive_avg_pool2d: PyTorch's adaptive windows, each averaged over its entries. */
    public static Tensor adaptiveAvgPool2d(Tensor x, int[] outputSize) {
        if (x.ndim() != 3 && x.ndim() != 4)
            throw new AutogradException("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got " + Arrays.toString(x.shape()));
        if (outputSize[0] == 1 && outputSize[1] == 1) return Ops.mean(x, new int[] {-1, -2}, true); // PyTorch's shortcut: MeanBackward1, mean()'s dtype error
        Ops.requireFloating("adaptive_avg_pool2d", x.dtype());
        int h = x.shape()[x.ndim() - 2], w = x.shape()[x.ndim() - 1];
        Patches p = Patches.adaptive(h, w, outputSize[0], outputSize[1]);
        double[] divisors = new double[p.positions()];
        for (int i = 0; i < divisors.length; i++)
            for (int k = 0; k < p.slots(); k++) if (p.source(k, i) != Patches.PADDING) divisors[i]++;
        return Pooling.average(x, p, divisors, "AdaptiveAvgPool2DBackward0");
    }

    /**
     * max_pool1d over the last axis of (N, C, L) or (C, L): PyTorch's checks of its own, then 2-d
     * pooling of planes one row high; the values and their int64 positions along L.
     */
    public static Tensor[] maxPool1d(Tensor x, int kernel, int stride, int padding, int dilation, boolean ceilMode) {
        if (x.ndim() != 2 && x.ndim() != 3)
            throw new AutogradException("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for input, but got:" + Arrays.toString(x.shape()));
        String what = "max_pool1d() ";
        if (kernel <= 0) throw new AutogradException(what + "kernel_size must be greater than zero, but got " + kernel);
        if (stride <= 0) throw new AutogradException(what + "stride must be greater than zero, but got " + stride);
        if (padding < 0) throw new AutogradException(what + "padding must be non-negative, but got " + padding);
        if (padding > kernel / 2)
            throw new AutogradException(what + "padding should be at most half of kernel size, but got padding=" + padding + " and kernel_size=" + kernel);
        if (dilation <= 0) throw new AutogradException(what + "dilation must be greater than zero, but got " + dilation);
        Tensor[] r = maxPool2d(row(x), new int[] {1, kernel}, new int[] {1, stride}, new int[] {0, padding}, new int[] {1, dilation}, ceilMode);
        return new Tensor[] {unrow(r[0]), unrow(r[1])};
    }

    /** avg_pool1d over the last axis of (N, C, L) or (C, L), as 2-d average pooling of planes one row high. */
    public static Tensor avgPool1d(Tensor x, int kernel, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
        checkOneD(x, "avg_pool1d");
        return unrow(avgPool2d(row(x), new int[] {1, kernel}, new int[] {1, stride}, new int[] {0, padding}, ceilMode, countIncludePad, null));
    }

    /** adaptive_avg_pool1d: PyTorch's adaptive windows along L, each averaged. */
    public static Tensor adaptiveAvgPool1d(Tensor x, int outputSize) {
        checkOneD(x, "adaptive_avg_pool1d");
        if (outputSize < 0)
            throw new AutogradException("adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {1, " + outputSize + "}");
        return unrow(adaptiveAvgPool2d(row(x), new int[] {1, outputSize}));
    }

    /** adaptive_max_pool1d: each adaptive window's largest entry (the first of equal ones) and its int64 position along L. */
    public static Tensor[] adaptiveMaxPool1d(Tensor x, int outputSize) {
        checkOneD(x, "adaptive_max_pool1d");
        Ops.requireFloating("adaptive_max_pool2d", x.dtype());
        if (outputSize < 0)
            throw new AutogradException("adaptive_max_pool2d: elements of output_size must be greater than or equal to 0 but received {1, " + outputSize + "}");
        Tensor[] r = Pooling.max(row(x), Patches.adaptive(1, x.shape()[x.ndim() - 1], 1, outputSize), "AdaptiveMaxPool2DBackward0");
        return new Tensor[] {unrow(r[0]), unrow(r[1])};
    }

    private static void checkOneD(Tensor x, String function) {
        if (x.ndim() != 2 && x.ndim() != 3)
            throw new AutogradException("Expected 2 to 3 dimensions, but got " + x.ndim() + "-dimensional tensor for argument #1 'self' (while checking arguments for "
                    + function + ")");
    }

    /** (…, L) as planes one row high (…, 1, L). */
    private static Tensor row(Tensor x) {
        return Ops.unsqueeze(x, x.ndim() - 1);
    }

    /** The row axis of a 1-d pooling's planes removed again (PyTorch's SqueezeBackward1). */
    private static Tensor unrow(Tensor y) {
        return Ops.squeeze(y, y.ndim() - 2);
    }

    /** F.unfold: the sliding windows of (N, C, H, W) (or unbatched (C, H, W)) images as columns (N, C·kh·kw, L). */
    public static Tensor unfold(Tensor x, int[] kernel, int[] dilation, int[] padding, int[] stride) {
        if (x.ndim() != 3 && x.ndim() != 4)
            throw new Indexing.IndexOutOfBounds("Dimension out of range (expected to be in range of [" + -Math.max(x.ndim(), 1) + ", " + (Math.max(x.ndim(), 1) - 1)
                    + "], but got 2)");
        if (x.ndim() == 3) return Ops.squeeze(unfold(Ops.unsqueeze(x, 0), kernel, dilation, padding, stride), 0);
        Ops.requireFloating("im2col_out_cpu", x.dtype());
        int[] s = x.shape();
        int outH = (s[2] + 2 * padding[0] - dilation[0] * (kernel[0] - 1) - 1) / stride[0] + 1;
        int outW = (s[3] + 2 * padding[1] - dilation[1] * (kernel[1] - 1) - 1) / stride[1] + 1;
        if (outH < 1 || outW < 1)
            throw new AutogradException("Given input with spatial size (" + s[2] + ", " + s[3] + "), kernel_size=" + pair(kernel) + ", dilation=" + pair(dilation)
                    + ", padding=" + pair(padding) + ", calculated shape of the array of sliding blocks as (" + outH + ", " + outW + "), but its components must be at least one.");
        Patches p = Patches.sliding(s[2], s[3], kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], dilation[0], dilation[1], outH, outW);
        return Tensor.apply(new Unfold(p), x);
    }

    /** F.fold: columns (N, C·kh·kw, L) (or unbatched) summed back into (N, C, H, W) images of {@code outputSize}. */
    public static Tensor fold(Tensor cols, int[] outputSize, int[] kernel, int[] dilation, int[] padding, int[] stride) {
        if (cols.ndim() == 2) return Ops.squeeze(fold(Ops.unsqueeze(cols, 0), outputSize, kernel, dilation, padding, stride), 0);
        if (cols.ndim() != 3) throw new AutogradException("Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and non-zero dimensions for input, but got: "
                + Arrays.toString(cols.shape()));
        Ops.requireFloating("col2im_out_cpu", cols.dtype());
        int[] s = cols.shape();
        int slots = kernel[0] * kernel[1];
        if (s[1] % slots != 0)
            throw new AutogradException("Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got input.size(1)=" + s[1]
                    + " and kernel_size=" + pair(kernel) + ".");
        int outH = (outputSize[0] + 2 * padding[0] - dilation[0] * (kernel[0] - 1) - 1) / stride[0] + 1;
        int outW = (outputSize[1] + 2 * padding[1] - dilation[1] * (kernel[1] - 1) - 1) / stride[1] + 1;
        if (outH * outW != s[2])
            throw new AutogradException("Given output_size=" + pair(outputSize) + ", kernel_size=" + pair(kernel) + ", dilation=" + pair(dilation) + ", padding="
                    + pair(padding) + ", stride=" + pair(stride) + ", expected size of input's dimension 2 to match the calculated number of sliding blocks "
                    + outH + " * " + outW + " = " + outH * outW + ", but got input.size(2)=" + s[2] + ".");
        Patches p = Patches.sliding(outputSize[0], outputSize[1], kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], dilation[0], dilation[1],
                outH, outW);
        return Tensor.apply(new Fold(p), cols);
    }

    private static String pair(int[] p) {
        return "(" + p[0] + ", " + p[1] + ")";
    }

    /** The pooling windows after PyTorch's checks (kernel and stride positive, padding at most half the kernel, a non-empty output). */
    private static Patches poolWindows(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        if (stride[0] == 0 || stride[1] == 0) throw new AutogradException("stride should not be zero");
        if (kernel[0] <= 0 || kernel[1] <= 0)
            throw new AutogradException("kernel size should be greater than zero, but got kH: " + kernel[0] + " kW: " + kernel[1]);
        if (padding[0] > kernel[0] / 2 || padding[1] > kernel[1] / 2)
            throw new AutogradException("pad should be at most half of kernel size, but got pad=" + Math.max(padding[0], padding[1]) + " and kernel_size="
                    + (padding[0] > kernel[0] / 2 ? kernel[0] : kernel[1]));
        int[] s = x.shape();
        int c = s[s.length - 3], h = s[s.length - 2], w = s[s.length - 1];
        int outH = Patches.poolOutput(h, kernel[0], padding[0], stride[0], dilation[0], ceilMode);
        int outW = Patches.poolOutput(w, kernel[1], padding[1], stride[1], dilation[1], ceilMode);
        if (outH < 1 || outW < 1)
            throw new AutogradException("Given input size: (" + c + "x" + h + "x" + w + "). Calculated output size: (" + c + "x" + outH + "x" + outW
                    + "). Output size is too small");
        return Patches.sliding(h, w, kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], dilation[0], dilation[1], outH, outW);
    }
}
