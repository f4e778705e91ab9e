package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * scatter_reduce(self, dim, index, src, reduce, include_self) (ScatterReduceBackward0): each entry
 * of src goes to self's position {@code targets[j]} (index along dim), and each position becomes
 * the sum, product, mean, largest or smallest of what reached it (with self's own entry when
 * include_self; a position nothing reached keeps self's). Integer means round down, as PyTorch's.
 * The gradient is g times each contributor's share, as PyTorch 1.13's: all of it for sum, 1/count
 * for mean, shared equally among the contributors equal to the result for amax/amin, the product
 * of the others for prod; the tangent is the same shares times the contributors' tangents. The
 * shares are constants: exact for sum, mean, amax and amin at any order; prod's depend on the
 * values, so its second derivative is refused rather than wrong.
 */
final class ScatterReduce implements Op {
    static final String[] REDUCTIONS = {"sum", "prod", "mean", "amax", "amin"};

    private final int[] targets; // the flat position in self of each src entry taken (src's first index.numel() entries, as index's shape)
    private final int[] sources; // the flat position in src of each of those entries
    private final String reduce;
    private final boolean includeSelf;

    ScatterReduce(int[] targets, int[] sources, String reduce, boolean includeSelf) {
        this.targets = targets;
        this.sources = sources;
        this.reduce = reduce;
        this.includeSelf = includeSelf;
    }

    public String name() { return "scatter_reduce"; }

    public NDArray compute(NDArray[] in) { return reduced(in, false); }

    /** Integer means round down (PyTorch divides with rounding_mode='floor'). */
    public NDArray computeInt64(NDArray[] in) { return reduced(in, true); }

    private NDArray reduced(NDArray[] in, boolean integer) {
        double[] self = in[0].toArray(), src = in[1].toArray(), out = self.clone();
        int[] count = new int[self.length];
        boolean[] reached = new boolean[self.length];
        for (int k = 0; k < targets.length; k++) reached[targets[k]] = true;
        for (int p = 0; p < out.length; p++) {
            if (reached[p] && !includeSelf) out[p] = identity();
            count[p] = reached[p] && !includeSelf ? 0 : 1;
        }
        for (int k = 0; k < targets.length; k++) {
            int p = targets[k];
            double v = src[sources[k]];
            out[p] = switch (reduce) {
                case "sum", "mean" -> out[p] + v;
                case "prod" -> out[p] * v;
                case "amax" -> Double.isNaN(out[p]) || v > out[p] || Double.isNaN(v) ? v : out[p];
                default -> Double.isNaN(out[p]) || v < out[p] || Double.isNaN(v) ? v : out[p];
            };
            count[p]++;
        }
        if (reduce.equals("mean")) for (int p = 0; p < out.length; p++) out[p] = integer ? Math.floor(out[p] / count[p]) : out[p] / count[p];
        return NDArray.of(out, in[0].shape());
    }

    private double identity() {
        return switch (reduce) {
            case "prod" -> 1;
            case "amax" -> Double.NEGATIVE_INFINITY;
            case "amin" -> Double.POSITIVE_INFINITY;
            default -> 0;
        };
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        if (reduce.equals("prod") && GradMode.isEnabled())
            throw new AutogradException("scatter_reduce(reduce='prod'): a second derivative (create_graph=True) is not supported by adjoint");
        Tensor self = out.input(0), src = out.input(1);
        double[][] share = shares(out);
        Tensor gradSelf = self.requiresGrad() ? Ops.mul(g, Tensor.constant(NDArray.of(share[0], self.shape()))) : null;
        Tensor gradSrc = null;
        if (src.requiresGrad()) { // g at each entry's target, times its share, put back at the entry's place in src
            Tensor picked = Ops.mul(Ops.take(g, targets, new int[] {targets.length}), Tensor.constant(NDArray.of(share[1], targets.length)));
            gradSrc = Ops.placed(picked, sources, src.shape(), "IndexPutBackward0");
        }
        return new Tensor[] {gradSelf, gradSrc};
    }

    /** Σ of each contributor's tangent times its share, at its target. */
    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor self = out.input(0);
        double[][] share = shares(out);
        Tensor fromSelf = t[0] == null ? null : Ops.mul(t[0], Tensor.constant(NDArray.of(share[0], self.shape())));
        Tensor fromSrc = null;
        if (t[1] != null) {
            Tensor picked = Ops.mul(Ops.take(t[1], sources, new int[] {sources.length}), Tensor.constant(NDArray.of(share[1], sources.length)));
            fromSrc = Ops.placed(picked, targets, self.shape(), "IndexPutBackward0");
        }
        return Ops.addOrFirst(fromSelf, fromSrc);
    }

    /** Each contributor's share of the result's derivative: {self's entries' (0 where they took no part), src's entries' in order of targets}. */
    private double[][] shares(Tensor out) {
        double[] x = out.input(0).value().toArray(), src = out.input(1).value().toArray(), result = out.value().toArray();
        double[] selfShare = new double[x.length], srcShare = new double[targets.length];
        int[] count = new int[x.length], ties = new int[x.length];
        boolean[] reached = new boolean[x.length];
        for (int p : targets) reached[p] = true;
        for (int p = 0; p < x.length; p++) {
            count[p] = !reached[p] || includeSelf ? 1 : 0;
            ties[p] = x[p] == result[p] ? 1 : 0; // PyTorch 1.13 counts self's tie even without include_self (its share then goes nowhere)
        }
        for (int k = 0; k < targets.length; k++) {
            count[targets[k]]++;
            if (src[sources[k]] == result[targets[k]]) ties[targets[k]]++;
        }
        for (int p = 0; p < x.length; p++) {
            if (reached[p] && !includeSelf) continue; // self's entry did not take part
            selfShare[p] = switch (reduce) {
                case "sum" -> 1;
                case "mean" -> 1.0 / count[p];
                case "amax", "amin" -> x[p] == result[p] ? 1.0 / ties[p] : 0;
                default -> productOfOthers(p, -1, x, src);
            };
        }
        for (int k = 0; k < targets.length; k++) {
            int p = targets[k];
            srcShare[k] = switch (reduce) {
                case "sum" -> 1;
                case "mean" -> 1.0 / count[p];
                case "amax", "amin" -> src[sources[k]] == result[p] ? 1.0 / ties[p] : 0;
                default -> productOfOthers(p, k, x, src);
            };
        }
        return new double[][] {selfShare, srcShare};
    }

    /** The product of everything that reached position p but contributor k (k = -1: self's entry). */
    private double productOfOthers(int p, int k, double[] x, double[] src) {
        double product = k >= 0 && includeSelf ? x[p] : 1;
        for (int j = 0; j < targets.length; j++) if (targets[j] == p && j != k) product *= src[sources[j]];
        return product;
    }

    public String torchName(Tensor out) { return "ScatterReduceBackward0"; }

    public int saved(Tensor out) { return 1 | 2 | OUTPUT; }

    public String savedName(Tensor out, int i) { return i == -1 ? "result" : i == 0 ? "self" : i == 1 ? "src" : null; }

    public DType dtype(Tensor[] in) { return in[0].dtype(); }
}
