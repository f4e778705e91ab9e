package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A dict that is a live view of a table of names: an object's attributes ({@link InstanceDict}) or
 * the session's globals (globals()). Reads show the table as it is now; writes go through the
 * owner, which records them for undo. Keys are names (str).
 */
abstract class NameDict extends PyDict {
    /** The names and values now, read only. */
    abstract Map<String, Object> names();

    abstract void set(String name, Object value);

    abstract void delete(String name);

    private static String name(Object key) {
        if (key instanceof String s) return s;
        throw PyError.type("adjoint keeps only str keys in an object's __dict__ and in globals() (names), not " + Values.typeName(key));
    }

    @Override
    public int size() {
        return names().size();
    }

    @Override
    public Object get(Object key) {
        return key instanceof String s ? names().get(s) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && names().containsKey(s);
    }

    @Override
    public void put(Object key, Object value) {
        set(name(key), value);
    }

    @Override
    public Entry remove(Object key) {
        if (!containsKey(key)) return null;
        Entry e = new Entry(key, get(key));
        delete((String) key);
        return e;
    }

    @Override
    public void clear() {
        for (String k : new ArrayList<>(names().keySet())) delete(k);
    }

    @Override
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : names().entrySet()) out.add(new Entry(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public List<Object> keys() {
        return new ArrayList<>(names().keySet());
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<String> it = names().keySet().iterator();
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
        return new PyDict(); // a copy is a plain dict
    }

    @Override
    void moveToEnd(Object key, boolean last) {
        throw new IllegalStateException("an object's __dict__ has no move_to_end"); // only OrderedDict asks
    }

    @Override
    public Runnable snapshot() {
        return () -> {}; // the owner records its own changes
    }
}
