package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.nn.init.Init;
import dev.adjoint.random.NumpyRandom;

/**
 * y = x W + b with W of shape (in, out), as needle stores it (PyTorch stores Wᵀ). needle's init:
 * W = kaiming_uniform(in, out), b = kaiming_uniform(out, 1) reshaped to (1, out); drawn from
 * {@code rng} in that order, so a seeded NumPy generator gives needle's values.
 */
public final class Linear extends Module {
    private final int inFeatures, outFeatures;
    private final Tensor weight, bias;

    public Linear(int inFeatures, int outFeatures, boolean bias, NumpyRandom rng) {
        if (inFeatures <= 0 || outFeatures <= 0)
            throw new IllegalArgumentException("Linear needs positive sizes, got in_features=" + inFeatures + ", out_features=" + outFeatures);
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        this.weight = registerParameter("weight", Parameter.of(Init.kaimingUniform(rng, inFeatures, outFeatures)));
        this.bias = bias
                ? registerParameter("bias", Parameter.of(Init.kaimingUniform(rng, outFeatures, 1).value().reshape(1, outFeatures)))
                : null;
    }

    public Linear(int inFeatures, int outFeatures, NumpyRandom rng) {
        this(inFeatures, outFeatures, true, rng);
    }

    @Override
    public Tensor forward(Tensor x) {
        int[] s = x.shape();
        if (s.length == 0 || s[s.length - 1] != inFeatures)
            throw new IllegalArgumentException("Linear(" + inFeatures + ", " + outFeatures + ") needs inputs whose last axis has "
                    + inFeatures + " features, got shape " + dev.adjoint.ndarray.Shapes.str(s));
        Tensor y = Ops.matmul(x, weight);
        return bias == null ? y : Ops.add(y, bias);
    }

    public Tensor weight() {
        return weight;
    }

    /** The bias of shape (1, out), or null when built with bias=false. */
    public Tensor bias() {
        return bias;
    }

    public int inFeatures() {
        return inFeatures;
    }

    public int outFeatures() {
        return outFeatures;
    }

    @Override
    protected String extraRepr() {
        return "in_features=" + inFeatures + ", out_features=" + outFeatures + ", bias=" + pyBool(bias != null);
    }
}
