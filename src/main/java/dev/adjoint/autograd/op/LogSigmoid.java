package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * log σ(a) = −log(1 + e^−a), computed without overflow on either side (binary_cross_entropy_with_logits
 * is built on it, and logits of ±800 are fine there); its slope σ(−a) = 1 − σ(a) is smooth, so
 * a logit of exactly 0 gets −½ as PyTorch does (a composite of |a| and relu would give 0 there).
 */
public final class LogSigmoid implements Op {
    static final LogSigmoid INSTANCE = new LogSigmoid();

    public String name() { return "log_sigmoid"; }

    public NDArray compute(NDArray[] in) {
        return in[0].map(x -> Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)))); // PyTorch's form: log σ(800) is 0, not −0
    }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.mul(g, slope(out))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], slope(out)); }

    private static Tensor slope(Tensor out) { return Ops.sigmoid(Ops.neg(out.input(0))); }

    public String torchName(Tensor out) { return "LogSigmoidBackward0"; }

    public int saved(Tensor out) { return 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "log σ(" + a[0] + ")"; }
}
