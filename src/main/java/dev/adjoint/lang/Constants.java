package dev.adjoint.lang;

import dev.adjoint.scope.Scope;
import dev.adjoint.autograd.Tensor;
import java.util.IdentityHashMap;

/**
 * The constant nodes plain numbers enter a graph as. During one input, each number object gets
 * one node: a literal is one object, so {@code y = y + 1} in a loop of a million steps adds a
 * million add nodes but one constant, as the lecture's traces show constants folded into their
 * users. Scoped per thread by the interpreter around an input, like grad mode; outside one, every
 * use makes a fresh constant.
 */
final class Constants {
    /** Numbers computed at run time are fresh objects: past this many, they are not remembered. */
    private static final int MAX_REMEMBERED = 4096;
    private static final ThreadLocal<IdentityHashMap<Object, Tensor>> CURRENT = new ThreadLocal<>();

    private Constants() {}

    /** Remembers constants until the returned scope closes (the end of an input). */
    static Scope open() {
        IdentityHashMap<Object, Tensor> outer = CURRENT.get();
        CURRENT.set(new IdentityHashMap<>());
        return () -> CURRENT.set(outer);
    }

    /** A number as PyTorch wraps it: an int as an int64 scalar, a bool as a bool one, a float as float64. */
    private static Tensor constant(Object number) {
        dev.adjoint.autograd.DType type = number instanceof Boolean ? dev.adjoint.autograd.DType.BOOL
                : PyNumbers.isInt(number) ? dev.adjoint.autograd.DType.INT64 : dev.adjoint.autograd.DType.FLOAT64;
        return Tensor.wrappedNumber(PyNumbers.approx(number), type);
    }

    /** The constant node of a plain number (an int, float or bool). */
    static Tensor of(Object number) {
        IdentityHashMap<Object, Tensor> seen = CURRENT.get();
        if (seen == null) return constant(number);
        Tensor t = seen.get(number);
        if (t == null) {
            t = constant(number);
            if (seen.size() < MAX_REMEMBERED) seen.put(number, t);
        }
        return t;
    }
}
