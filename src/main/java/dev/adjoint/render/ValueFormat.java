package dev.adjoint.render;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.TrackedNumber;
import dev.adjoint.ndarray.NDArray;
import java.util.function.Function;

/**
 * How the REPL shows a value of the language (the echo of an expression statement, :vars):
 * Python's repr for Python values ({@code 0.3333333333333333}, {@code [1, 2]}), and tensors and
 * the lecture's tracked numbers in adjoint's display with --precision ({@code 11.652}).
 */
public final class ValueFormat implements Function<Object, String> {
    private final int precision;

    public ValueFormat(int precision) {
        this.precision = precision;
    }

    public int precision() {
        return precision;
    }

    /** Python's str(): a string without its quotes. */
    @Override
    public String apply(Object v) {
        return v instanceof String s ? s : format(v);
    }

    /** Python's repr(), tensors and tracked numbers shown by adjoint. */
    public String format(Object v) {
        if (v instanceof NDArray a) return TensorFormat.format(a, precision);
        return Repr.repr(v, this::display);
    }

    /**
     * How a notebook shows a cell's value, as IPython does: Python's repr (PyTorch's for a tensor,
     * {@code tensor([-12.,  65.], grad_fn=<SubBackward0>)}, NumPy's for an array), where a reader
     * of a tutorial compares it with the tutorial's; the lecture's tracked numbers as at the prompt.
     */
    public String notebook(Object v) {
        return v instanceof TrackedNumber ? display(v) : Repr.repr(v);
    }

    private String display(Object v) {
        if (v instanceof Tensor t && t.isNeedle()) return Repr.repr(t); // needle's repr, as Python's REPL shows it
        if (v instanceof Tensor t) return TensorFormat.format(t.value(), precision);
        return Numbers.format(PyNumbers.approx(((TrackedNumber) v).value()), precision);
    }

    public String number(double v) {
        return Numbers.format(v, precision);
    }
}
