package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * collections.ChainMap: several dicts searched as one, as CPython 3.11's collections/__init__.py
 * has it. A lookup takes the first dict that has the key; writes and deletions go to the first
 * dict only; its keys are listed from the last dict to the first, each once; {@code maps} is the
 * live list of the dicts, {@code new_child()} and {@code parents} make the scopes of a nested
 * lookup (the Python tutorial's "Brief tour", and argparse's defaults over the environment).
 */
final class PyChainMap implements TabledHostObject, Iterable<Object>, Sized, Subscriptable, PyReprable {
    static final PyClass CLASS = PyClass.builtin("ChainMap", "collections", BuiltinTypes.OBJECT, Builtin.of("ChainMap", a -> {
        a.expect(0, Integer.MAX_VALUE);
        return new PyChainMap(a.size() == 0 ? PyList.of(new PyDict()) : new PyList(a.positional()));
    }));

    static {
        ContainerDunders.mapping(CLASS); // what collections.abc looks for: a ChainMap is a MutableMapping
        CLASS.method("get", a -> {
            a.expect(1, 2, "key", "default");
            PyChainMap c = self(a);
            Object key = a.get(0);
            PyDict holder = c.holder(key);
            return holder != null ? holder.get(key) : a.option(1, "default", null);
        });
        // Mapping.__eq__ (the comparison itself is ==, Operators.equal: the same items as a dict or another ChainMap)
        CLASS.method("__eq__", a -> {
            Object other = a.expect(1, 1).get(0);
            return other instanceof PyChainMap || other instanceof PyDict ? Operators.equal(self(a), other) : Dunders.NOT_IMPLEMENTED;
        });
        CLASS.method("keys", a -> new View(self(a.expect(0, 0)), "KeysView"));
        CLASS.method("values", a -> new View(self(a.expect(0, 0)), "ValuesView"));
        CLASS.method("items", a -> new View(self(a.expect(0, 0)), "ItemsView"));
        CLASS.method("new_child", a -> {
            a.expect(0, 1, a.keywords().keySet().toArray(new String[0]));
            PyChainMap c = self(a);
            Object m = a.size() == 1 ? a.get(0) : null;
            PyDict child;
            if (m == null) {
                child = new PyDict();
            } else {
                child = dict(m);
            }
            for (Map.Entry<String, Object> e : a.keywords().entrySet()) child.put(e.getKey(), e.getValue());
            List<Object> maps = new ArrayList<>();
            maps.add(child);
            maps.addAll(c.maps);
            return new PyChainMap(new PyList(maps));
        });
        CLASS.method("copy", a -> {
            PyChainMap c = self(a.expect(0, 0));
            List<Object> maps = new ArrayList<>(c.maps);
            maps.set(0, DictMethods.copy(c.first()));
            return new PyChainMap(new PyList(maps));
        });
        CLASS.method("pop", a -> {
            a.expect(1, 2, "key", "default");
            PyChainMap c = self(a);
            PyDict.Entry removed = c.first().remove(a.get(0));
            if (removed != null) return removed.value();
            if (a.size() == 2) return a.get(1);
            throw notInFirst(a.get(0));
        });
        CLASS.method("popitem", a -> {
            PyDict first = self(a.expect(0, 0)).first();
            if (first.size() == 0) throw DictMethods.keyError("No keys found in the first mapping.");
            PyDict.Entry last = first.entries().get(first.size() - 1);
            first.remove(last.key());
            return Values.tuple(last.key(), last.value());
        });
        CLASS.method("clear", a -> {
            self(a.expect(0, 0)).first().clear();
            return null;
        });
    }

    private final PyList maps;

    private PyChainMap(PyList maps) {
        for (Object m : maps) dict(m);
        this.maps = maps;
    }

    private static PyChainMap self(Args a) {
        return (PyChainMap) a.self();
    }

    private static PyDict dict(Object m) {
        if (m instanceof PyDict d) return d;
        throw PyError.type("adjoint's ChainMap chains dicts, not '" + Values.typeName(m) + "'");
    }

    private PyDict first() {
        return dict(maps.get(0));
    }

    /** The first dict that has the key, or null. */
    private PyDict holder(Object key) {
        for (Object m : maps) if (dict(m).containsKey(key)) return dict(m);
        return null;
    }

    private static PyError notInFirst(Object key) {
        return DictMethods.keyError("Key not found in the first mapping: " + Repr.repr(key));
    }

    /** Its keys in CPython's order: those of the last dict first, each key once. */
    private PyDict keys() {
        PyDict all = new PyDict();
        for (int i = maps.size() - 1; i >= 0; i--) for (Object k : dict(maps.get(i)).keys()) all.put(k, null);
        return all;
    }

    /** dict(chain): each key with the value a lookup finds. */
    PyDict flattened() {
        PyDict out = new PyDict();
        for (Object k : keys().keys()) out.put(k, getItem(k));
        return out;
    }

    @Override
    public Object getItem(Object key) {
        PyDict holder = holder(key);
        if (holder == null) throw DictMethods.keyError(key);
        return holder.get(key);
    }

    @Override
    public void setItem(Object key, Object value) {
        first().put(key, value);
    }

    @Override
    public void deleteItem(Object key) {
        if (first().remove(key) == null) throw notInFirst(key);
    }

    @Override
    public Iterator<Object> iterator() {
        return keys().keys().iterator();
    }

    @Override
    public long length() {
        return keys().size();
    }

    @Override
    public String typeName() {
        return "ChainMap";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    private static final AttributeTable<PyChainMap> ATTRIBUTES = new AttributeTable<PyChainMap>()
            .value("maps", c -> c.maps)
            .value("parents", c -> new PyChainMap(new PyList(c.maps.subList(1, c.maps.size()))));

    @Override
    public AttributeTable<PyChainMap> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        List<String> parts = new ArrayList<>();
        for (Object m : maps) parts.add(Repr.repr(m));
        return "ChainMap(" + String.join(", ", parts) + ")";
    }

    /** keys(), values() and items(): live views, shown as collections.abc's KeysView(ChainMap(...)). */
    private record View(PyChainMap chain, String kind) implements HostObject, Iterable<Object>, Sized, PyReprable {
        @Override
        public String typeName() {
            return kind;
        }

        @Override
        public Iterator<Object> iterator() {
            List<Object> out = new ArrayList<>();
            for (Object k : chain.keys().keys()) {
                if (kind.equals("KeysView")) out.add(k);
                else if (kind.equals("ValuesView")) out.add(chain.getItem(k));
                else out.add(Values.tuple(k, chain.getItem(k)));
            }
            return out.iterator();
        }

        @Override
        public long length() {
            return chain.length();
        }

        @Override
        public String pyRepr() {
            return kind + "(" + chain.pyRepr() + ")";
        }
    }
}
