package dev.adjoint.autograd.op;

import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;

/**
 * gelu(x) = x·Φ(x) with Φ the standard normal's distribution function (approximate='none'), or
 * PyTorch's tanh approximation 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))) (approximate='tanh');
 * both as PyTorch 1.13's CPU kernel writes them (GeluBackward0).
 */
public final class Gelu extends Activation {
    static final Gelu EXACT = new Gelu(false);
    static final Gelu TANH = new Gelu(true);
    private static final double KAPPA = 0.044715, BETA = Math.sqrt(2) * (2 / Math.sqrt(Math.PI)) * 0.5; // PyTorch's kBeta = M_SQRT2 * M_2_SQRTPI * 0.5
    private final boolean tanh;

    /** GeluBackward0's approximate, as given. */
    public void savedValues(Tensor out, SavedValues into) { into.text("approximate", tanh ? "tanh" : "none"); }

    private Gelu(boolean tanh) {
        this.tanh = tanh;
    }

    public String name() { return "gelu"; }

    double value(double x) {
        if (tanh) return 0.5 * x * (1 + Sleef.tanh(BETA * Math.fma(KAPPA, x * x * x, x))); // 1.13's kernel fuses x + κx³
        return x * 0.5 * (1 + Sleef.erf(x * Math.sqrt(0.5)));
    }

    /** exact: Φ(x) + x·φ(x); tanh: 0.5·(1 + t) + 0.5·x·(1 − t²)·β·(1 + 3κx²) with t the tanh above. */
    Tensor slope(Tensor x) {
        if (tanh) {
            Tensor t = Ops.tanh(Ops.mul(Ops.add(x, Ops.mul(Ops.pow(x, 3), Ops.scalar(KAPPA))), Ops.scalar(BETA)));
            Tensor inner = Ops.mul(Ops.add(Ops.scalar(1), Ops.mul(Ops.square(x), Ops.scalar(3 * KAPPA))), Ops.scalar(BETA));
            Tensor left = Ops.mul(Ops.add(Ops.scalar(1), t), Ops.scalar(0.5));
            return Ops.add(left, Ops.mul(Ops.mul(Ops.mul(x, Ops.scalar(0.5)), Ops.sub(Ops.scalar(1), Ops.square(t))), inner));
        }
        Tensor cdf = Ops.mul(Ops.add(Ops.scalar(1), Ops.erf(Ops.mul(x, Ops.scalar(Math.sqrt(0.5))))), Ops.scalar(0.5));
        Tensor pdf = Ops.mul(Ops.exp(Ops.mul(Ops.square(x), Ops.scalar(-0.5))), Ops.scalar(1 / Math.sqrt(2 * Math.PI)));
        return Ops.add(cdf, Ops.mul(x, pdf));
    }

    String torchBase() { return "GeluBackward0"; }

    public String notation(String... a) { return "gelu(" + a[0] + (tanh ? ", 'tanh')" : ")"); }
}
