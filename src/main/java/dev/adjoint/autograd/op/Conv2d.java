package dev.adjoint.autograd.op;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.ConvolutionKernel;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * A 2-d convolution (PyTorch's, a cross-correlation) of x (N, C, H, W) with weights (O, C, kh, kw)
 * and an optional bias (O), or a 1-d one of x (N, C, L) with weights (O, C, k) on planes one row high,
 * or a 3-d one of x (N, C, D, H, W) whose volumes {@link Patches#volume} reads as planes of D·H rows:
 * the windows of x as columns multiplied by the weights as an (O, C·kh·kw) matrix, one sample at a
 * time ({@link ConvolutionKernel}, PyTorch's slow_conv2d calls); with groups each group's columns by
 * its block of weights, still one node. Its gradients are the same products transposed: the input's
 * Wᵀ·G folded back into images, the weights' Σₙ G·colsᵀ, each per group, the bias's the sum of G
 * over all but the channel axis. When the backward pass records (create_graph) they are written with
 * Tensor ops ({@link Unfold}, {@link Fold}, matmul), so they are differentiable again; otherwise the
 * kernel computes them. PyTorch's ConvolutionBackward0.
 */
public final class Conv2d implements Op {
    private final Patches patches;
    /** The output's spatial sizes (D', H', W') of a 3-d convolution; null for 1-d and 2-d ones, whose patches tell them. */
    private final int[] outVolume;
    private final int groups;
    /** The stride, padding and dilation per spatial axis, as PyTorch's node saves them (the patches hold them applied). */
    private final Placement placement;

    /** Stride, padding (before each axis) and dilation, one entry per spatial axis of the convolution. */
    record Placement(int[] stride, int[] padding, int[] dilation) {}

    /** {@code patches}: the windows of one (H, W) plane of x, as stride, padding and dilation place them. */
    Conv2d(Patches patches, Placement placement) {
        this(patches, null, 1, placement);
    }

    /** A 3-d convolution: {@code patches} from {@link Patches#volume}, {@code outVolume} its (D', H', W'). */
    Conv2d(Patches patches, int[] outVolume, Placement placement) {
        this(patches, outVolume, 1, placement);
    }

    private Conv2d(Patches patches, int[] outVolume, int groups, Placement placement) {
        this.patches = patches;
        this.outVolume = outVolume;
        this.groups = groups;
        this.placement = placement;
    }

    /** The same convolution with the input's channels split into {@code groups}, each convolved with its block of filters. */
    Conv2d grouped(int groups) {
        return new Conv2d(patches, outVolume, groups, placement);
    }

    public String name() { return "conv2d"; }

    public NDArray compute(NDArray[] in) {
        NDArray x = in[0], w = in[1];
        return ConvolutionKernel.forward(x, w, in.length == 2 ? null : in[2], patches.windows(), groups, outputShape(x.shape()[0], w.shape()[0], x.ndim()),
                ConvolutionKernel.nativeProducts());
    }

    /** (N, O, H', W'), or for a 1-d convolution (N, O, L'), for a 3-d one (N, O, D', H', W'). */
    private int[] outputShape(int n, int o, int ndim) {
        if (outVolume != null) return new int[] {n, o, outVolume[0], outVolume[1], outVolume[2]};
        return ndim == 3 ? new int[] {n, o, patches.outWidth()} : new int[] {n, o, patches.outHeight(), patches.outWidth()};
    }

    /** The bias as a column per output channel, broadcast over the positions (one axis of 1 per spatial axis). */
    private static int[] biasShape(int o, int ndim) {
        int[] shape = new int[ndim - 1];
        Arrays.fill(shape, 1);
        shape[0] = o;
        return shape;
    }

    /** Every axis but the channels': the bias's gradient sums over them. */
    private static int[] allButChannels(int ndim) {
        int[] axes = new int[ndim - 1];
        for (int i = 0; i < axes.length; i++) axes[i] = i == 0 ? 0 : i + 1;
        return axes;
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(0), w = out.input(1);
        if (!GradMode.isEnabled() && !g.isFloat32() && !x.isFloat32() && !w.isFloat32()) return kernelGradients(g, x, w, out);
        int n = x.shape()[0], o = w.shape()[0], columns = w.shape()[1] * patches.slots(), l = patches.positions();
        Tensor perPosition = Ops.reshape(g, n, groups, o / groups, l); // G: (N, groups, O/groups, L)
        Tensor[] grads = new Tensor[out.inputCount()];
        if (x.requiresGrad()) {
            Tensor cols = Ops.matmul(Ops.transpose(Ops.reshape(w, groups, o / groups, columns), 1, 2), perPosition);
            Tensor images = Tensor.apply(new Fold(patches), Ops.reshape(cols, n, groups * columns, l));
            grads[0] = x.ndim() != 4 ? Ops.reshape(images, x.shape()) : images; // Fold gives (N, C, H, W) planes
        }
        if (w.requiresGrad()) {
            Tensor cols = Ops.reshape(Tensor.apply(new Unfold(patches), x), n, groups, columns, l);
            grads[1] = Ops.reshape(Ops.sum(Ops.matmul(perPosition, Ops.transpose(cols, 2, 3)), new int[] {0}, false), w.shape());
        }
        if (grads.length == 3 && out.input(2).requiresGrad()) grads[2] = Ops.sum(g, allButChannels(x.ndim()), false);
        return grads;
    }

    /**
     * The gradients when nothing records them (no create_graph): {@link ConvolutionKernel}'s products
     * per sample into reused buffers, PyTorch's calls, rather than the batch's columns as tensors.
     */
    private Tensor[] kernelGradients(Tensor g, Tensor x, Tensor w, Tensor out) {
        boolean nativeBlas = ConvolutionKernel.nativeProducts();
        Tensor[] grads = new Tensor[out.inputCount()];
        if (x.requiresGrad())
            grads[0] = Tensor.constant(ConvolutionKernel.gradInput(g.value(), w.value(), patches.windows(), groups, x.shape(), nativeBlas), x.dtype());
        if (w.requiresGrad())
            grads[1] = Tensor.constant(ConvolutionKernel.gradWeight(g.value(), x.value(), patches.windows(), groups, w.shape(), nativeBlas), w.dtype());
        if (grads.length == 3 && out.input(2).requiresGrad()) grads[2] = Ops.sum(g, allButChannels(x.ndim()), false);
        return grads;
    }

    /** Bilinear in x and w, linear in b: conv(ẋ, w) + conv(x, ẇ) + ḃ. */
    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor x = out.input(0), w = out.input(1);
        Tensor dx = t[0] == null ? null : Tensor.apply(this, t[0], w);
        Tensor dw = t[1] == null ? null : Tensor.apply(this, x, t[1]);
        Tensor db = t.length == 3 && t[2] != null ? Ops.reshape(t[2], biasShape(w.shape()[0], x.ndim())) : null;
        return Ops.broadcastTo(Ops.addOrFirst(Ops.addOrFirst(dx, dw), db), out.shape());
    }

    public String torchName(Tensor out) { return "ConvolutionBackward0"; }

    /** The input and the weights, as PyTorch's node saves them. */
    public int saved(Tensor out) { return 0b11; }

    public String savedName(Tensor out, int i) { return i == 0 ? "input" : i == 1 ? "weight" : null; }

    /** convolution's arguments (not transposed, no output padding) and the bias's sizes ((0,) without one). */
    public void savedValues(Tensor out, SavedValues into) {
        int axes = placement.stride().length;
        into.int64s("bias_sym_sizes_opt", out.inputCount() == 3 ? out.input(2).shape() : new int[] {0}).int64s("dilation", placement.dilation())
                .int64("groups", groups).int64s("output_padding", new int[axes]).int64s("padding", placement.padding())
                .int64s("stride", placement.stride()).flag("transposed", false);
    }

    public String notation(String... a) { return "conv2d(" + String.join(", ", a) + ")"; }
}
