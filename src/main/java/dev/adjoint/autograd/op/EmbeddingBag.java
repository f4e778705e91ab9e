package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.List;

/**
 * embedding_bag (PyTorch's EmbeddingBagBackward0): the weight's rows an index list picks, grouped
 * into bags by offsets and reduced per bag by sum (each row times its per_sample_weight, if any),
 * mean or max; an empty bag gives zeros, and indices equal to padding_idx are left out (of the
 * mean's count too). The rows are gathered first ({@link Take}; for max only each bag's largest
 * entry per column, the first of equal ones), then this op adds each gathered entry into its
 * bag's output, in index order as PyTorch adds them, and divides by the bag's count for mean.
 */
public final class EmbeddingBag implements Op {
    private final int[] positions; // each gathered entry's place in the output
    private final double[] divisors; // mean: each output entry's bag size (1 for an empty bag); else null
    private final int[] shape;

    private EmbeddingBag(int[] positions, double[] divisors, int[] shape) {
        this.positions = positions;
        this.divisors = divisors;
        this.shape = shape;
    }

    /**
     * The bags of 1-d int64 {@code indices} starting at {@code offsets} (with includeLastOffset the
     * last offset ends the last bag), reduced by {@code mode} ("sum", "mean", "max");
     * {@code perSampleWeights} (sum only, as many as indices) or null; {@code paddingIdx} or null.
     */
    public static Tensor embeddingBag(Tensor weight, Tensor indices, Tensor offsets, String mode, Tensor perSampleWeights, boolean includeLastOffset,
            Integer paddingIdx) {
        for (Tensor t : new Tensor[] {indices, offsets})
            if (t.dtype() != DType.INT64 && t.dtype() != DType.INT32)
                throw new AutogradException("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch."
                        + t.dtype().scalarName() + "Tensor instead (while checking arguments for embedding_bag)");
        if (weight.ndim() != 2) throw new AutogradException("weight has to be a 2D Tensor, but got Tensor of dimension " + weight.ndim());
        double[] idx = indices.value().toArray(), off = offsets.value().toArray();
        int n = idx.length, rows = weight.shape()[0], d = weight.shape()[1];
        if (off.length > 0 && off[0] != 0)
            throw new AutogradException("offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from position 0. However, got "
                    + (long) off[0] + "\n[ torch.LongTensor{} ]");
        if (off.length > 0 && off[off.length - 1] > n)
            throw new AutogradException("offsets[-1] can not be greater than input's length " + n + " but got offsets[-1] of " + (long) off[off.length - 1]);
        for (double i : idx)
            if (i < 0 || i >= rows) throw new AutogradException("embedding_bag: Expected idx >= 0 && idx < num_embeddings but found idx to be " + (long) i);
        int bags = includeLastOffset ? Math.max(off.length - 1, 0) : off.length;
        // PyTorch's offset2bag: index j belongs to the last bag whose offset is <= j
        int[] bagOf = new int[n];
        for (int j = 0; j < n; j++) {
            int b = -1;
            for (int i = 0; i < bags; i++) if (off[i] <= j) b++;
            boolean pastLast = includeLastOffset && off.length > 0 && j >= off[off.length - 1];
            bagOf[j] = pastLast || (paddingIdx != null && idx[j] == paddingIdx) ? -1 : b;
        }
        int[] outShape = {bags, d};
        if (mode.equals("max")) return max(weight, idx, bagOf, outShape);
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < n; j++) if (bagOf[j] >= 0) kept.add(j);
        int k = kept.size();
        int[] rowsAt = new int[k * d], into = new int[k * d], psw = new int[k];
        double[] counts = new double[bags];
        for (int e = 0; e < k; e++) {
            int j = kept.get(e);
            counts[bagOf[j]]++;
            psw[e] = j;
            for (int c = 0; c < d; c++) {
                rowsAt[e * d + c] = (int) idx[j] * d + c;
                into[e * d + c] = bagOf[j] * d + c;
            }
        }
        Tensor gathered = Tensor.apply(new Take(rowsAt, new int[] {k, d}, "EmbeddingBackward0", Op.CONSTANT), weight);
        if (perSampleWeights != null) gathered = Ops.mul(gathered, Tensor.apply(new Take(psw, new int[] {k, 1}, "IndexBackward0", Op.CONSTANT), perSampleWeights));
        double[] divisors = null;
        if (mode.equals("mean")) {
            divisors = new double[bags * d];
            for (int b = 0; b < bags; b++) java.util.Arrays.fill(divisors, b * d, (b + 1) * d, Math.max(counts[b], 1));
        }
        return Tensor.apply(new EmbeddingBag(into, divisors, outShape), gathered);
    }

    /** max: per bag and column the first largest entry, gathered, then put in place (an empty bag's stays 0). */
    private static Tensor max(Tensor weight, double[] idx, int[] bagOf, int[] outShape) {
        int bags = outShape[0], d = outShape[1];
        double[] w = weight.value().toArray();
        int[] best = new int[bags * d];
        java.util.Arrays.fill(best, -1);
        for (int j = 0; j < idx.length; j++) {
            if (bagOf[j] < 0) continue;
            for (int c = 0; c < d; c++) {
                int at = (int) idx[j] * d + c, slot = bagOf[j] * d + c;
                if (best[slot] < 0 || w[at] > w[best[slot]]) best[slot] = at;
            }
        }
        List<Integer> from = new ArrayList<>(), to = new ArrayList<>();
        for (int slot = 0; slot < best.length; slot++)
            if (best[slot] >= 0) {
                from.add(best[slot]);
                to.add(slot);
            }
        int[] positions = from.stream().mapToInt(Integer::intValue).toArray(), into = to.stream().mapToInt(Integer::intValue).toArray();
        Tensor picked = Tensor.apply(new Take(positions, new int[] {positions.length}, "EmbeddingBackward0", Op.CONSTANT), weight);
        return Tensor.apply(new EmbeddingBag(into, null, outShape), picked);
    }

    public String name() { return "embedding_bag"; }

    public NDArray compute(NDArray[] in) {
        Limits.checkShape(shape);
        double[] g = in[0].toArray(), out = new double[Shapes.size(shape)];
        for (int i = 0; i < positions.length; i++) out[positions[i]] += g[i];
        if (divisors != null) for (int i = 0; i < out.length; i++) out[i] /= divisors[i];
        return NDArray.of(out, shape);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor scaled = divisors == null ? g : Ops.div(g, Tensor.constant(NDArray.of(divisors, shape)));
        return new Tensor[] {Tensor.apply(new Take(positions, out.input(0).shape(), "EmbeddingBagBackward0", 0), scaled)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public boolean isLinear() { return true; }

    public String torchName(Tensor out) { return "EmbeddingBagBackward0"; }

    public String notation(String... a) { return "embedding_bag(" + a[0] + ")"; }
}
