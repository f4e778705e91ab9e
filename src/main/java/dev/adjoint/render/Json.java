package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the commands' stable output: maps keep their order, arrays of doubles
 * become nested lists, numbers keep full precision.
 */
public final class Json {
    private Json() {}

    public static String write(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v) {
        if (v == null) sb.append("null");
        else if (v instanceof String s) string(sb, s);
        else if (v instanceof Boolean b) sb.append(b);
        else if (v instanceof Double d) sb.append(Numbers.json(d));
        else if (v instanceof Integer || v instanceof Long) sb.append(v);
        else if (v instanceof NDArray a) array(sb, a.toArray(), a.shape(), 0, 0);
        else if (v instanceof int[] ints) {
            sb.append('[');
            for (int i = 0; i < ints.length; i++) sb.append(i > 0 ? "," : "").append(ints[i]);
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                dev.adjoint.ndarray.ComputationInterrupted.pollEvery(i); // Ctrl-C while writing the nodes of a huge graph
                if (i > 0) sb.append(',');
                write(sb, l.get(i));
            }
            sb.append(']');
        } else string(sb, String.valueOf(v));
    }

    /** Nested lists for an array; a 0-d array is a plain number. */
    private static void array(StringBuilder sb, double[] flat, int[] shape, int axis, int base) {
        if (shape.length == 0) {
            sb.append(Numbers.json(flat[0]));
            return;
        }
        int stride = 1;
        for (int i = axis + 1; i < shape.length; i++) stride *= shape[i];
        sb.append('[');
        for (int i = 0; i < shape[axis]; i++) {
            if (i > 0) sb.append(',');
            if (axis == shape.length - 1) sb.append(Numbers.json(flat[base + i]));
            else array(sb, flat, shape, axis + 1, base + i * stride);
        }
        sb.append(']');
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
