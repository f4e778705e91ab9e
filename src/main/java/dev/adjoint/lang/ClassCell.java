package dev.adjoint.lang;

/**
 * CPython's {@code __class__} cell: made when a class body starts, shared by every function
 * written inside that body (and the functions nested in them), filled with the class once it
 * exists. Zero-argument {@code super()} and the name {@code __class__} read it, so a method keeps
 * its class however it is decorated, wrapped or copied to another class.
 */
final class ClassCell {
    private PyClass value;

    /** The class, or null while its body is still running. */
    PyClass value() {
        return value;
    }

    void fill(PyClass cls) {
        value = cls;
    }
}
