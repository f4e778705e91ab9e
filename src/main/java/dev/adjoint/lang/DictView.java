package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** d.keys(), d.values(), d.items(): live views of a dict, printed as dict_keys([...]). */
public record DictView(PyDict dict, Kind kind) implements Iterable<Object> {
    public enum Kind { KEYS, VALUES, ITEMS }

    /** dict_keys, ...; an OrderedDict's are odict_keys, ... as in CPython. */
    public String typeName() {
        return (dict.pyClass() == CollectionsModule.ORDERED_DICT ? "odict_" : "dict_") + kind.name().toLowerCase();
    }

    /** The classes of keys and items views (dict_keys, odict_items, ...): collections.abc's Set holds for them. */
    static final java.util.Set<PyClass> SET_LIKE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The class dict_keys (dict_values, ...): keys and items views are sets, with isdisjoint. */
    static PyClass type(String name) {
        PyClass c = PyClass.builtin(name, BuiltinTypes.OBJECT, null);
        ContainerDunders.sizedContainer(c);
        if (!name.endsWith("_values")) SET_LIKE.add(c);
        if (!name.endsWith("_values")) c.method("isdisjoint", a -> {
            DictView self = (DictView) a.self();
            Object other = a.expect(1, 1).get(0), walked = other, probed = self;
            int otherSize = other instanceof PySet s ? s.size() : other instanceof DictView v ? v.dict().size() : -1;
            if (otherSize > self.dict().size()) { // dictviews_isdisjoint walks the smaller side
                walked = self;
                probed = other;
            }
            for (Iterator<Object> it = Values.iterate(walked); it.hasNext(); ) if (Operators.contains(probed, it.next())) return false;
            return true;
        });
        return c;
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<Object> keys = dict.iterator();
        return new Iterator<>() {
            public boolean hasNext() {
                return keys.hasNext();
            }

            public Object next() {
                Object k = keys.next();
                return switch (kind) {
                    case KEYS -> k;
                    case VALUES -> dict.get(k);
                    case ITEMS -> Values.tuple(k, dict.get(k));
                };
            }
        };
    }

    public boolean contains(Object item) {
        return switch (kind) {
            case KEYS -> dict.containsKey(item);
            case VALUES -> {
                for (PyDict.Entry e : dict.entries()) if (Operators.equal(e.value(), item)) yield true;
                yield false;
            }
            case ITEMS -> item instanceof List<?> t && t.size() == 2 && !(item instanceof PyList) && dict.containsKey(t.get(0))
                    && Operators.equal(dict.get(t.get(0)), t.get(1));
        };
    }

    public List<Object> items() {
        List<Object> out = new ArrayList<>();
        for (Object o : this) out.add(o);
        return out;
    }
}
