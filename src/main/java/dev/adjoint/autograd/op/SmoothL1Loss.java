package dev.adjoint.autograd.op;

import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * smooth_l1_loss with threshold beta: z = |x − y|, 0.5·z²/beta below beta and z − 0.5·beta above
 * (PyTorch's kernel); the slope (x − y)/beta clamped to ±1.
 */
final class SmoothL1Loss extends PointwiseLoss {
    private final double beta;

    SmoothL1Loss(String reduction, double beta) {
        super(reduction, null);
        this.beta = beta;
    }

    public String name() { return "smooth_l1_loss"; }

    NDArray terms(NDArray x, NDArray y) {
        return x.zip(y, (xi, yi) -> {
            double z = Math.abs(xi - yi);
            return z < beta ? 0.5 * z * z / beta : z - 0.5 * beta;
        });
    }

    Tensor inputSlope(Tensor x, Tensor y) {
        Tensor d = Ops.sub(x, y);
        return beta == 0 ? Ops.sign(d) : Ops.clamp(Ops.div(d, Ops.scalar(beta)), -1.0, 1.0);
    }

    /**
     * PyTorch 1.13's CPU kernel, term for term: ±norm·g beyond beta, and between norm·d·g/beta in its
     * scalar loop but norm·(d/beta)·g in its vectorised blocks of 8 (the flat index below n − n % 8).
     */
    @Override
    Tensor inputGradient(Tensor g, Tensor x, Tensor y) {
        if (beta == 0) return super.inputGradient(g, x, y);
        Tensor d = Ops.sub(x, y), norm = Ops.scalar(norm(x, y)), b = Ops.scalar(beta);
        int n = d.value().size(), vectorised = n - n % 8;
        double[] inBlocks = new double[n];
        for (int i = 0; i < vectorised; i++) inBlocks[i] = 1;
        Tensor middle = Ops.where(Tensor.constant(NDArray.of(inBlocks, d.shape())), Ops.mul(Ops.mul(norm, Ops.div(d, b)), g), Ops.div(Ops.mul(Ops.mul(norm, d), g), b));
        return Ops.where(Ops.ge(Ops.abs(d), b), Ops.mul(Ops.mul(norm, Ops.sign(d)), g), middle);
    }

    /** PyTorch's target gradient is the input's formula with the two swapped (+0 where they are equal). */
    Tensor targetSlope(Tensor x, Tensor y) { return inputSlope(y, x); }

    public String torchName(Tensor out) { return "SmoothL1LossBackward0"; }

    void savedOptions(SavedValues into) { into.real("beta", beta); }
}
