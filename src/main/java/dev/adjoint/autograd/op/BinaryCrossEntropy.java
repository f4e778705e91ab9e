package dev.adjoint.autograd.op;

import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * binary_cross_entropy of probabilities p and targets y, with PyTorch's kernel:
 * (y − 1)·max(log(1 − p), −100) − y·max(log p, −100) (so p = 0 or 1 gives 100, not inf); its
 * gradient g·(p − y) / max(p(1 − p), ε), then times the weight and over the count, in the order of
 * PyTorch's backward (ε its float 1e-12), and, for the target, log(1 − p) − log p.
 */
final class BinaryCrossEntropy extends PointwiseLoss {
    /** PyTorch's EPSILON is a C++ float: 1e-12f, 9.9999999600419720e-13 as a double (what saturated p = 0 or 1 divides by). */
    private static final double EPSILON = 1e-12f;

    BinaryCrossEntropy(String reduction, Tensor weight) {
        super(reduction, weight);
    }

    public String name() { return "binary_cross_entropy"; }

    NDArray terms(NDArray p, NDArray y) {
        return p.zip(y, (pi, yi) -> (yi - 1) * Math.max(Math.log1p(-pi), -100) - yi * Math.max(Math.log(pi), -100));
    }

    Tensor inputSlope(Tensor p, Tensor y) {
        return Ops.div(Ops.sub(p, y), denominator(p));
    }

    @Override
    Tensor inputGradient(Tensor g, Tensor p, Tensor y) {
        return weightedAfter(Ops.div(Ops.mul(g, Ops.sub(p, y)), denominator(p)), p, y);
    }

    private static Tensor denominator(Tensor p) {
        return Ops.clamp(Ops.mul(Ops.rsub(Ops.scalar(1), p), p), EPSILON, null);
    }

    Tensor targetSlope(Tensor p, Tensor y) {
        return Ops.sub(Ops.log(Ops.rsub(Ops.scalar(1), p)), Ops.log(p)); // −logit(p), as a difference: +0 at p = ½ as PyTorch prints it
    }

    public String torchName(Tensor out) { return "BinaryCrossEntropyBackward0"; }

    /** Its reduction and its weight: None, or the weight expanded to the target's size (F.binary_cross_entropy's), a new tensor. */
    @Override
    public void savedValues(Tensor out, SavedValues into) {
        super.savedValues(out, into);
        Tensor w = weight();
        into.tensor("weight", w == null ? null : Ops.expand(w, Shapes.broadcast(out.input(1).shape(), w.shape())));
    }
}
