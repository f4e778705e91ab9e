package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/**
 * softshrink(x, λ) = x − λ above λ, x + λ below −λ, else 0; hardshrink(x, λ) = x where |x| > λ, else
 * 0. Both have slope 1 where |x| > λ and 0 elsewhere (SoftshrinkBackward0, HardshrinkBackward0).
 */
public final class Shrink extends Activation {
    private final double lambda;
    private final boolean soft;

    Shrink(double lambda, boolean soft) {
        this.lambda = lambda;
        this.soft = soft;
    }

    public String name() { return soft ? "softshrink" : "hardshrink"; }

    double value(double x) {
        if (x > lambda) return soft ? x - lambda : x;
        if (x < -lambda) return soft ? x + lambda : x;
        return 0;
    }

    Tensor slope(Tensor x) { return mask(x, v -> v > lambda || v < -lambda); }

    String torchBase() { return soft ? "SoftshrinkBackward0" : "HardshrinkBackward0"; }

    public String notation(String... a) { return name() + "(" + a[0] + ", " + lambda + ")"; }
}
