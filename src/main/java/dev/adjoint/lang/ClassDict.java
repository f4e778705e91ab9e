package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * A class's {@code __dict__} ({@code C.__dict__}, {@code vars(C)}): a live, read-only view of its
 * namespace, as CPython's mappingproxy; a write is its TypeError (set a class attribute with
 * {@code C.x = v} or setattr). It prints as {@code mappingproxy({...})}.
 */
final class ClassDict extends NameDict {
    private static final PyClass MAPPINGPROXY = PyClass.builtin("mappingproxy", BuiltinTypes.DICT, null);

    private final PyClass owner;

    ClassDict(PyClass owner) {
        this.owner = owner;
    }

    @Override
    Map<String, Object> names() {
        return java.util.Collections.unmodifiableMap(owner.dict());
    }

    @Override
    void set(String name, Object value) {
        throw PyError.type("'mappingproxy' object does not support item assignment");
    }

    @Override
    void delete(String name) {
        throw PyError.type("'mappingproxy' object does not support item deletion");
    }

    @Override
    public PyClass pyClass() {
        return MAPPINGPROXY;
    }

    @Override
    List<Object> reprArguments() {
        PyDict copy = new PyDict();
        for (Entry e : entries()) copy.put(e.key(), e.value());
        return List.of(copy);
    }
}
