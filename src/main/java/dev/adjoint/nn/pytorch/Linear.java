package dev.adjoint.nn.pytorch;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Module;
import dev.adjoint.nn.Parameter;
import dev.adjoint.random.NumpyRandom;

/**
 * PyTorch's {@code torch.nn.Linear}: y = x Wᵀ + b with W of shape (out, in) and b of shape (out,)
 * (needle's {@link dev.adjoint.nn.Linear} stores W as (in, out)). Initialised as PyTorch does, W
 * and b uniform in ±1/√in, but drawn from adjoint's generator, so the numbers differ from
 * PyTorch's.
 */
public final class Linear extends Module {
    private final int inFeatures, outFeatures;
    private final Tensor weight, bias;

    public Linear(int inFeatures, int outFeatures, boolean bias, NumpyRandom rng) {
        if (inFeatures < 0 || outFeatures < 0)
            throw new IllegalArgumentException("Trying to create tensor with negative dimension " + Math.min(inFeatures, outFeatures) + ": ["
                    + outFeatures + ", " + inFeatures + "]");
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        double bound = inFeatures > 0 ? 1 / Math.sqrt(inFeatures) : 0;
        this.weight = registerParameter("weight", Parameter.of(uniform(rng, bound, outFeatures, inFeatures)));
        this.bias = bias ? registerParameter("bias", Parameter.of(uniform(rng, bound, outFeatures))) : null;
    }

    private static NDArray uniform(NumpyRandom rng, double bound, int... shape) {
        return rng.rand(shape).mul(2 * bound).add(-bound);
    }

    @Override
    public Tensor forward(Tensor x) {
        return Ops.linear(x, weight, bias);
    }

    public Tensor weight() {
        return weight;
    }

    /** The bias of shape (out,), or null when built with bias=False. */
    public Tensor bias() {
        return bias;
    }

    @Override
    protected String extraRepr() {
        return "in_features=" + inFeatures + ", out_features=" + outFeatures + ", bias=" + (bias != null ? "True" : "False");
    }
}
