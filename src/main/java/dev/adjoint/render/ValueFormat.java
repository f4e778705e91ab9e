package dev.adjoint.render;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.List;
import java.util.function.Function;

/** How the REPL shows a value of the language: tensors like NumPy, the rest like Python. */
public final class ValueFormat implements Function<Object, String> {
    private final int precision;

    public ValueFormat(int precision) {
        this.precision = precision;
    }

    public int precision() {
        return precision;
    }

    /** Python's str(): what print() shows; a string without its quotes. */
    @Override
    public String apply(Object v) {
        return v instanceof String s ? s : format(v);
    }

    /** Tuples nested deeper than this show as (...), as Python's reprlib does: the text stays linear in the value's size. */
    static final int MAX_NESTING = 100;

    /** Python's repr(): what an expression statement shows. */
    public String format(Object v) {
        return format(v, 0);
    }

    private String format(Object v, int depth) {
        if (v == null) return "None";
        if (v instanceof Tensor t) return TensorFormat.format(t.value(), precision);
        if (v instanceof NDArray a) return TensorFormat.format(a, precision);
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof String s) return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        if (v instanceof Double d) return Numbers.format(d, precision);
        if (v instanceof List<?> list) {
            if (depth >= MAX_NESTING) return "(...)";
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(format(list.get(i), depth + 1));
            }
            if (list.size() == 1) sb.append(',');
            return sb.append(')').toString();
        }
        return String.valueOf(v);
    }

    public String number(double v) {
        return Numbers.format(v, precision);
    }
}
