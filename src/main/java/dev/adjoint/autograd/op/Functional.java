package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.scope.Scope;

/**
 * torch.nn.functional's composites written as PyTorch 1.13 writes them, from the same primitives in
 * the same order, so their values round alike and a walk over grad_fn.next_functions meets
 * PyTorch's nodes: cosine_similarity, normalize, kl_div and pad.
 */
public final class Functional {
    private Functional() {}

    /**
     * ATen's cosine_similarity: both operands expanded to their common shape, each divided by its
     * norm √(Σx²) (the squared norm clamped to eps² in place without recording, as PyTorch's
     * no_grad clamp_min_), then Σ of the product over dim.
     */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        DType type = DType.of(x1, x2);
        if (!type.isFloating()) throw new AutogradException("expected common dtype to be floating point, yet common dtype is " + type.scalarName());
        Ops.checkBroadcast(x1.shape(), x2.shape());
        int[] common = Shapes.broadcast(x1.shape(), x2.shape());
        int axis = Shapes.axis(dim, Math.max(common.length, 1));
        Tensor a = Tensor.apply(new BroadcastTo(common), x1), b = Tensor.apply(new BroadcastTo(common), x2);
        Tensor an = Ops.div(a, clampedNorm(a, axis, eps)), bn = Ops.div(b, clampedNorm(b, axis, eps));
        return Ops.sum(Ops.mul(an, bn), new int[] {axis}, false);
    }

    private static Tensor clampedNorm(Tensor x, int axis, double eps) {
        Tensor squared = Ops.sum(Ops.pow(x, 2), new int[] {axis}, true);
        try (Scope ignored = GradMode.noGrad()) {
            InPlace.clamp(squared, eps * eps, null);
        }
        return InPlace.sqrt(squared);
    }

    /** F.normalize: input / input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input). */
    public static Tensor normalize(Tensor x, double p, int dim, double eps) {
        Tensor norm = Ops.norm(x, p, new int[] {dim}, true);
        Tensor clamped = Ops.clampMin(norm, eps);
        return Ops.div(x, Tensor.apply(new BroadcastTo(x.shape()), clamped));
    }

    /**
     * F.kl_div: the pointwise loss target·(log target − input) as ATen writes it (xlogy(t, t) − t·input,
     * or e^t·(t − input) for log_target), reduced by mean, sum, or sum / batch size ('batchmean').
     */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) {
        if (!input.dtype().isFloating() || !target.dtype().isFloating()) throw new AutogradException("kl_div: Integral inputs not supported.");
        Tensor terms = logTarget ? Ops.mul(Ops.exp(target), Ops.sub(target, input)) : Ops.sub(Ops.xlogy(target, target), Ops.mul(target, input));
        return switch (reduction) {
            case "none" -> terms;
            case "sum" -> Ops.sum(terms);
            case "mean" -> Ops.mean(terms, null, false);
            case "batchmean" -> input.ndim() == 0 ? Ops.sum(terms) : Ops.div(Ops.sum(terms), Ops.scalar(input.shape()[0]));
            default -> throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
        };
    }

    /** F.pad(x, pad, value=v): pad lists (before, after) pairs from the last axis backwards; negative counts crop. */
    public static Tensor constantPad(Tensor x, int[] pad, double value) {
        int[] before = new int[x.ndim()], after = new int[x.ndim()];
        checkPad(x, pad);
        for (int i = 0; i < pad.length / 2; i++) {
            before[x.ndim() - 1 - i] = pad[2 * i];
            after[x.ndim() - 1 - i] = pad[2 * i + 1];
        }
        ConstantPad.paddedShape(x.shape(), before, after); // checks
        return Tensor.apply(new ConstantPad(before, after, value), x);
    }

    /**
     * F.pad's other modes over the last pad.length / 2 axes: 'reflect' (mirrored about the edge,
     * the edge once), 'replicate' (the edge repeated), 'circular' (wrapped around). Each output
     * entry reads one input entry, so the op is a {@link Take} whose gradient adds back. The input
     * has one or two axes more than are padded (see {@link #padsItsAxes}).
     */
    public static Tensor modePad(Tensor x, int[] pad, String mode) {
        checkPad(x, pad);
        int k = pad.length / 2, n = x.ndim();
        boolean circular = mode.equals("circular");
        if (circular && pad.length != 2 * (n - 2)) throw new AutogradException("Invalid padding size, expected " + 2 * (n - 2) + " but got " + pad.length);
        int[] shape = x.shape(), before = new int[n], after = new int[n];
        for (int i = 0; i < k; i++) {
            int d = n - 1 - i;
            before[d] = pad[2 * i];
            after[d] = pad[2 * i + 1];
            if (mode.equals("reflect") && (before[d] >= shape[d] || after[d] >= shape[d]))
                throw new AutogradException("Argument #" + (4 + 2 * i) + ": Padding size should be less than the corresponding input dimension, but got: padding ("
                        + before[d] + ", " + after[d] + ") at dimension " + d + " of input "
                        + (pad.length == 4 ? String.valueOf(shape.length) : java.util.Arrays.toString(shape))); // reflection_pad2d says the rank, 1d and 3d the sizes
            if (circular && (before[d] > shape[d] || after[d] > shape[d])) throw new AutogradException("Padding value causes wrapping around more than once.");
        }
        if (!circular) Ops.requireFloating(mode.equals("reflect") ? "reflection_pad" + k + "d" : "replication_pad" + k + "d_cpu", x.dtype()); // circular copies slices
        int[] out = ConstantPad.paddedShape(shape, before, after);
        int[] positions = new int[Shapes.size(out)], index = new int[n];
        for (int e = 0; e < positions.length; e++) {
            int flat = 0;
            for (int d = 0; d < n; d++) flat = flat * shape[d] + source(index[d] - before[d], shape[d], mode);
            positions[e] = flat;
            for (int d = n - 1; d >= 0 && ++index[d] == out[d]; d--) index[d] = 0; // the next output index, row-major
        }
        String node = circular ? "CopySlices" : (mode.equals("reflect") ? "ReflectionPad" : "ReplicationPad") + k + "DBackward0";
        return Tensor.apply(new Take(positions, out, node, 0), x);
    }

    /** PyTorch's rule for the non-constant modes: pad the last k ≤ 3 axes of an input of k + 1 or k + 2 axes. */
    public static boolean padsItsAxes(Tensor x, int[] pad) {
        int k = pad.length / 2;
        return k <= 3 && (x.ndim() == k + 1 || x.ndim() == k + 2);
    }

    /** Where position i (of an axis of {@code size}, i possibly outside it) reads from under the mode. */
    private static int source(int i, int size, String mode) {
        if (i >= 0 && i < size) return i;
        return switch (mode) {
            case "reflect" -> i < 0 ? -i : 2 * (size - 1) - i;
            case "replicate" -> i < 0 ? 0 : size - 1;
            default -> Math.floorMod(i, size);
        };
    }

    static void checkPad(Tensor x, int[] pad) {
        if (pad.length % 2 != 0) throw new AutogradException("Padding length must be divisible by 2");
        if (pad.length / 2 > x.ndim()) throw new AutogradException("Padding length too large");
    }
}
