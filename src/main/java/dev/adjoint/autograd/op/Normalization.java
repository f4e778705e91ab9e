package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.BatchNormKernel;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.scope.Scope;
import java.util.Arrays;

/**
 * PyTorch's batch_norm, layer_norm and group_norm: (x − mean) / sqrt(var + eps), the variance biased, then
 * scaled by {@code weight} and shifted by {@code bias} (either may be null), shown as
 * NativeBatchNormBackward0 / NativeLayerNormBackward0.
 */
public final class Normalization {
    private Normalization() {}

    /**
     * batch_norm of x (N, C, ...) per channel C. In training: the batch's statistics over every axis
     * but 1, and the running statistics (when given) updated in place without recording, as PyTorch
     * does: running = (1 − momentum)·running + momentum·batch, the running variance from the
     * unbiased batch variance. Otherwise: the running statistics.
     */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias, boolean training, double momentum, double eps) {
        Ops.requireFloating("batch_norm", x.dtype());
        int c = x.shape()[1];
        for (Tensor t : new Tensor[] {runningMean, runningVar, weight, bias})
            if (t != null && t.value().size() != c)
                throw new AutogradException(name(t, runningMean, runningVar, weight) + " should contain " + c + " elements not " + t.value().size());
        int[] axes = new int[x.ndim() - 1], perChannel = new int[x.ndim()];
        for (int i = 0, k = 0; i < x.ndim(); i++) if (i != 1) axes[k++] = i;
        Arrays.fill(perChannel, 1);
        perChannel[1] = c;
        NDArray fixedMean = null, fixedVar = null;
        if (training || runningMean == null) {
            if (training && runningMean != null) updateRunning(runningMean, runningVar, BatchNormKernel.collect(x.value()), x.value().size() / c, momentum);
        } else {
            fixedMean = runningMean.value().reshape(perChannel);
            fixedVar = runningVar.value().reshape(perChannel);
        }
        NativeNorm op = new NativeNorm(axes, perChannel, eps, fixedMean, fixedVar, "NativeBatchNormBackward0", weight != null,
                new NativeNorm.Running(runningMean, runningVar, training));
        return Tensor.apply(op, x, orConstant(weight, NDArray.ones(c)), orConstant(bias, NDArray.zeros(c)));
    }

    private static String name(Tensor t, Tensor runningMean, Tensor runningVar, Tensor weight) {
        return t == runningMean ? "running_mean" : t == runningVar ? "running_var" : t == weight ? "weight" : "bias";
    }

    /** PyTorch's update: momentum·batch + (1 − momentum)·running, the batch variance unbiased: Σ(x − mean)² / (count − 1). */
    private static void updateRunning(Tensor runningMean, Tensor runningVar, double[][] stats, int count, double momentum) {
        double[] mean = runningMean.value().toArray(), var = runningVar.value().toArray();
        for (int i = 0; i < mean.length; i++) {
            mean[i] = momentum * stats[0][i] + (1 - momentum) * mean[i];
            var[i] = momentum * (stats[1][i] / (count - 1)) + (1 - momentum) * var[i];
        }
        int[] s = runningMean.shape();
        try (Scope ignored = GradMode.noGrad()) {
            InPlace.copy(runningMean, Tensor.constant(NDArray.of(mean, s)));
            InPlace.copy(runningVar, Tensor.constant(NDArray.of(var, s)));
        }
    }

    /** layer_norm over the last axes (their sizes {@code normalizedShape}), with weight and bias of that shape. */
    public static Tensor layerNorm(Tensor x, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        Ops.requireFloating("LayerNormKernelImpl", x.dtype());
        int[] s = x.shape();
        int k = normalizedShape.length;
        if (s.length < k || !Arrays.equals(Arrays.copyOfRange(s, s.length - k, s.length), normalizedShape))
            throw new AutogradException("Given normalized_shape=" + Arrays.toString(normalizedShape) + ", expected input with shape [*, "
                    + Arrays.toString(normalizedShape).substring(1) + ", but got input of size" + Arrays.toString(s));
        for (Tensor t : new Tensor[] {weight, bias})
            if (t != null && !Arrays.equals(t.shape(), normalizedShape))
                throw new AutogradException("Expected " + (t == weight ? "weight" : "bias") + " to be of same shape as normalized_shape, but got "
                        + (t == weight ? "weight" : "bias") + " of shape " + Arrays.toString(t.shape()) + " and normalized_shape = " + Arrays.toString(normalizedShape));
        int[] axes = new int[k];
        for (int i = 0; i < k; i++) axes[i] = s.length - k + i;
        NativeNorm op = new NativeNorm(axes, normalizedShape, eps, null, null, "NativeLayerNormBackward0", weight != null);
        return Tensor.apply(op, x, orConstant(weight, NDArray.ones(normalizedShape)), orConstant(bias, NDArray.zeros(normalizedShape)));
    }

    /**
     * group_norm of x (N, C, ...): the channels split into {@code groups} groups, each sample's group
     * normalised with its own mean and biased variance, then weight and bias per channel; shown as
     * PyTorch's NativeGroupNormBackward0 (its last step, the shift, under that name).
     */
    public static Tensor groupNorm(Tensor x, int groups, Tensor weight, Tensor bias, double eps) {
        Ops.requireFloating("GroupNormKernelImpl", x.dtype());
        int[] s = x.shape();
        int n = s[0], c = s[1];
        if (c % groups != 0)
            throw new AutogradException("Expected number of channels in input to be divisible by num_groups, but got input of shape " + Arrays.toString(s)
                    + " and num_groups=" + groups);
        for (Tensor t : new Tensor[] {weight, bias})
            if (t != null && (t.ndim() != 1 || t.shape()[0] != c))
                throw new AutogradException("Expected " + (t == weight ? "weight" : "bias") + " to be a vector of size equal to the number of channels in input, but got "
                        + (t == weight ? "weight" : "bias") + " of shape " + Arrays.toString(t.shape()) + " and input of shape " + Arrays.toString(s));
        int[] grouped = {n, groups, x.value().size() / Math.max(n * groups, 1)}, perChannel = new int[s.length];
        Arrays.fill(perChannel, 1);
        perChannel[1] = c;
        NativeNorm op = new NativeNorm(new int[] {2}, new int[] {1, 1, 1}, eps, null, null, "NativeGroupNormBackward0");
        Tensor normed = Ops.reshape(Tensor.apply(op, Ops.reshape(x, grouped), Tensor.constant(NDArray.ones(1)), Tensor.constant(NDArray.zeros(1))), s);
        Tensor scaled = Ops.mul(normed, Ops.reshape(orConstant(weight, NDArray.ones(c)), perChannel));
        return Ops.named("NativeGroupNormBackward0", Add.INSTANCE, scaled, Ops.reshape(orConstant(bias, NDArray.zeros(c)), perChannel));
    }

    /** An absent weight or bias as the constant that changes nothing (None in next_functions, as PyTorch's). */
    private static Tensor orConstant(Tensor t, NDArray value) {
        return t != null ? t : Tensor.constant(value);
    }
}
