package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * PyTorch's multi_margin_loss and multilabel_margin_loss, one native kernel each in PyTorch (its
 * checks and messages here, in its order), written with the engine's ops so their gradients come
 * with them; the last op carries PyTorch's node name. An input of (C) or a number is one sample
 * of (1, C).
 */
public final class MarginLosses {
    private MarginLosses() {}

    /**
     * multi_margin_loss(x, y): per sample Σ_{i≠y} w[y]·max(0, margin − x[y] + x[i])^p / C, then the
     * reduction (a one-sample input's 'none' is a number, as PyTorch's).
     */
    public static Tensor multiMargin(Tensor x, Tensor y, int p, double margin, Tensor weight, String reduction) {
        int[] nd = frames(x);
        int n = nd[0], c = nd[1];
        if (y.ndim() > 1 || y.value().size() != n) throw new AutogradException("inconsistent target size, got: " + Arrays.toString(y.shape()));
        if (weight != null && (weight.ndim() > 1 || weight.value().size() != c))
            throw new AutogradException("inconsistent weight size, expected " + c + " but got " + Arrays.toString(weight.shape()));
        Ops.requireFloating("multi_margin_loss_cpu_kernel", x.dtype());
        requireLong(y);
        double[] targets = y.value().toArray(), w = weight == null ? null : weight.value().toArray();
        double[] pick = new double[n * c], others = new double[n * c], scale = new double[n];
        for (int s = 0; s < n; s++) {
            long t = (long) targets[s];
            if (t < 0 || t >= c) throw new AutogradException("target out of range");
            pick[s * c + (int) t] = 1;
            for (int i = 0; i < c; i++) others[s * c + i] = i == t ? 0 : 1;
            scale[s] = w == null ? 1 : w[(int) t];
        }
        Tensor rows = Ops.reshape(x, n, c);
        Tensor target = Ops.sum(Ops.mul(rows, Tensor.constant(NDArray.of(pick, n, c))), new int[] {1}, true); // x[y], (N, 1)
        Tensor z = Ops.clampMin(Ops.add(Ops.sub(Ops.scalar(margin), target), rows), 0); // margin − x[y] + x[i], where positive
        Tensor h = Ops.mul(p == 1 ? z : Ops.mul(z, z), Tensor.constant(NDArray.of(others, n, c)));
        if (w != null) h = Ops.mul(h, Tensor.constant(NDArray.of(scale, n, 1)));
        return reduce(inOrder(h, 1), c, x.ndim() <= 1, reduction, "MultiMarginLossBackward0");
    }

    /**
     * multilabel_margin_loss(x, y): y lists each sample's target classes up to its first −1; per
     * sample Σ over targets j and non-targets i of max(0, 1 − x[j] + x[i]) / C, then the reduction.
     */
    public static Tensor multilabelMargin(Tensor x, Tensor y, String reduction) {
        int[] nd = frames(x);
        int n = nd[0], c = nd[1];
        boolean valid = x.ndim() <= 1 ? y.ndim() <= 1 && y.value().size() == c : y.ndim() == 2 && y.shape()[0] == n && y.shape()[1] == c;
        if (!valid) throw new AutogradException("inconsistent size " + Arrays.toString(y.shape()) + " for argument #2 'target'");
        Ops.requireFloating("multilabel_margin_loss_forward_out_frame", x.dtype());
        requireLong(y);
        double[] targets = y.value().toArray();
        double[] pick = new double[n * c * c], mask = new double[n * c * c]; // (N, K, C): target K's one-hot; which (target, non-target) pairs count
        for (int s = 0; s < n; s++) {
            boolean[] isTarget = new boolean[c];
            int count = 0;
            for (; count < c; count++) {
                long t = (long) targets[s * c + count];
                if (t < -1 || t >= c) throw new AutogradException("argument #2 'target' is out of range");
                if (t < 0) break;
                isTarget[(int) t] = true;
                pick[(s * c + count) * c + (int) t] = 1;
            }
            for (int k = 0; k < count; k++)
                for (int i = 0; i < c; i++) mask[(s * c + k) * c + i] = isTarget[i] ? 0 : 1;
        }
        Tensor rows = Ops.unsqueeze(Ops.reshape(x, n, c), 1); // (N, 1, C)
        Tensor target = Ops.sum(Ops.mul(rows, Tensor.constant(NDArray.of(pick, n, c, c))), new int[] {2}, true); // x[y_k], (N, K, 1)
        Tensor z = Ops.clampMin(Ops.add(Ops.sub(Ops.scalar(1), target), rows), 0); // 1 − x[y_k] + x[i], where positive
        Tensor h = Ops.mul(z, Tensor.constant(NDArray.of(mask, n, c, c)));
        return reduce(inOrder(Ops.reshape(h, n, c * c), 1), c, x.ndim() <= 1, reduction, "MultilabelMarginLossBackward0");
    }

    /** {frames, classes} of an input of (N, C), (C) or a number, after PyTorch's check that it is not empty. */
    private static int[] frames(Tensor x) {
        int[] s = x.shape();
        if (!((s.length == 2 && s[1] != 0) || (s.length == 1 && s[0] != 0) || s.length == 0))
            throw new AutogradException("Expected non-empty vector or matrix with optional 0-dim batch size, but got: " + Arrays.toString(s));
        return s.length == 2 ? new int[] {s[0], s[1]} : new int[] {1, s.length == 0 ? 1 : s[0]};
    }

    private static void requireLong(Tensor y) {
        if (y.dtype() != DType.INT64) throw new AutogradException("expected scalar type Long but found " + y.dtype().scalarName());
    }

    /** Each sample's sum over C, then 'none' (one sample: a number), 'sum' or 'mean' over the samples; the last step under PyTorch's name. */
    private static Tensor reduce(Tensor sums, int c, boolean oneSample, String reduction, String torchName) {
        Tensor perSample = Ops.divScalar(sums, c);
        return switch (reduction) {
            case "none" -> Ops.named(torchName, Div.INSTANCE, oneSample ? Ops.reshape(perSample) : perSample, Ops.scalar(1));
            case "sum" -> Ops.named(torchName, Div.INSTANCE, inOrder(perSample, 0), Ops.scalar(1));
            default -> Ops.named(torchName, Div.INSTANCE, inOrder(perSample, 0), Ops.scalar(sums.shape()[0]));
        };
    }

    /** The sum along {@code axis} one element after another, as the CPU kernels' loops add (the last entry of the running sum). */
    private static Tensor inOrder(Tensor t, int axis) {
        int n = t.shape()[axis];
        java.util.List<dev.adjoint.ndarray.Index> at = new java.util.ArrayList<>();
        for (int d = 0; d < t.ndim(); d++) at.add(d == axis ? new dev.adjoint.ndarray.Index.At(n - 1) : dev.adjoint.ndarray.Index.Slice.ALL);
        return Ops.getItem(Ops.cumsum(t, axis), at);
    }
}
