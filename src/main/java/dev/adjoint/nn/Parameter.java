package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * needle's {@code Parameter}: a leaf tensor that requires grad. {@link Tensor} is final, so a
 * parameter is an ordinary leaf made here; a {@link Module} knows its parameters because it
 * registers them, not by their class.
 */
public final class Parameter {
    private Parameter() {}

    /** A new trainable leaf holding {@code value}. */
    public static Tensor of(NDArray value) {
        return Tensor.leaf(value, true);
    }

    /** A new trainable leaf holding {@code t}'s value (t itself is left as it was). */
    public static Tensor of(Tensor t) {
        return of(t.value());
    }
}
