package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;

/**
 * hardtanh(x) = x clamped to [min, max] (relu6 is hardtanh(0, 6)); its slope is 1 strictly inside
 * and 0 at and beyond the bounds, as PyTorch's hardtanh_backward (clamp's counts the bounds in).
 */
public final class Hardtanh extends Activation {
    private final double min, max;

    Hardtanh(double min, double max) {
        this.min = min;
        this.max = max;
    }

    public String name() { return "hardtanh"; }

    double value(double x) { return x < min ? min : x > max ? max : x; }

    Tensor slope(Tensor x) { return mask(x, v -> v > min && v < max); }

    String torchBase() { return "HardtanhBackward0"; }

    /** Integer tensors stay integer, as PyTorch's clamp-based kernel keeps them. */
    public DType dtype(Tensor[] in) { return in[0].dtype(); }

    public String notation(String... a) { return "hardtanh(" + a[0] + ", " + min + ", " + max + ")"; }
}
