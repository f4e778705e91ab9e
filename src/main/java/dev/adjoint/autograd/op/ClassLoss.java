package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.Arrays;

/**
 * PyTorch 1.13's nll_loss and cross_entropy with their options: class {@code weight}s, an
 * {@code ignoreIndex} target that counts for nothing, label smoothing, and (cross_entropy) targets
 * given as class probabilities. Inputs are (C,), (N, C) or (N, C, d1, ...) with the classes on
 * axis 1; index targets have the input's shape without the class axis.
 *
 * <p>With weights or ignored targets, 'mean' divides by the sum of the weights of the targets that
 * count, not by their number: PyTorch's weighted mean.
 */
public final class ClassLoss {
    /** PyTorch's default ignore_index. */
    public static final long NO_IGNORE = -100;

    /** The options of both losses: weight may be null (every class 1); labelSmoothing in [0, 1]. */
    public record Options(Tensor weight, long ignoreIndex, double labelSmoothing, String reduction) {
        public static Options of(String reduction) {
            return new Options(null, NO_IGNORE, 0, reduction);
        }
    }

    private ClassLoss() {}

    /** cross_entropy: log_softmax over the class axis, then nll_loss, or the soft-target form for probabilities. */
    public static Tensor crossEntropy(Tensor logits, Tensor target, Options o) {
        if (!(o.labelSmoothing() >= 0 && o.labelSmoothing() <= 1))
            throw new AutogradException("label_smoothing must be between 0.0 and 1.0. Got: " + number(o.labelSmoothing()));
        int classAxis = logits.ndim() == 1 ? 0 : 1;
        Tensor logp = Ops.logSoftmax(logits, classAxis);
        if (Arrays.equals(logits.shape(), target.shape())) return probabilities(logp, target, classAxis, o);
        Tensor nll = nll(logp, target, o);
        if (o.labelSmoothing() == 0) return nll;
        double eps = o.labelSmoothing();
        int classes = logits.shape()[classAxis];
        Tensor smooth = smoothing(logp, target, classAxis, o);
        // C++'s (1 - eps) * nll is mul(Tensor, Scalar): MulBackward1, the number no input
        return Ops.add(Ops.named("MulBackward1", Mul.INSTANCE, nll, Ops.scalar(1 - eps)), Ops.named("MulBackward1", Mul.INSTANCE, smooth, Ops.scalar(eps / classes)));
    }

    /**
     * PyTorch's smoothing term: per target −Σ_c w_c·logp_c (0 where the target is ignored), reduced
     * as nll_loss reduces ('mean' divides by the weights of the targets that count).
     */
    private static Tensor smoothing(Tensor logp, Tensor target, int classAxis, Options o) {
        Tensor weighted = o.weight() == null ? logp : Ops.mul(logp, classAxisShaped(o.weight(), logp.ndim()));
        Tensor perTarget = Ops.neg(Ops.sum(weighted, new int[] {classAxis}, false));
        Targets t = targets(logp, target, o);
        if (t.ignoredAny) perTarget = Ops.mul(perTarget, Tensor.constant(t.counted));
        return switch (o.reduction()) {
            case "sum" -> Ops.sum(perTarget);
            case "none" -> perTarget;
            // 1.13: the mean of the targets that count (masked_select(~ignore_mask).mean()), or the sum over their weights' sum
            default -> o.weight() != null ? Ops.div(Ops.sum(perTarget), Ops.scalar(t.countedWeight()))
                    : t.ignoredAny ? Ops.mean(Indexing.get(perTarget, java.util.List.of(Tensor.constant(t.counted).to(DType.BOOL))), null, false)
                    : Ops.mean(perTarget, null, false);
        };
    }

    /** Targets that are class probabilities (PyTorch's soft targets): −Σ w_c·target_c·logp_c per sample; 'mean' divides by the samples. */
    private static Tensor probabilities(Tensor logp, Tensor target, int classAxis, Options o) {
        if (!target.dtype().isFloating())
            throw new AutogradException("Expected floating point type for target with class probabilities, got " + target.dtype().scalarName());
        if (o.ignoreIndex() >= 0) throw new AutogradException("ignore_index is not supported for floating point target");
        int classes = logp.shape()[classAxis];
        Tensor p = o.labelSmoothing() > 0 ? Ops.add(Ops.mul(target, Ops.scalar(1 - o.labelSmoothing())), Ops.scalar(o.labelSmoothing() / classes)) : target;
        Tensor terms = Ops.mul(logp, p);
        if (o.weight() != null) terms = Ops.mul(terms, classAxisShaped(o.weight(), logp.ndim()));
        return switch (o.reduction()) {
            case "sum" -> Ops.neg(Ops.sum(terms));
            case "none" -> Ops.neg(Ops.sum(terms, new int[] {classAxis}, false));
            // PyTorch divides by the number of samples, an integer division, with div.Scalar (DivBackward1)
            default -> Ops.named("DivBackward1", Div.INSTANCE, Ops.neg(Ops.sum(terms)), Ops.scalar(Shapes.size(logp.shape()) / classes));
        };
    }

    /** The weights as a constant shaped to broadcast along the class axis of an input with {@code ndim} axes. */
    private static Tensor classAxisShaped(Tensor weight, int ndim) {
        int[] s = new int[ndim];
        Arrays.fill(s, 1);
        s[ndim == 1 ? 0 : 1] = weight.shape()[0];
        return Tensor.constant(weight.value().reshape(s));
    }

    /** nll_loss: −w[target]·logp[target] per target (0 where ignored), reduced; one node, {@link NllLoss}. */
    public static Tensor nll(Tensor logp, Tensor target, Options o) {
        Ops.requireFloating("nll_loss_out_frame", logp.dtype());
        Targets t = targets(logp, target, o);
        String name = logp.ndim() <= 2 ? "NllLossBackward0" : "NllLoss2DBackward0";
        return Tensor.apply(new NllLoss(t.positions, t.weights, o.reduction(), name, target, o), logp);
    }

    /**
     * The flat positions of the targets' entries in logp, each target's weight (0 where ignored) and
     * which count (1) or are ignored (0), after PyTorch's checks in its words.
     */
    private record Targets(int[] positions, NDArray weights, NDArray counted, boolean ignoredAny) {
        /** Σ of the counted targets' weights alone, as weight.gather(0, target.masked_select(~ignore_mask)).sum() adds them. */
        double countedWeight() {
            double[] w = weights.toArray(), c = counted.toArray();
            int n = 0;
            for (double v : c) if (v != 0) n++;
            double[] kept = new double[n];
            for (int i = 0, k = 0; i < w.length; i++) if (c[i] != 0) kept[k++] = w[i];
            return NDArray.of(kept, n).sumAll();
        }
    }

    private static Targets targets(Tensor logp, Tensor target, Options o) {
        int[] s = logp.shape();
        checkShapes(s, target.shape());
        if (target.dtype() != DType.INT64 && target.dtype() != DType.UINT8) // PyTorch's kernels take Byte targets too
            throw new AutogradException("expected scalar type Long but found " + target.dtype().scalarName());
        int classes = s.length == 1 ? s[0] : s[1], inner = 1;
        for (int i = 2; i < s.length; i++) inner *= s[i];
        double[] w = classWeights(o.weight(), classes);
        double[] y = target.value().toArray();
        int[] positions = new int[y.length];
        double[] weights = new double[y.length], counted = new double[y.length];
        boolean ignoredAny = false;
        for (int i = 0; i < y.length; i++) {
            long k = (long) y[i];
            int sample = i / inner, rest = i % inner;
            if (k == o.ignoreIndex()) {
                ignoredAny = true;
                positions[i] = (sample * classes) * inner + rest; // any entry of the row: its weight is 0
                continue;
            }
            if (k < 0 || k >= classes) throw new Indexing.IndexOutOfBounds("Target " + k + " is out of bounds.");
            positions[i] = (sample * classes + (int) k) * inner + rest;
            weights[i] = w == null ? 1 : w[(int) k];
            counted[i] = 1;
        }
        return new Targets(positions, NDArray.of(weights, target.shape()), NDArray.of(counted, target.shape()), ignoredAny);
    }

    /** The class weights' values, checked: one per class (null when no weights were given). */
    private static double[] classWeights(Tensor weight, int classes) {
        if (weight == null) return null;
        if (weight.ndim() != 1 || weight.shape()[0] != classes)
            throw new AutogradException("weight tensor should be defined either for all " + classes + " classes or no classes but got weight tensor of shape: "
                    + Arrays.toString(weight.shape()));
        return weight.value().toArray();
    }

    /**
     * PyTorch's checks of an index target against its input, in its words and order (before the
     * target's type): the number of dimensions and the batch sizes are ValueErrors (a 0-d target's
     * batch size counts as 0), the rest RuntimeErrors.
     */
    private static void checkShapes(int[] s, int[] ts) {
        if (s.length < 1) throw new IllegalArgumentException("Expected 1 or more dimensions (got 0)");
        int batch = ts.length == 0 ? 0 : ts[0];
        if (s.length > 1 && batch != s[0])
            throw new IllegalArgumentException("Expected input batch_size (" + s[0] + ") to match target batch_size (" + batch + ").");
        if (s.length <= 2 && ts.length > 1) throw new AutogradException("0D or 1D target tensor expected, multi-target not supported");
        if (s.length == 1 && ts.length == 1)
            throw new AutogradException("size mismatch (got input: " + Tensor.torchShape(s) + ", target: " + Tensor.torchShape(ts) + ")");
        if (s.length > 2) {
            int[] want = new int[s.length - 1];
            want[0] = s[0];
            System.arraycopy(s, 2, want, 1, s.length - 2);
            if (!Arrays.equals(want, ts)) throw new AutogradException("Expected target size " + Arrays.toString(want) + ", got " + Arrays.toString(ts));
        }
    }

    /** A double as C++ streams print it (1.5, 2, 0.1). */
    private static String number(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
