package dev.adjoint.lang;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** dict(...) and the methods of dict (get, items, keys, values, pop, setdefault, update, ...). */
final class DictMethods {
    private DictMethods() {}

    static void register(PyClass dict) {
        dict.method("keys", a -> new DictView(self(a.expect(0, 0)), DictView.Kind.KEYS));
        dict.method("values", a -> new DictView(self(a.expect(0, 0)), DictView.Kind.VALUES));
        dict.method("items", a -> new DictView(self(a.expect(0, 0)), DictView.Kind.ITEMS));
        dict.method("get", a -> {
            PyDict d = self(a.expect(1, 2));
            return d.containsKey(a.get(0)) ? d.get(a.get(0)) : a.size() == 2 ? a.get(1) : null;
        });
        dict.method("pop", a -> {
            PyDict d = self(a.expect(1, 2));
            PyDict.Entry e = d.remove(a.get(0));
            if (e != null) return e.value();
            if (a.size() == 2) return a.get(1);
            throw keyError(a.get(0));
        });
        dict.method("popitem", a -> {
            PyDict d = self(a.expect(0, 0));
            List<PyDict.Entry> entries = d.entries();
            if (entries.isEmpty()) throw keyError("popitem(): dictionary is empty");
            PyDict.Entry last = entries.get(entries.size() - 1);
            d.remove(last.key());
            return Values.tuple(last.key(), last.value());
        });
        dict.method("setdefault", a -> {
            PyDict d = self(a.expect(1, 2));
            if (!d.containsKey(a.get(0))) d.put(a.get(0), a.size() == 2 ? a.get(1) : null);
            return d.get(a.get(0));
        });
        dict.method("update", a -> {
            PyDict d = self(a.expect(0, 1, a.keywords().keySet().toArray(new String[0])));
            if (a.size() == 1) fill(d, a.get(0));
            for (Map.Entry<String, Object> e : a.keywords().entrySet()) d.put(e.getKey(), e.getValue());
            return null;
        });
        dict.method("clear", a -> {
            self(a.expect(0, 0)).clear();
            return null;
        });
        dict.method("copy", a -> copy(self(a.expect(0, 0))));
        dict.define("fromkeys", new Descriptors.ClassMethod(new BuiltinMethod("fromkeys", a -> {
            a.expect(1, 2);
            PyDict d = a.self() == CollectionsModule.ORDERED_DICT ? CollectionsModule.orderedDict() : new PyDict();
            for (Iterator<Object> it = Values.iterate(a.get(0)); it.hasNext(); ) d.put(it.next(), a.size() == 2 ? a.get(1) : null);
            return d;
        })));
    }

    private static PyDict self(Args a) {
        return (PyDict) a.self();
    }

    /** KeyError(key): its args hold the key itself; str() of it is the key's repr. */
    static PyError keyError(Object key) {
        return PyError.key(key);
    }

    static PyDict copy(PyDict d) {
        PyDict out = d.emptyLike();
        for (PyDict.Entry e : d.view()) out.put(e.key(), e.value());
        return out;
    }

    /** dict(), dict(mapping), dict(pairs), dict(**kw). */
    static Object construct(Args a) {
        a.expect(0, 1, a.keywords().keySet().toArray(new String[0]));
        PyDict d = new PyDict();
        if (a.size() == 1) fill(d, a.get(0));
        for (Map.Entry<String, Object> e : a.keywords().entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }

    /** Adds a mapping's entries, or the (key, value) pairs of an iterable. */
    static void fill(PyDict d, Object source) {
        if (source instanceof PyInstance p && p.value() instanceof PyDict value && !BuiltinSubclasses.ownedByClass(p, "__iter__")) source = value; // CPython's fast path for a dict subclass
        if (source instanceof PyChainMap c) source = c.flattened(); // a mapping: its keys and what a lookup finds
        if (source instanceof PyDict m) {
            for (PyDict.Entry e : m.entries()) d.put(e.key(), e.value());
            return;
        }
        if (source instanceof PyMapping m) {
            for (Object k : m.keyList()) d.put(k, m.getItem(k));
            return;
        }
        if (source instanceof PyInstance m && m.has("keys")) { // a mapping of a class (a UserDict): its keys(), then m[key], as CPython
            for (Object k : Values.items(m.call("keys"))) d.put(k, Subscripts.get(m.interpreter(), m, k));
            return;
        }
        int i = 0;
        for (Iterator<Object> it = Values.iterate(source); it.hasNext(); i++) {
            Object pair = it.next();
            List<Object> kv;
            try {
                kv = Values.items(pair);
            } catch (PyError e) {
                throw PyError.type("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.size() != 2)
                throw PyError.value("dictionary update sequence element #" + i + " has length " + kv.size() + "; 2 is required");
            d.put(kv.get(0), kv.get(1));
        }
    }
}
