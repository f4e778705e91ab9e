package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * needle's {@code Parameter}: a leaf tensor that requires grad. {@link Tensor} is final, so a
 * parameter is an ordinary leaf made here; a {@link Module} knows its parameters because it
 * registers them, not by their class.
 */
public final class Parameter {
    /** The tensors made here, which PyTorch prints as "Parameter containing:" (Tensor has identity equality). */
    private static final Map<Tensor, Boolean> MADE = Collections.synchronizedMap(new WeakHashMap<>());

    private Parameter() {}

    /** Whether {@code t} was made as a parameter (PyTorch's isinstance(t, nn.Parameter)). */
    public static boolean isParameter(Tensor t) {
        return MADE.containsKey(t);
    }

    /** A new trainable leaf holding {@code value}. */
    public static Tensor of(NDArray value) {
        return of(value, true);
    }

    /** PyTorch's nn.Parameter(data, requires_grad). */
    public static Tensor of(NDArray value, boolean requiresGrad) {
        Tensor t = Tensor.leaf(value, requiresGrad);
        MADE.put(t, Boolean.TRUE);
        return t;
    }

    /** needle's nn.Parameter(value): a parameter that is a needle tensor (needle's text, methods and backward). */
    public static Tensor needle(NDArray value, boolean requiresGrad) {
        return needle(value, requiresGrad, false);
    }

    /** needle's nn.Parameter of a float32 tensor ({@code float32}) or a float64 one. */
    public static Tensor needle(NDArray value, boolean requiresGrad, boolean float32) {
        Tensor t = Tensor.needleLeaf(value, requiresGrad, float32);
        MADE.put(t, Boolean.TRUE);
        return t;
    }

    /** A new trainable leaf holding {@code t}'s value (t itself is left as it was). */
    public static Tensor of(Tensor t) {
        return of(t.value());
    }
}
