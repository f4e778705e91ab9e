package dev.adjoint.optim;

/**
 * One element of PyTorch's CPU kernels as torch.optim's updates call them, rounded as those kernels
 * round: their multiply-adds are compiled to fused multiply-adds (one rounding), so
 * {@code self.add_(other, alpha=a)} is fma(a, other, self) and {@code self.addcmul_(t1, t2, value=v)}
 * is fma(v·t1, t2, self), while {@code addcdiv_} divides last (no fusing). Checked against
 * PyTorch 1.13: SGD with momentum, Adam, Adadelta and RAdam states over hundreds of steps agree
 * bit for bit only so (two roundings drift by an ulp within a few steps).
 */
final class TorchKernels {
    private TorchKernels() {}

    /** self.add(other, alpha=alpha). */
    static double add(double self, double alpha, double other) {
        return Math.fma(alpha, other, self);
    }

    /** self.addcmul(t1, t2, value=value). */
    static double addcmul(double self, double value, double t1, double t2) {
        return Math.fma(value * t1, t2, self);
    }

    /** self.addcdiv(t1, t2, value=value). */
    static double addcdiv(double self, double value, double t1, double t2) {
        return self + value * t1 / t2;
    }
}
