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

    /**
     * PyTorch's UninitializedParameter and UninitializedBuffer (a lazy module's until its first
     * call). One is uninitialized while its value is still empty, of shape (0,): writes through
     * {@code .data} before the first call (d2l's {@code net.weight.data.normal_(0, 0.01)}) change
     * nothing, as in PyTorch, and undoing the input that materialized it makes it uninitialized again.
     */
    private static final Map<Tensor, Boolean> UNINITIALIZED = Collections.synchronizedMap(new WeakHashMap<>());
    /** Whether any was ever made: tensors are asked on every attribute read, most sessions never have one. */
    private static volatile boolean anyUninitialized;

    /** A new UninitializedParameter ({@code parameter}) or UninitializedBuffer: an empty leaf until {@link #materialize}. */
    public static Tensor uninitialized(boolean parameter, boolean requiresGrad) {
        NDArray empty = NDArray.zeros(0);
        Tensor t = parameter ? of(empty, requiresGrad) : Tensor.leaf(empty, requiresGrad);
        UNINITIALIZED.put(t, Boolean.TRUE);
        anyUninitialized = true;
        return t;
    }

    /** Whether {@code t} is an UninitializedParameter or UninitializedBuffer not yet materialized. */
    public static boolean isUninitialized(Tensor t) {
        return anyUninitialized && t.ndim() == 1 && t.shape()[0] == 0 && UNINITIALIZED.containsKey(t);
    }

    /** PyTorch's materialize(shape): the same object from now on holds {@code value} (a parameter stays one). */
    public static void materialize(Tensor t, NDArray value) {
        t.setData(value);
    }

    /** A new trainable leaf holding {@code t}'s value (t itself is left as it was). */
    public static Tensor of(Tensor t) {
        return of(t.value());
    }
}
