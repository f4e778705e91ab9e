package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * nll_loss as PyTorch's one node (NllLossBackward0; NllLoss2DBackward0 past two dims), so its
 * next_functions are the log-probabilities' grad_fn (LogSoftmaxBackward0 under cross_entropy):
 * −w·logp at each target's position (0 where the target is ignored), averaged over the weights of
 * the targets that count ('mean'), summed ('sum') or each ('none'). Linear in logp: its gradient
 * puts −w·g (over the total weight for 'mean') back at the targets' positions.
 */
final class NllLoss implements Op {
    private final int[] positions; // flat positions in logp, one per target
    private final NDArray weights; // per target, shaped as the target; 0 where ignored
    private final String reduction, torchName;
    private final Tensor target; // what the node saves beside logp: the target, the class weights (null: none given), ignore_index
    private final Tensor classWeights;
    private final long ignoreIndex;

    NllLoss(int[] positions, NDArray weights, String reduction, String torchName, Tensor target, ClassLoss.Options o) {
        this.positions = positions;
        this.weights = weights;
        this.reduction = reduction;
        this.torchName = torchName;
        this.target = target;
        this.classWeights = o.weight();
        this.ignoreIndex = o.ignoreIndex();
    }

    public String name() { return "nll_loss"; }

    public NDArray compute(NDArray[] in) {
        double[] logp = in[0].toArray(), w = weights.toArray(), terms = new double[positions.length];
        double sum = 0;
        for (int i = 0; i < terms.length; i++) {
            terms[i] = w[i] == 0 ? 0 : -w[i] * logp[positions[i]]; // an ignored target adds +0, as PyTorch's
            sum += terms[i];
        }
        boolean batch = in[0].ndim() <= 2; // nll_loss_out_frame's cascade; the 2-d loss's frames add in order
        double total = batch ? cascadeSum(w, w) : weights.sumAll();
        if (batch) sum = cascadeSum(terms, w);
        return switch (reduction) {
            case "mean" -> NDArray.scalar(sum / total);
            case "sum" -> NDArray.scalar(sum);
            default -> NDArray.adopt(terms, weights.shape());
        };
    }

    /**
     * Σ v[b] over the targets that count (w[b] ≠ 0) as nll_loss_out_frame adds them: into the
     * first of eight partial sums, which is carried into the next whenever b's lowest four bits
     * are 0 (and that one into the next when the next four are, ...), the partial sums added last.
     */
    static double cascadeSum(double[] v, double[] w) {
        double[] partial = new double[8];
        for (int b = 0; b < v.length; b++) {
            if (w[b] == 0) continue;
            partial[0] += v[b];
            for (int j = 0; j + 1 < partial.length && (b & (15L << (4 * j))) == 0; j++) {
                partial[j + 1] += partial[j];
                partial[j] = 0;
            }
        }
        double sum = 0;
        for (double p : partial) sum += p;
        return sum;
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        // PyTorch's nll_loss_backward: grad = −(∂out / total_weight) ('mean'), then each target's weight times it
        Tensor grad = reduction.equals("mean") ? Ops.div(g, Ops.scalar(weights.sumAll())) : g;
        Tensor perTarget = Ops.mul(Tensor.constant(weights), Ops.neg(grad));
        return new Tensor[] {Tensor.apply(new Put(positions, out.input(0).shape()), perTarget)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public boolean isLinear() { return true; }

    public String torchName(Tensor out) { return torchName; }

    /** The log-probabilities and the target (a constant here), as PyTorch's node saves them. */
    public int saved(Tensor out) { return 1 | Op.CONSTANT; }

    /** PyTorch's node's options and tensors: reduction as its enum (none 0, mean 1, sum 2); total_weight 0 for 'none', as its kernel leaves it. */
    public void savedValues(Tensor out, SavedValues into) {
        long code = reduction.equals("none") ? 0 : reduction.equals("mean") ? 1 : 2;
        into.int64("ignore_index", ignoreIndex).int64("reduction", code).tensor("target", target)
                .tensor("total_weight", Tensor.constant(code == 0 ? 0 : weights.sumAll())).tensor("weight", classWeights);
    }

    public String notation(String... a) { return "nll_loss(" + a[0] + ")"; }
}
