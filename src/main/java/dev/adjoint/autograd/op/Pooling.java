package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.MaxPoolKernel;
import dev.adjoint.ndarray.NDArray;

/**
 * 2-d max and average pooling of (N, C, H, W) images over the windows of {@link Patches}, as
 * PyTorch's CPU kernels compute them.
 */
public final class Pooling {
    private Pooling() {}

    /**
     * Max pooling: each window's largest entry (the first of equal ones; a NaN wins, the last NaN:
     * {@link MaxPoolKernel}), picked by position, so the gradient goes to the entry picked (PyTorch's
     * MaxPool2DWithIndicesBackward0). Returns the values and, as PyTorch's return_indices gives them,
     * the int64 indices of the picked entries within their (H, W) plane.
     */
    public static Tensor[] max(Tensor x, Patches p) {
        return max(x, p, "MaxPool2DWithIndicesBackward0");
    }

    /** {@link #max(Tensor, Patches)} whose node saves {@code options} (max_pool2d's arguments) and the indices (result1), as PyTorch's. */
    static Tensor[] max(Tensor x, Patches p, java.util.function.Consumer<SavedValues> options) {
        return max(x, p, "MaxPool2DWithIndicesBackward0", options, p.outHeight(), p.outWidth());
    }

    /** {@link #max(Tensor, Patches)} whose gradient node is shown as {@code torchName} (AdaptiveMaxPool2DBackward0). */
    public static Tensor[] max(Tensor x, Patches p, String torchName) {
        return max(x, p, torchName, p.outHeight(), p.outWidth());
    }

    /**
     * {@link #max(Tensor, Patches, String)} of (leading..., spatial...) whose planes p reads (a volume as
     * (D·H) × W, its indices then PyTorch's flat ones within the volume), shaped (leading..., {@code outSpatial}).
     */
    public static Tensor[] max(Tensor x, Patches p, String torchName, int... outSpatial) {
        return max(x, p, torchName, null, outSpatial);
    }

    private static Tensor[] max(Tensor x, Patches p, String torchName, java.util.function.Consumer<SavedValues> options, int... outSpatial) {
        int[] s = x.shape();
        int leading = s.length - outSpatial.length, planes = 1;
        for (int a = 0; a < leading; a++) planes *= s[a];
        int plane = p.height() * p.width(), l = p.positions();
        int[] picks = MaxPoolKernel.picks(x.value(), planes, p.windows());
        int[] positions = new int[planes * l];
        double[] indices = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i / l * plane + picks[i];
            indices[i] = picks[i];
        }
        int[] shape = new int[leading + outSpatial.length];
        System.arraycopy(s, 0, shape, 0, leading);
        System.arraycopy(outSpatial, 0, shape, leading, outSpatial.length);
        Tensor indexTensor = Tensor.constant(NDArray.adopt(indices, shape), DType.INT64);
        java.util.function.Consumer<SavedValues> saves = options == null ? null : into -> options.accept(into.tensor("result1", indexTensor));
        Tensor values = Tensor.apply(new Take(positions, shape, torchName, 1 | Op.CONSTANT, saves), x);
        return new Tensor[] {values, indexTensor};
    }

    /**
     * Average pooling: each window's sum (zero padding included) divided by {@code divisors}, one per
     * output position (PyTorch's pool size, count_include_pad or divisor_override decide it), one
     * {@link WindowAverage} node shown as {@code torchName} (AvgPool2DBackward0, AdaptiveAvgPool2DBackward0).
     */
    public static Tensor average(Tensor x, Patches p, double[] divisors, String torchName) {
        return average(x, p, divisors, torchName, p.outHeight(), p.outWidth());
    }

    /**
     * {@link #average} of (leading..., spatial...) whose planes p reads (a volume as (D·H) × W), shaped
     * (leading..., {@code outSpatial}); the leading axes are (N, C) or an unbatched input's (C).
     */
    public static Tensor average(Tensor x, Patches p, double[] divisors, String torchName, int... outSpatial) {
        return Tensor.apply(new WindowAverage(p, divisors, outSpatial.clone(), torchName, null), x);
    }
}
