package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An object's {@code __dict__} as vars(obj) and obj.__dict__ give it: a dict that is a live view of
 * the object's attributes, so {@code vars(p)["x"] = 1} sets {@code p.x} and a later {@code p.y = 2}
 * shows in it, as in CPython. Keys are attribute names (str); changes go through the object, which
 * records them in the undo log.
 */
final class InstanceDict extends PyDict {
    private final PyInstance owner;

    InstanceDict(PyInstance owner) {
        this.owner = owner;
    }

    private static String name(Object key) {
        if (key instanceof String s) return s;
        throw PyError.type("adjoint keeps only str keys in an object's __dict__ (attribute names), not " + Values.typeName(key));
    }

    @Override
    public int size() {
        return owner.attributes().size();
    }

    @Override
    public Object get(Object key) {
        return key instanceof String s ? owner.attributes().get(s) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && owner.attributes().containsKey(s);
    }

    @Override
    public void put(Object key, Object value) {
        owner.setOwn(name(key), value);
    }

    @Override
    public Entry remove(Object key) {
        if (!containsKey(key)) return null;
        Entry e = new Entry(key, get(key));
        owner.deleteOwn((String) key);
        return e;
    }

    @Override
    public void clear() {
        for (String k : new ArrayList<>(owner.attributes().keySet())) owner.deleteOwn(k);
    }

    @Override
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : owner.attributes().entrySet()) out.add(new Entry(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public List<Object> keys() {
        return new ArrayList<>(owner.attributes().keySet());
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<String> it = owner.attributes().keySet().iterator();
        return new Iterator<>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public Object next() {
                try {
                    return it.next();
                } catch (ConcurrentModificationException e) {
                    throw new PyError("RuntimeError", "dictionary changed size during iteration");
                }
            }
        };
    }

    @Override
    public Collection<Entry> view() {
        return entries();
    }

    @Override
    PyDict emptyLike() {
        return new PyDict(); // a copy of an object's __dict__ is a plain dict
    }

    @Override
    void moveToEnd(Object key, boolean last) {
        throw new IllegalStateException("an object's __dict__ has no move_to_end"); // only OrderedDict asks
    }

    @Override
    public Runnable snapshot() {
        return () -> {}; // the object records its own attributes
    }
}
