package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;

/**
 * Prints arrays like NumPy's repr without the "array(...)" wrapper: nested brackets, commas, all
 * elements right-aligned to one width, and large arrays summarised with edge items and "...".
 * The text re-parses as a tensor literal.
 */
public final class TensorFormat {
    private static final int THRESHOLD = 1000; // NumPy's summarisation threshold
    private static final int EDGE = 3;

    private TensorFormat() {}

    public static String format(NDArray a, int precision) {
        if (a.ndim() == 0) return Numbers.format(a.item(), precision);
        boolean summarise = a.size() > THRESHOLD;
        double[] flat = a.toArray();
        int[] shape = a.shape();
        int width = 0;
        for (double v : flat) width = Math.max(width, Numbers.format(v, precision).length());
        StringBuilder sb = new StringBuilder();
        write(sb, flat, shape, 0, 0, width, precision, summarise);
        return sb.toString();
    }

    /** One line for table cells: nested like the full form, each axis cut to its first items and "..." when large. */
    public static String oneLine(NDArray a, int precision, int maxItems) {
        if (a.ndim() == 0) return Numbers.format(a.item(), precision);
        StringBuilder sb = new StringBuilder();
        inline(sb, a.toArray(), a.shape(), 0, 0, precision, a.size() <= maxItems ? Integer.MAX_VALUE : 2);
        return sb.toString();
    }

    private static void inline(StringBuilder sb, double[] flat, int[] shape, int axis, int base, int precision, int keep) {
        int stride = 1;
        for (int i = axis + 1; i < shape.length; i++) stride *= shape[i];
        sb.append('[');
        int n = Math.min(shape[axis], keep);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(", ");
            if (axis == shape.length - 1) sb.append(Numbers.format(flat[base + i], precision));
            else inline(sb, flat, shape, axis + 1, base + i * stride, precision, keep);
        }
        if (shape[axis] > n) sb.append(", ...");
        sb.append(']');
    }

    private static void write(StringBuilder sb, double[] flat, int[] shape, int axis, int base, int width, int precision, boolean summarise) {
        int n = shape[axis];
        int stride = 1;
        for (int i = axis + 1; i < shape.length; i++) stride *= shape[i];
        sb.append('[');
        String indent = " ".repeat(axis + 1);
        for (int i = 0; i < n; i++) {
            if (summarise && n > 2 * EDGE && i == EDGE) {
                sb.append(axis == shape.length - 1 ? "..., " : "...,\n" + indent);
                i = n - EDGE;
            }
            if (axis == shape.length - 1) {
                sb.append(Text.padLeft(Numbers.format(flat[base + i], precision), width));
            } else {
                write(sb, flat, shape, axis + 1, base + i * stride, width, precision, summarise);
            }
            if (i < n - 1) {
                sb.append(',');
                if (axis == shape.length - 1) sb.append(' ');
                else sb.append("\n".repeat(shape.length - axis - 1)).append(indent);
            }
        }
        sb.append(']');
    }
}
