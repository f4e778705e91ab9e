package dev.adjoint.lang;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a metaclass (the type of a class) does for the classes it makes, where that differs from
 * {@code type}'s: enum's EnumType turns the class body's values into members and lets the class
 * be called with a value, iterated, measured, indexed and searched with {@code in}. A class
 * statement's class takes its bases' metaclass ({@link PyClass#metaclass}); the interpreter asks
 * it at these few places only, and every default here is what {@code type} does.
 */
interface Metaclass {
    /** type(cls): the metaclass as a Python class (enum.EnumType). */
    PyClass type();

    /** Finishes a class its class statement made (enum: the members). */
    default void created(Interpreter in, PyClass cls) {}

    /** cls(args): an instance, as type's __call__. */
    default Object call(Interpreter in, PyClass cls, List<Object> args, Map<String, Object> keywords, Span span) {
        return in.instantiate(cls, args, keywords, span);
    }

    /** for x in cls. */
    default Iterator<Object> iterate(PyClass cls) {
        throw PyError.type("'" + type().name() + "' object is not iterable");
    }

    /** len(cls). */
    default long length(PyClass cls) {
        throw PyError.type("object of type '" + type().name() + "' has no len()");
    }

    /** cls[key]: as type's, a generic alias (list[int]). */
    default Object item(PyClass cls, Object key) {
        return GenericAlias.of(cls, key);
    }

    /** item in cls. */
    default boolean contains(PyClass cls, Object item) {
        throw PyError.type("argument of type '" + type().name() + "' is not iterable");
    }

    /** cls.name = value. */
    default void set(PyClass cls, String name, Object value) {
        cls.set(name, value);
    }

    /** repr(cls). */
    default String repr(PyClass cls) {
        return cls.module().equals("builtins") ? "<class '" + cls.name() + "'>" : "<class '" + cls.module() + "." + cls.qualifiedName() + "'>";
    }
}
