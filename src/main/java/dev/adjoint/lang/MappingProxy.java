package dev.adjoint.lang;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * types.MappingProxyType(m): a live, read-only view of a mapping, as CPython's mappingproxy: lookups,
 * len, iteration, keys/values/items, get, copy, {@code |} and == read the mapping as it is now; a
 * write is CPython's TypeError. A dict is read directly; any other mapping (an object with
 * __getitem__ that is no list or tuple: a UserDict, a ChainMap, a class of yours) through its own
 * methods, as CPython calls them. {@link #TYPE} is also the type of a class's __dict__
 * ({@link ClassDict}). It is no dict (isinstance(p, dict) is False) and has none of dict's writing methods.
 */
final class MappingProxy extends PyDict implements PyReprable {
    static final PyClass TYPE = type();

    /** The dict it shows, or null for another mapping. */
    private final PyDict target;
    /** The mapping it shows when that is no dict (read through the interpreter), or null. */
    private final Object mapping;
    private final Interpreter in;

    private MappingProxy(PyDict target) {
        this.target = target;
        this.mapping = null;
        this.in = null;
    }

    private MappingProxy(Object mapping, Interpreter in) {
        this.target = null;
        this.mapping = mapping;
        this.in = in;
    }

    /** CPython's check (mappingproxy_check_mapping): a mapping, its type having __getitem__, that is no list or tuple. */
    private static boolean isMapping(Object o) {
        if (o instanceof java.util.List<?>) return false; // a list, a tuple (and a tuple such as torch.Size)
        if (o instanceof PyInstance i) return i.has("__getitem__");
        return o instanceof PyDict || o instanceof String || o instanceof PyBytes || o instanceof RangeValue || o instanceof Subscriptable;
    }

    /** Whether it shows a dict (read directly), not a mapping read through its methods. */
    boolean showsDict() {
        return target != null;
    }

    /** What it shows: the dict, or the other mapping. */
    private Object shown() {
        return target != null ? target : mapping;
    }

    private static PyClass type() {
        PyClass t = PyClass.builtin("mappingproxy", BuiltinTypes.OBJECT, Builtin.of("mappingproxy", a -> {
            Object mapping = a.expect(1, 1).get(0);
            if (!isMapping(mapping)) throw PyError.type("mappingproxy() argument must be a mapping, not " + Values.typeName(mapping));
            return mapping instanceof PyDict d ? new MappingProxy(d) : new MappingProxy(mapping, a.interpreter());
        }));
        t.method("keys", a -> {
            a.expect(0, 0);
            return other(a) != null ? other(a).callOn("keys", a) : new DictView(self(a), DictView.Kind.KEYS);
        });
        t.method("values", a -> {
            a.expect(0, 0);
            return other(a) != null ? other(a).callOn("values", a) : new DictView(self(a), DictView.Kind.VALUES);
        });
        t.method("items", a -> {
            a.expect(0, 0);
            return other(a) != null ? other(a).callOn("items", a) : new DictView(self(a), DictView.Kind.ITEMS);
        });
        t.method("get", a -> {
            a.expect(1, 2);
            if (other(a) != null) return other(a).callOn("get", a);
            PyDict d = self(a);
            return d.containsKey(a.get(0)) ? d.get(a.get(0)) : a.size() == 2 ? a.get(1) : null;
        });
        t.method("copy", a -> { // the mapping's own copy: a dict of a class's __dict__
            a.expect(0, 0);
            return other(a) != null ? other(a).callOn("copy", a) : DictMethods.copy(self(a));
        });
        return t;
    }

    /** The proxy a method was called on when it shows a mapping that is no dict, or null. */
    private static MappingProxy other(Args a) {
        return a.self() instanceof MappingProxy p && p.mapping != null ? p : null;
    }

    /** The mapping's own method of that name with the call's arguments, as CPython's mappingproxy calls it. */
    private Object callOn(String method, Args a) {
        return in.call(Attributes.get(in, mapping, method), a.positional());
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
        return "mappingproxy(" + Repr.repr(shown()) + ")";
    }

    /** str() and print() show the dict itself, as CPython's mappingproxy_str. */
    @Override
    public String pyStr() {
        return Repr.str(shown());
    }

    @Override
    PyDict emptyLike() {
        return target != null ? target.emptyLike() : new PyDict();
    }

    @Override
    public int size() {
        return target != null ? target.size() : ((Number) PyBuiltins.len(mapping)).intValue();
    }

    @Override
    public Object get(Object key) {
        return target != null ? target.get(key) : Subscripts.get(in, mapping, key);
    }

    @Override
    public boolean containsKey(Object key) {
        return target != null ? target.containsKey(key) : Operators.contains(mapping, key);
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
        if (target != null) return target.entries();
        List<Entry> out = new java.util.ArrayList<>();
        for (Object key : keys()) out.add(new Entry(key, Subscripts.get(in, mapping, key)));
        return out;
    }

    @Override
    public List<Object> keys() {
        if (target != null) return target.keys();
        List<Object> out = new java.util.ArrayList<>();
        for (Iterator<Object> it = Values.iterate(mapping); it.hasNext(); ) out.add(it.next());
        return out;
    }

    @Override
    public Iterator<Object> iterator() {
        return target != null ? target.iterator() : Values.iterate(mapping);
    }

    @Override
    public Collection<Entry> view() {
        return target != null ? target.view() : entries();
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
