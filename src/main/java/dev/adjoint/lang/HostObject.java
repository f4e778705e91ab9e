package dev.adjoint.lang;

import java.util.Collection;
import java.util.List;

/**
 * A library object seen from the language (a module, an optimizer, a data loader): its attributes
 * and methods by name. A method is an attribute whose value is a {@link Callable}. Objects that
 * can be called (modules) also implement Callable; objects a for loop walks implement
 * {@link Iterable}, and are walked lazily.
 */
public interface HostObject {
    /** The type name messages use, e.g. "Linear". */
    String typeName();

    /**
     * The attribute's value, or null if there is no such attribute. None by default, so an object
     * without attributes of its own (its methods, if any, are its class's) need not say so.
     */
    default Object attribute(String name) {
        return null;
    }

    /** Whether the attribute {@code name} exists and is None ({@link #attribute} returns null for both). */
    default boolean attributeIsNone(String name) {
        return false;
    }

    /** Every attribute name, for messages ("did you mean ...") and completion; none by default, as {@link #attribute}. */
    default Collection<String> attributeNames() {
        return List.of();
    }

    /** Sets an attribute; false if it cannot be set. */
    default boolean setAttribute(String name, Object value) {
        return false;
    }

    /** The class type(x) gives (numpy.ndarray), or null for one named after {@link #typeName()}. */
    default PyClass pyClass() {
        return null;
    }
}
