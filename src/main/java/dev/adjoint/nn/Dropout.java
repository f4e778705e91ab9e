package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.nn.init.Init;
import dev.adjoint.random.NumpyRandom;

/**
 * Inverted dropout (needle's form): in training, x · mask / (1 − p) with mask = randb(p = 1 − p),
 * so each entry is zeroed with probability p and the expectation is unchanged; in evaluation the
 * identity. The mask is drawn from {@code rng}.
 */
public final class Dropout extends Module {
    private final double p;
    private final NumpyRandom rng;

    public Dropout(double p, NumpyRandom rng) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("dropout probability must be between 0 and 1, got " + p);
        this.p = p;
        this.rng = rng;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (!isTraining() || p == 0) return x;
        // the mask has x's type (needle's randb mask is bool, which keeps a float32 x float32)
        if (p == 1) return Ops.mul(x, Tensor.constantLike(Init.zeros(x.shape()).value(), x)); // every entry dropped; 1/(1 − p) would be 1/0
        Tensor mask = Tensor.constantLike(Init.randb(rng, 1 - p, x.shape()).value(), x);
        return Ops.div(Ops.mul(x, mask), Ops.scalar(1 - p));
    }

    public double p() {
        return p;
    }

    @Override
    protected String extraRepr() {
        return "p=" + p;
    }
}
