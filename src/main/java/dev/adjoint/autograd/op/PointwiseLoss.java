package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.CascadeSum;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * A loss PyTorch computes as one node of (input, target), so its next_functions are those two:
 * a term per element, times an optional weight (a constant, as PyTorch never differentiates it),
 * reduced by 'mean', 'sum' or 'none'. A subclass gives the terms and their slopes; the gradient
 * and the tangent are written here once, with Tensor ops, so they differentiate again.
 */
abstract class PointwiseLoss implements Op {
    private final String reduction;
    private final Tensor weight;

    PointwiseLoss(String reduction, Tensor weight) {
        this.reduction = reduction;
        this.weight = weight;
    }

    /** PyTorch's node's reduction as its enum (none 0, mean 1, sum 2), and a subclass's own options ({@link #savedOptions}). */
    public void savedValues(Tensor out, SavedValues into) {
        into.int64("reduction", reduction.equals("none") ? 0 : reduction.equals("mean") ? 1 : 2);
        savedOptions(into);
    }

    /** The weight given, or null. */
    final Tensor weight() { return weight; }

    /** The options a loss's node saves beside its reduction (huber's delta): none by default. */
    void savedOptions(SavedValues into) {}

    /** The loss of each element (input and target broadcast), before the weight. */
    abstract NDArray terms(NDArray input, NDArray target);

    /** ∂term/∂input of each element, as Tensor ops of input and target. */
    abstract Tensor inputSlope(Tensor input, Tensor target);

    /** ∂term/∂target of each element, as Tensor ops of input and target. */
    abstract Tensor targetSlope(Tensor input, Tensor target);

    public NDArray compute(NDArray[] in) {
        NDArray terms = terms(in[0], in[1]);
        if (weight != null) terms = terms.mul(weight.value());
        return switch (reduction) {
            case "mean" -> NDArray.scalar(CascadeSum.all(terms) / terms.size()); // PyTorch's mean: its sum over the count
            case "sum" -> NDArray.scalar(CascadeSum.all(terms));
            default -> terms;
        };
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor scale = scale(g, a, b);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(inputGradient(g, a, b), a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Ops.mul(scale, targetSlope(a, b)), b.shape()) : null};
    }

    /**
     * Each element's share of the output's adjoint g for the input: by default g (weighted, over the
     * count for 'mean') times the slope. A loss whose PyTorch backward kernel multiplies by g first
     * and applies the weight and the mean after ({@link #weightedAfter}) says so, for its rounding.
     */
    Tensor inputGradient(Tensor g, Tensor input, Tensor target) {
        return Ops.mul(scale(g, input, target), inputSlope(input, target));
    }

    /** PyTorch's norm, by which some backward kernels multiply: 1/count for 'mean', else 1. */
    final double norm(Tensor input, Tensor target) {
        return reduction.equals("mean") ? 1.0 / Math.max(1, Shapes.size(termsShape(input, target))) : 1.0;
    }

    /** PyTorch's order after such a kernel: its value times the weight, then divided by the count for 'mean'. */
    final Tensor weightedAfter(Tensor kernel, Tensor input, Tensor target) {
        Tensor t = weight == null ? kernel : Ops.mul(kernel, weight);
        return reduction.equals("mean") ? Ops.div(t, Ops.scalar(Math.max(1, Shapes.size(termsShape(input, target))))) : t;
    }

    /** The output's adjoint as each term's: times the weight, over the count for 'mean'. */
    private Tensor scale(Tensor g, Tensor a, Tensor b) {
        Tensor s = weight == null ? g : Ops.mul(g, weight);
        return reduction.equals("mean") ? Ops.div(s, Ops.scalar(Math.max(1, Shapes.size(termsShape(a, b))))) : s;
    }

    private int[] termsShape(Tensor a, Tensor b) {
        int[] s = Shapes.broadcast(a.shape(), b.shape());
        return weight == null ? s : Shapes.broadcast(s, weight.shape());
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor terms = Ops.addOrFirst(t[0] == null ? null : Ops.mul(t[0], inputSlope(a, b)), t[1] == null ? null : Ops.mul(t[1], targetSlope(a, b)));
        if (weight != null) terms = Ops.mul(terms, weight);
        terms = Ops.broadcastTo(terms, termsShape(a, b));
        return switch (reduction) {
            case "mean" -> Ops.mean(terms, null, false);
            case "sum" -> Ops.sum(terms);
            default -> terms;
        };
    }

    /** Input, target and (PyTorch saves it too) the weight's place: both inputs. */
    public int saved(Tensor out) { return 0b11; }

    public String savedName(Tensor out, int i) { return i == 0 ? "self" : i == 1 ? "target" : null; }

    public String notation(String... a) { return name() + "(" + a[0] + ", " + a[1] + ")"; }
}
