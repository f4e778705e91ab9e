package dev.adjoint.lang;

/** A library object that can be indexed: {@code model[0]}, {@code dataset[i]}. */
public interface Subscriptable {
    Object getItem(Object key);

    /** del obj[key]. */
    default void deleteItem(Object key) {
        throw PyError.type("object doesn't support item deletion");
    }

    default void setItem(Object key, Object value) {
        throw PyError.type("object does not support item assignment");
    }
}
