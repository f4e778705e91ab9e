package dev.adjoint.lang;

import java.util.List;

/**
 * map, zip, filter, enumerate and reversed are classes in Python 3, not functions: {@code map}
 * shows as {@code <class 'map'>}, {@code type(map(f, xs)) is map}, {@code isinstance(z, zip)}.
 * Calling one is the builtin that makes the iterator (PyBuiltins); the iterator's type is the class.
 */
final class IteratorClasses {
    private IteratorClasses() {}

    static final PyClass MAP = make("map", PyBuiltins::map);
    static final PyClass ZIP = make("zip", PyBuiltins::zip);
    static final PyClass FILTER = make("filter", PyBuiltins::filter);
    static final PyClass ENUMERATE = make("enumerate", PyBuiltins::enumerate);
    static final PyClass REVERSED = make("reversed", PyBuiltins::reversed);
    static final List<PyClass> ALL = List.of(MAP, ZIP, FILTER, ENUMERATE, REVERSED);

    private static PyClass make(String name, Builtin.Fn make) {
        return ContainerDunders.iterator(PyClass.builtin(name, BuiltinTypes.OBJECT, Builtin.of(name, make)));
    }

    /** The class of an iterator of that type name, or null for other iterators (list_iterator, ...). */
    static PyClass named(String typeName) {
        for (PyClass c : ALL) if (c.name().equals(typeName)) return c;
        return null;
    }
}
