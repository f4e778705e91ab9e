package dev.adjoint.lang;

/**
 * A library value with Python's operators of its own (numpy.ndarray): the language asks it
 * before its own rules, as Python calls {@code __add__}/{@code __radd__}, {@code __eq__},
 * {@code __neg__}, {@code __abs__}, {@code __bool__}, {@code __float__} on it. Each method
 * returns null where the value does not take the other operand (then Python's rules go on).
 */
public interface PyOperand {
    /** {@code this op other}, or {@code other op this} when {@code reflected}. */
    Object binary(TokenType op, Object other, boolean reflected);

    /** {@code this op= other}; null: it is {@code this = this op other}. */
    default Object inPlace(TokenType op, Object other) {
        return null;
    }

    /** {@code this op other} for ==, !=, <, <=, >, >= ({@code other op this} when reflected). */
    Object compare(TokenType op, Object other, boolean reflected);

    /** -this, +this, ~this; null: not taken (Python's TypeError). */
    default Object unary(TokenType op) {
        return null;
    }

    /** abs(this); null: not taken. */
    default Object abs() {
        return null;
    }

    /** bool(this), if, while, and, or, not: true, as for any Python object without __bool__ or __len__. */
    default boolean truthy() {
        return true;
    }

    /** The Python number float(this) and int(this) convert, or null. */
    default Object number() {
        return null;
    }

    /** The Python number format(this, spec) formats with a spec (a 0-d NumPy array formats its item), or null. */
    default Object formatsAs() {
        return pythonNumber();
    }

    /** A NumPy scalar's value as the Python number it formats, rounds and converts as (np.float32 → float); null for arrays. */
    default Object pythonNumber() {
        return null;
    }

    /** round(this, ndigits) where the value keeps its own type (NumPy's scalars: np.float64); null: round its Python number. */
    default Object round(long ndigits) {
        return null;
    }

    /** {@code item in this}; null: Python's rules (iterating over it). */
    default Boolean contains(Object item) {
        return null;
    }

    /** False for a value that is mutable in place (a NumPy array): a dict key or set item it cannot be. */
    default boolean hashable() {
        return true;
    }
}
