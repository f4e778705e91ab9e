package dev.adjoint.lang;

import java.util.function.UnaryOperator;

/**
 * A library object that copy.deepcopy can copy (Python's __deepcopy__ of a built-in object, an
 * optimizer): it makes itself again from copies of its parts, each made by {@code copy}, which
 * shares the one deepcopy's memo (so a model's parameters copied in the same call stay its).
 */
public interface DeepCopyable {
    Object deepCopy(UnaryOperator<Object> copy);
}
