package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * A transposed convolution of x (N, C_in, spatial…) with weights (C_in, C_out / groups, k…) and an
 * optional bias (C_out), as PyTorch's CPU kernel computes it: per group the columns Wᵀ·X,
 * (N, C_out·K, L_in), added into the output planes where the windows of {@link Patches} (the
 * convolution from the output back to the input) read ({@link Fold}), then the bias. One node,
 * PyTorch's ConvolutionBackward0, groups or not. Its gradients are the same products transposed,
 * written with Tensor ops (differentiable again): the input's W·cols of G's windows ({@link Unfold}),
 * the weights' Σₙ X·colsᵀ, each per group, the bias's the sum of G over all but the channel axis.
 */
final class ConvTranspose implements Op {
    private final Patches patches; // windows on the output's planes, one per input position
    private final int[] outShape; // per batch entry: (C_out, spatial…)
    private final int groups;

    ConvTranspose(Patches patches, int[] outShape, int groups) {
        this.patches = patches;
        this.outShape = outShape;
        this.groups = groups;
    }

    public String name() { return "conv_transpose"; }

    public NDArray compute(NDArray[] in) {
        NDArray x = in[0], w = in[1];
        int n = x.shape()[0], c = w.shape()[0] / groups, columns = w.shape()[1] * patches.slots(), l = patches.positions();
        NDArray cols = w.reshape(groups, c, columns).swapAxes(1, 2).matmul(x.reshape(n, groups, c, l)); // (N, G, C_out/G·K, L)
        NDArray y = new Fold(patches).compute(new NDArray[] {cols.reshape(n, groups * columns, l)}).reshape(shape(n));
        return in.length == 2 ? y : y.add(in[2].reshape(biasShape()));
    }

    /** (N, C_out, spatial…). */
    private int[] shape(int n) {
        int[] s = new int[outShape.length + 1];
        s[0] = n;
        System.arraycopy(outShape, 0, s, 1, outShape.length);
        return s;
    }

    /** The bias as a column per output channel, one axis of 1 per spatial axis. */
    private int[] biasShape() {
        int[] s = new int[outShape.length];
        java.util.Arrays.fill(s, 1);
        s[0] = outShape[0];
        return s;
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(0), w = out.input(1);
        int n = x.shape()[0], c = w.shape()[0] / groups, columns = w.shape()[1] * patches.slots(), l = patches.positions();
        Tensor[] grads = new Tensor[out.inputCount()];
        Tensor cols = x.requiresGrad() || w.requiresGrad() ? Ops.reshape(Tensor.apply(new Unfold(patches), g), n, groups, columns, l) : null;
        if (x.requiresGrad()) grads[0] = Ops.reshape(Ops.matmul(Ops.reshape(w, groups, c, columns), cols), x.shape());
        if (w.requiresGrad()) {
            Tensor products = Ops.matmul(Ops.reshape(x, n, groups, c, l), Ops.transpose(cols, 2, 3)); // (N, G, C_in/G, C_out/G·K)
            grads[1] = Ops.reshape(Ops.sum(products, new int[] {0}, false), w.shape());
        }
        if (grads.length == 3 && out.input(2).requiresGrad()) {
            int[] axes = new int[outShape.length];
            for (int i = 0; i < axes.length; i++) axes[i] = i == 0 ? 0 : i + 1;
            grads[2] = Ops.sum(g, axes, false);
        }
        return grads;
    }

    /** Bilinear in x and w, linear in b: convT(ẋ, w) + convT(x, ẇ) + ḃ. */
    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor x = out.input(0), w = out.input(1);
        Tensor dx = t[0] == null ? null : Tensor.apply(this, t[0], w);
        Tensor dw = t[1] == null ? null : Tensor.apply(this, x, t[1]);
        Tensor db = t.length == 3 && t[2] != null ? Ops.reshape(t[2], biasShape()) : null;
        return Ops.broadcastTo(Ops.addOrFirst(Ops.addOrFirst(dx, dw), db), out.shape());
    }

    public String torchName(Tensor out) { return "ConvolutionBackward0"; }

    /** The input and the weights, as PyTorch's node saves them. */
    public int saved(Tensor out) { return 0b11; }

    public String savedName(Tensor out, int i) { return i == 0 ? "input" : i == 1 ? "weight" : null; }

    public String notation(String... a) { return "conv_transpose(" + String.join(", ", a) + ")"; }
}
