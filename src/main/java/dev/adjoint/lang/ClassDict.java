package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * A class's {@code __dict__} ({@code C.__dict__}, {@code vars(C)}): a live, read-only view of its
 * namespace, as CPython's mappingproxy; a write is its TypeError (set a class attribute with
 * {@code C.x = v} or setattr). Its repr is {@code mappingproxy({...})} and its str the dict's, as
 * CPython's; its type is {@link MappingProxy#TYPE}.
 */
final class ClassDict extends NameDict implements PyReprable {
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
        throw MappingProxy.cannotAssign();
    }

    @Override
    void delete(String name) {
        throw MappingProxy.cannotDelete();
    }

    @Override
    public PyClass pyClass() {
        return MappingProxy.TYPE;
    }

    @Override
    List<Object> reprArguments() {
        PyDict copy = new PyDict();
        for (Entry e : entries()) copy.put(e.key(), e.value());
        return List.of(copy);
    }

    @Override
    public String pyRepr() {
        return "mappingproxy(" + pyStr() + ")";
    }

    /** str() and print() show the namespace as a dict, as CPython's mappingproxy_str. */
    @Override
    public String pyStr() {
        return Repr.repr(reprArguments().get(0));
    }
}
