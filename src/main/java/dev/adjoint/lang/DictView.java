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
