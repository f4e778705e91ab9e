package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
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

    NllLoss(int[] positions, NDArray weights, String reduction, String torchName) {
        this.positions = positions;
        this.weights = weights;
        this.reduction = reduction;
        this.torchName = torchName;
    }

    public String name() { return "nll_loss"; }

    public NDArray compute(NDArray[] in) {
        double[] logp = in[0].toArray(), w = weights.toArray(), terms = new double[positions.length];
        double sum = 0;
        for (int i = 0; i < terms.length; i++) {
            terms[i] = w[i] == 0 ? 0 : -w[i] * logp[positions[i]]; // an ignored target adds +0, as PyTorch's
            sum += terms[i];
        }
        return switch (reduction) {
            case "mean" -> NDArray.scalar(sum / weights.sumAll());
            case "sum" -> NDArray.scalar(sum);
            default -> NDArray.adopt(terms, weights.shape());
        };
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        double scale = reduction.equals("mean") ? -1 / weights.sumAll() : -1;
        Tensor perTarget = Ops.mul(g, Tensor.constant(weights.mul(scale)));
        return new Tensor[] {Tensor.apply(new Put(positions, out.input(0).shape()), perTarget)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(this, t[0]); }

    public boolean isLinear() { return true; }

    public String torchName(Tensor out) { return torchName; }

    /** The log-probabilities and the target (a constant here), as PyTorch's node saves them. */
    public int saved(Tensor out) { return 1 | Op.CONSTANT; }

    public String notation(String... a) { return "nll_loss(" + a[0] + ")"; }
}
