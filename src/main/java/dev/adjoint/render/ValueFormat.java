package dev.adjoint.render;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.TrackedNumber;
import dev.adjoint.session.EchoStyle;
import dev.adjoint.ndarray.NDArray;
import java.util.function.Function;

/**
 * How the REPL shows a value of the language: the echo of an expression statement ({@link #echo},
 * Python's REPL's rule), and :vars' value column ({@link #format}: Python's repr for Python
 * values, tensors and the lecture's tracked numbers in adjoint's display with --precision, {@code 11.652}).
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

    /** Python's repr(), tensors and tracked numbers shown by adjoint, also inside containers (:vars' column). */
    public String format(Object v) {
        if (v instanceof NDArray a) return display(a);
        return Repr.repr(v, this::display);
    }

    /**
     * The echo of an expression statement, one rule for the prompt, pipes, -e and the notebook,
     * Python's REPL's: repr for Python values, a container's items by repr too; a tensor as
     * PyTorch's repr or adjoint's display, and the lecture's tracked numbers as Python's repr or
     * adjoint's display, as {@code style} says; needle's repr for a needle tensor.
     */
    public String echo(Object v, EchoStyle style) {
        return displays(v, style) ? display(v) : Repr.repr(v);
    }

    /** Whether {@link #echo} shows {@code v} in adjoint's display, not as a repr (a notebook adds the tensor's table then). */
    public static boolean displays(Object v, EchoStyle style) {
        return v instanceof TrackedNumber && !style.pythonNumbers() || v instanceof NDArray
                || v instanceof Tensor t && !t.isNeedle() && !style.torchRepr();
    }

    private String display(Object v) {
        if (v instanceof NDArray a) return TensorFormat.format(a, precision);
        if (v instanceof Tensor t && t.isNeedle()) return Repr.repr(t); // needle's repr, as Python's REPL shows it
        if (v instanceof Tensor t) return TensorFormat.format(t.value(), precision);
        return trackedNumber(((TrackedNumber) v).value());
    }

    /**
     * A tracked number with --precision digits; a float stays recognisably a float ({@code 4.0}, not
     * the int-looking {@code 4}), as Python shows it. An int has no digits to round: all of them, as
     * Python shows it ({@code x ** 64} of the input {@code x = 2} is 18446744073709551616, not 1.845e+19).
     */
    private String trackedNumber(Object pythonValue) {
        if (PyNumbers.isInt(pythonValue) && !(pythonValue instanceof Boolean)) return pythonValue.toString();
        String shown = Numbers.format(PyNumbers.approx(pythonValue), precision);
        boolean looksInt = shown.chars().allMatch(c -> c == '-' || Character.isDigit(c));
        return pythonValue instanceof Double && looksInt ? shown + ".0" : shown;
    }

    public String number(double v) {
        return Numbers.format(v, precision);
    }
}
