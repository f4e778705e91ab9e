package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** leaky_relu: a where a > 0, else slope·a; its slope is the constant 1 or {@code slope} by the input's sign (PyTorch's LeakyReluBackward0). */
public final class LeakyRelu implements Op {
    private final double slope;

    LeakyRelu(double slope) {
        this.slope = slope;
    }

    public String name() { return "leaky_relu"; }

    public NDArray compute(NDArray[] in) { return in[0].map(v -> v > 0 ? v : v * slope); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.named("LeakyReluBackwardBackward0", Mul.INSTANCE, g, slopes(out.input(0)))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], slopes(out.input(0))); }

    /** 1 where the input is positive, else the slope: a constant, so the second derivative is 0 (as PyTorch's). */
    private Tensor slopes(Tensor x) {
        return Tensor.constant(x.value().map(v -> v > 0 ? 1 : slope));
    }

    public String torchName(Tensor out) { return "LeakyReluBackward0"; }

    public void savedValues(Tensor out, SavedValues into) { into.scalar("negative_slope", slope); }

    public int saved(Tensor out) { return 1; }

    public String notation(String... a) { return "leaky_relu(" + a[0] + ", " + slope + ")"; }
}
