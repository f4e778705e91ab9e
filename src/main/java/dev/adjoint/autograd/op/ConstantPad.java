package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * F.pad's constant mode (PyTorch's constant_pad_nd, ConstantPadNdBackward0): each axis gets
 * {@code before[i]} and {@code after[i]} entries of {@code value} (a negative count crops). Its
 * gradient is the same padding reversed with 0 (a crop, or zeros where it cropped), so it is
 * linear and differentiates again.
 */
public final class ConstantPad implements Op {
    private final int[] before, after;
    private final double value;

    ConstantPad(int[] before, int[] after, double value) {
        this.before = before;
        this.after = after;
        this.value = value;
    }

    /** The padded shape; a negative size is PyTorch's error. */
    static int[] paddedShape(int[] shape, int[] before, int[] after) {
        int[] out = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = shape[i] + before[i] + after[i];
            if (out[i] < 0)
                throw new dev.adjoint.autograd.AutogradException("The input size " + shape[i] + ", plus negative padding " + before[i] + " and " + after[i]
                        + " resulted in a negative output size, which is invalid. Check dimension " + i + " of your input.");
        }
        return out;
    }

    public String name() { return "pad"; }

    public NDArray compute(NDArray[] in) {
        NDArray x = in[0];
        int[] shape = x.shape(), out = paddedShape(shape, before, after);
        double[] src = x.toArray(), dst = new double[dev.adjoint.ndarray.Shapes.size(out)];
        java.util.Arrays.fill(dst, value);
        int n = shape.length;
        int[] index = new int[n], outStride = new int[n];
        for (int d = n - 1, stride = 1; d >= 0; stride *= out[d], d--) outStride[d] = stride;
        for (int k = 0; k < src.length; k++) {
            int flat = 0;
            boolean inside = true;
            for (int d = 0; d < n; d++) {
                int at = index[d] + before[d];
                inside &= at >= 0 && at < out[d];
                flat += at * outStride[d];
            }
            if (inside) dst[flat] = src[k];
            for (int d = n - 1; d >= 0 && ++index[d] == shape[d]; d--) index[d] = 0; // the next source index, row-major
        }
        return NDArray.of(dst, out);
    }

    private static int[] negated(int[] a) {
        int[] n = new int[a.length];
        for (int i = 0; i < a.length; i++) n[i] = -a[i];
        return n;
    }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Tensor.apply(new ConstantPad(negated(before), negated(after), 0), g)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.apply(new ConstantPad(before, after, 0), t[0]); }

    public String torchName(Tensor out) { return "ConstantPadNdBackward0"; }

    public boolean isLinear() { return value == 0; }

    public String notation(String... a) { return "pad(" + a[0] + ")"; }
}
