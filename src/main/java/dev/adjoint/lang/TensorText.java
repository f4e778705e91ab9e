package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Locale;

/**
 * How print(), str() and repr() show a tensor: PyTorch 1.13's text with the default dtype set to
 * float64 ({@code tensor([1., 2.], requires_grad=True)}, {@code tensor(0.5000, grad_fn=<MulBackward0>)}).
 * The REPL's echo does not come here: it shows tensors in adjoint's display (--precision).
 */
public final class TensorText {
    private static final int LINE_WIDTH = 80, THRESHOLD = 1000, EDGE = 3;

    private TensorText() {}

    public static String repr(Tensor t) {
        StringBuilder sb = new StringBuilder("tensor(");
        sb.append(values(t.value(), "tensor(".length()));
        if (!t.isLeaf()) sb.append(", grad_fn=").append(new GradFn(t.op()));
        else if (t.requiresGrad()) sb.append(", requires_grad=True");
        return sb.append(')').toString();
    }

    public static String str(Tensor t) {
        return repr(t);
    }

    /** The numbers of an array as PyTorch's _tensor_str lays them out, continuation lines indented by {@code indent}. */
    static String values(NDArray a, int indent) {
        double[] flat = a.toArray();
        boolean summarize = flat.length > THRESHOLD;
        Format f = Format.of(flat);
        if (a.ndim() == 0) return f.format(flat[0]);
        int width = 0;
        for (double v : flat) width = Math.max(width, f.format(v).length());
        StringBuilder sb = new StringBuilder();
        write(sb, flat, a.shape(), 0, 0, width, f, indent + 1, summarize);
        return sb.toString();
    }

    private static void write(StringBuilder sb, double[] flat, int[] shape, int axis, int base, int width, Format f, int indent, boolean summarize) {
        int n = shape[axis];
        int stride = 1;
        for (int i = axis + 1; i < shape.length; i++) stride *= shape[i];
        sb.append('[');
        if (axis == shape.length - 1) {
            int perLine = Math.max(1, (LINE_WIDTH - indent) / (width + 2));
            int onLine = 0;
            for (int i = 0; i < n; i++) {
                if (summarize && n > 2 * EDGE && i == EDGE) {
                    sb.append(" ...,");
                    i = n - EDGE;
                }
                if (i > 0) {
                    if (onLine == perLine) {
                        sb.append('\n').append(" ".repeat(indent));
                        onLine = 0;
                    } else if (!(summarize && n > 2 * EDGE && i == n - EDGE)) {
                        sb.append(' ');
                    } else {
                        sb.append(' ');
                    }
                }
                String s = f.format(flat[base + i]);
                sb.append(" ".repeat(width - s.length())).append(s);
                if (i < n - 1) sb.append(',');
                onLine++;
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (summarize && n > 2 * EDGE && i == EDGE) {
                    sb.append("...,\n").append("\n".repeat(shape.length - axis - 2)).append(" ".repeat(indent + axis + 1));
                    i = n - EDGE;
                }
                write(sb, flat, shape, axis + 1, base + i * stride, width, f, indent, summarize);
                if (i < n - 1) sb.append(',').append("\n".repeat(shape.length - axis - 1)).append(" ".repeat(indent + axis + 1));
            }
        }
        sb.append(']');
    }

    /** PyTorch's _Formatter: whole numbers as "2.", else 4 decimals, scientific when the magnitudes call for it. */
    private record Format(boolean intMode, boolean sci) {
        static Format of(double[] values) {
            boolean intMode = true, any = false;
            double max = 0, min = Double.MAX_VALUE;
            for (double v : values) {
                if (!Double.isFinite(v) || v == 0) continue;
                any = true;
                double a = Math.abs(v);
                max = Math.max(max, a);
                min = Math.min(min, a);
                if (v != Math.ceil(v)) intMode = false;
            }
            if (!any) return new Format(true, false);
            boolean sci = intMode ? (max / min > 1000 || max > 1e8) : (max / min > 1000 || max > 1e8 || min < 1e-4);
            return new Format(intMode, sci);
        }

        String format(double v) {
            if (Double.isNaN(v)) return "nan";
            if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
            if (sci) return FormatSpec.format(v, ".4e");
            if (intMode) return String.format(Locale.ROOT, "%.0f", v) + ".";
            return FormatSpec.format(v, ".4f");
        }
    }
}
