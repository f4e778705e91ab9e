package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.FloatRepr;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * NumPy 1.24's text of an array (numpy/core/arrayprint.py with the print options in force,
 * {@link NpPrintOptions}; by default precision 8, floatmode 'maxprec', linewidth 75, threshold
 * 1000, edgeitems 3): {@code array([1. , 2.5])} for repr, {@code [1.  2.5]} for str. Floats get
 * one common format per array ({@link FloatFormat}), padded to a common width; rows wrap at the
 * line width under the opening bracket; arrays of more than threshold elements show their first
 * and last edgeitems items around "...".
 */
final class ArrayText {
    private ArrayText() {}

    /** repr(a): {@code array([1., 2.])}, with {@code dtype=float32} where the type is not implied. */
    static String repr(NDArray a, NpType type) {
        boolean showType = type != NpType.FLOAT64 && type != NpType.INT64 && type != NpType.BOOL || a.size() == 0;
        String prefix = "array(", suffix = showType ? "," : ")";
        NpPrintOptions options = NpPrintOptions.current();
        String body;
        if (a.size() > 0 || a.ndim() == 1) body = text(a, type, ", ", prefix, options.lineWidth() - suffix.length(), options);
        else body = "[], shape=" + shapeRepr(a.shape());
        String s = prefix + body + suffix;
        if (!showType) return s;
        String dtype = "dtype=" + type.name + ")";
        int lastLine = s.length() - (s.lastIndexOf('\n') + 1);
        return s + (lastLine + dtype.length() + 1 > options.lineWidth() ? "\n" + " ".repeat(prefix.length()) : " ") + dtype;
    }

    /** str(a) and print(a): {@code [1. 2.]}; a 0-d array prints as its number. */
    static String str(NDArray a, NpType type) {
        if (a.ndim() == 0) return scalarStr(a.item(), type);
        NpPrintOptions options = NpPrintOptions.current();
        return text(a, type, " ", "", options.lineWidth(), options);
    }

    /** np.array2string of a 0-d array: one element in the array format ({@code 0.1}, not the scalar's 0.10000000000000009). */
    static String formatted(double v, NpType type) {
        NpPrintOptions options = NpPrintOptions.current();
        return text(NDArray.scalar(v), type, " ", "", options.lineWidth(), options);
    }

    /** How NumPy prints one element on its own (a 0-d array's str, np.float32's str). */
    static String scalarStr(double v, NpType type) {
        if (type.isInteger()) return NpArray.python(v, type).toString();
        return switch (type) {
            case BOOL -> v != 0 ? "True" : "False";
            case FLOAT32 -> float32Repr((float) v);
            default -> FloatRepr.repr(v);
        };
    }

    /** Python's repr rules for a float32's shortest digits (np.float32(0.1) prints 0.1). */
    private static String float32Repr(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f) || f == Math.rint(f) && Math.abs(f) < 1e16) return FloatRepr.repr(f);
        java.math.BigDecimal d = Digits.shortest(f, true);
        return FloatRepr.repr(d.doubleValue() * Math.signum(f)); // the shortest float32 digits are short as a double too
    }

    /** "(2, 0)", "(0,)": a shape as a Python tuple. */
    static String shapeRepr(int[] shape) {
        return shapeRepr(shape, ", ");
    }

    /** A shape as NumPy's C messages write it, without spaces: "(2,3)", "(3,)" ("could not broadcast input array from shape (2,3) ..."). */
    static String compactShape(int[] shape) {
        return shapeRepr(shape, ",");
    }

    private static String shapeRepr(int[] shape, String separator) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) sb.append(i > 0 ? separator : "").append(shape[i]);
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    private static String text(NDArray a, NpType type, String separator, String prefix, int width, NpPrintOptions options) {
        if (a.size() == 0) return "[]";
        double[] values = a.toArray();
        boolean summary = options.summarises(a.size());
        int edgeItems = options.edgeItems();
        DoubleFunction<String> format = formatFor(summary ? edges(values, a.shape(), edgeItems) : values, type, a.ndim() == 0, options);
        return new Layout(values, a.shape(), format, separator, summary, edgeItems).format(" " + " ".repeat(prefix.length()), width);
    }

    private static DoubleFunction<String> formatFor(double[] data, NpType type, boolean zeroD, NpPrintOptions options) {
        Object custom = options.formatterFor(type.kind == NpType.Kind.BOOL ? "bool" : type.kind == NpType.Kind.FLOAT ? "float" : "int");
        if (custom != null) return v -> dev.adjoint.lang.Values.str(options.caller().call(custom, new java.util.ArrayList<>(List.of(NpArray.scalar(v, type)))));
        return switch (type.kind) {
            case BOOL -> v -> v != 0 ? (zeroD ? "True" : " True") : "False";
            case SIGNED, UNSIGNED -> {
                int w = 0;
                for (double v : data) w = Math.max(w, NpArray.python(v, type).toString().length());
                String f = "%" + w + "s";
                yield v -> String.format(f, NpArray.python(v, type));
            }
            case FLOAT -> new FloatFormat(data, type == NpType.FLOAT32, options)::format;
        };
    }

    /** The items a summarised array shows (its first and last EDGE_ITEMS along every axis): the format is fitted to them only. */
    private static double[] edges(double[] values, int[] shape, int edgeItems) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        int[] strides = Shapes.rowMajorStrides(shape);
        int[] idx = new int[shape.length];
        int n = values.length;
        for (int flat = 0; flat < n; flat++) {
            int rest = flat;
            boolean shown = true;
            for (int d = 0; d < shape.length; d++) {
                idx[d] = rest / strides[d];
                rest %= strides[d];
                if (shape[d] > 2 * edgeItems && idx[d] >= edgeItems && idx[d] < shape[d] - edgeItems) shown = false;
            }
            if (shown) out.add(values[flat]);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** NumPy's _formatArray: rows, wrapping and summarising, axis by axis (its recursion depth is the number of axes). */
    private record Layout(double[] values, int[] shape, DoubleFunction<String> format, String separator, boolean summary, int edgeItems) {
        String format(String hangingIndent, int width) {
            return block(0, 0, hangingIndent, width);
        }

        private String block(int axis, int offset, String hangingIndent, int width) {
            if (axis == shape.length) return format.apply(values[offset]);
            int stride = 1;
            for (int d = axis + 1; d < shape.length; d++) stride *= shape[d];
            String nextIndent = hangingIndent + " ";
            int nextWidth = width - 1, n = shape[axis];
            boolean showSummary = summary && 2 * edgeItems < n;
            int leading = showSummary ? edgeItems : 0, trailing = showSummary ? edgeItems : n;
            StringBuilder s = new StringBuilder();
            int axesLeft = shape.length - axis;
            if (axesLeft == 1) {
                int elemWidth = width - Math.max(separator.stripTrailing().length(), 1);
                StringBuilder line = new StringBuilder(hangingIndent);
                for (int i = 0; i < leading; i++) {
                    extend(s, line, block(axis + 1, offset + i * stride, nextIndent, nextWidth), elemWidth, hangingIndent);
                    line.append(separator);
                }
                if (showSummary) {
                    extend(s, line, "...", elemWidth, hangingIndent);
                    line.append(separator);
                }
                for (int i = trailing; i > 1; i--) {
                    extend(s, line, block(axis + 1, offset + (n - i) * stride, nextIndent, nextWidth), elemWidth, hangingIndent);
                    line.append(separator);
                }
                extend(s, line, block(axis + 1, offset + (n - 1) * stride, nextIndent, nextWidth), elemWidth, hangingIndent);
                s.append(line);
            } else {
                String lineSep = separator.stripTrailing() + "\n".repeat(axesLeft - 1);
                for (int i = 0; i < leading; i++)
                    s.append(hangingIndent).append(block(axis + 1, offset + i * stride, nextIndent, nextWidth)).append(lineSep);
                if (showSummary) s.append(hangingIndent).append("...").append(lineSep);
                for (int i = trailing; i > 1; i--)
                    s.append(hangingIndent).append(block(axis + 1, offset + (n - i) * stride, nextIndent, nextWidth)).append(lineSep);
                s.append(hangingIndent).append(block(axis + 1, offset + (n - 1) * stride, nextIndent, nextWidth));
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        /** NumPy's _extendLine(_pretty): a word that would pass the width starts a new line (unless the line holds nothing yet). */
        private static void extend(StringBuilder s, StringBuilder line, String word, int width, String nextLinePrefix) {
            boolean wrap = line.length() + word.length() > width && line.length() > nextLinePrefix.length();
            if (wrap) {
                s.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
                line.append(nextLinePrefix);
            }
            line.append(word);
        }
    }
}
