package dev.adjoint.lang;

/** A library object that can be indexed: {@code model[0]}, {@code dataset[i]}. */
public interface Subscriptable {
    Object getItem(Object key);

    default void setItem(Object key, Object value) {
        throw PyError.type("object does not support item assignment");
    }
}
