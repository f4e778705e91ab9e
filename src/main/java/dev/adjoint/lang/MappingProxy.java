package dev.adjoint.lang;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * types.MappingProxyType(d): a live, read-only view of a dict, as CPython's mappingproxy: lookups,
 * len, iteration, keys/values/items, get, copy, {@code |} and == read the dict as it is now; a write
 * is CPython's TypeError. {@link #TYPE} is also the type of a class's __dict__ ({@link ClassDict}).
 * It is no dict (isinstance(p, dict) is False) and has none of dict's writing methods.
 */
final class MappingProxy extends PyDict implements PyReprable {
    static final PyClass TYPE = type();

    private final PyDict target;

    private MappingProxy(PyDict target) {
        this.target = target;
    }

    private static PyClass type() {
        PyClass t = PyClass.builtin("mappingproxy", BuiltinTypes.OBJECT, Builtin.of("mappingproxy", a -> {
            Object mapping = a.expect(1, 1).get(0);
            if (!(mapping instanceof PyDict d)) throw PyError.type("mappingproxy() argument must be a mapping, not " + Values.typeName(mapping));
            return new MappingProxy(d);
        }));
        t.method("keys", a -> new DictView(self(a.expect(0, 0)), DictView.Kind.KEYS));
        t.method("values", a -> new DictView(self(a.expect(0, 0)), DictView.Kind.VALUES));
        t.method("items", a -> new DictView(self(a.expect(0, 0)), DictView.Kind.ITEMS));
        t.method("get", a -> {
            PyDict d = self(a.expect(1, 2));
            return d.containsKey(a.get(0)) ? d.get(a.get(0)) : a.size() == 2 ? a.get(1) : null;
        });
        t.method("copy", a -> DictMethods.copy(self(a.expect(0, 0)))); // the dict's own copy: a dict of a class's __dict__
        return t;
    }

    private static PyDict self(Args a) {
        return (PyDict) a.self();
    }

    static PyError cannotAssign() {
        return PyError.type("'mappingproxy' object does not support item assignment");
    }

    static PyError cannotDelete() {
        return PyError.type("'mappingproxy' object does not support item deletion");
    }

    @Override
    public PyClass pyClass() {
        return TYPE;
    }

    @Override
    public String pyRepr() {
        return "mappingproxy(" + Repr.repr(target) + ")";
    }

    /** str() and print() show the dict itself, as CPython's mappingproxy_str. */
    @Override
    public String pyStr() {
        return Repr.str(target);
    }

    @Override
    PyDict emptyLike() {
        return target.emptyLike();
    }

    @Override
    public int size() {
        return target.size();
    }

    @Override
    public Object get(Object key) {
        return target.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return target.containsKey(key);
    }

    @Override
    public void put(Object key, Object value) {
        throw cannotAssign();
    }

    @Override
    public Entry remove(Object key) {
        throw cannotDelete();
    }

    @Override
    public void clear() {
        throw cannotDelete();
    }

    @Override
    public List<Entry> entries() {
        return target.entries();
    }

    @Override
    public List<Object> keys() {
        return target.keys();
    }

    @Override
    public Iterator<Object> iterator() {
        return target.iterator();
    }

    @Override
    public Collection<Entry> view() {
        return target.view();
    }

    @Override
    void moveToEnd(Object key, boolean last) {
        throw cannotAssign();
    }

    @Override
    public Runnable snapshot() {
        return () -> {}; // the dict records its own changes
    }
}
