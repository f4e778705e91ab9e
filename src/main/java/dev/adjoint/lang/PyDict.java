package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's dict: insertion-ordered, keys compared by Python's equality ({@link HashKey}), recorded
 * in the undo log before its first change in an input. The dict subclasses of collections
 * (defaultdict, Counter, OrderedDict) extend it with their class, missing keys and repr.
 */
public class PyDict implements Undoable, Iterable<Object> {
    /** The key as given and its value. */
    public record Entry(Object key, Object value) {}

    private final LinkedHashMap<Object, Entry> map = new LinkedHashMap<>();
    /** The undo log open when it was made (see Undoable.birth). */
    private final long birth = dev.adjoint.undo.UndoLog.birth();

    /** type(d): dict, or the collections subclass. */
    public PyClass pyClass() {
        return BuiltinTypes.DICT;
    }

    /** d[key] for a key it does not hold: Python's KeyError, or what a subclass's __missing__ gives. */
    Object missing(Interpreter in, Object key) {
        throw DictMethods.keyError(key);
    }

    /** A new empty dict of the same kind, for copy() and | (a defaultdict's copy is a defaultdict). */
    PyDict emptyLike() {
        return new PyDict();
    }

    /** What repr shows inside {@code ClassName(...)} for a subclass; null for a dict's own {@code {...}}. */
    List<Object> reprArguments() {
        return null;
    }

    /** Moves an existing key to the end (or the front), as OrderedDict.move_to_end. */
    void moveToEnd(Object key, boolean last) {
        Object k = HashKey.of(key);
        Entry e = map.get(k);
        if (e == null) throw DictMethods.keyError(key);
        UndoLog.touch(this);
        map.remove(k);
        if (last) {
            map.put(k, e);
        } else {
            LinkedHashMap<Object, Entry> rest = new LinkedHashMap<>(map);
            map.clear();
            map.put(k, e);
            map.putAll(rest);
        }
    }

    public int size() {
        return map.size();
    }

    /** The value for {@code key}, or null when absent (use {@link #containsKey} to tell None apart). */
    public Object get(Object key) {
        Entry e = map.get(HashKey.of(key));
        return e == null ? null : e.value();
    }

    public boolean containsKey(Object key) {
        return map.containsKey(HashKey.of(key));
    }

    /** d[key] = value; an existing key keeps its place (and its first spelling, as in Python). */
    public void put(Object key, Object value) {
        Object k = HashKey.of(key);
        UndoLog.touch(this);
        Entry old = map.get(k);
        map.put(k, new Entry(old == null ? key : old.key(), value));
    }

    /** Removes {@code key}; the entry removed, or null if there was none. */
    public Entry remove(Object key) {
        Object k = HashKey.of(key);
        if (!map.containsKey(k)) return null;
        UndoLog.touch(this);
        return map.remove(k);
    }

    public void clear() {
        UndoLog.touch(this);
        map.clear();
    }

    /** The entries in order, copied (safe to change the dict while walking the copy). */
    public List<Entry> entries() {
        return new ArrayList<>(map.values());
    }

    public List<Object> keys() {
        List<Object> out = new ArrayList<>(map.size());
        for (Entry e : map.values()) out.add(e.key());
        return out;
    }

    /** Walks the keys; changing the dict's size meanwhile is Python's RuntimeError. */
    @Override
    public Iterator<Object> iterator() {
        Iterator<Entry> it = map.values().iterator();
        return new Iterator<>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public Object next() {
                try {
                    return it.next().key();
                } catch (ConcurrentModificationException e) {
                    throw new PyError("RuntimeError", "dictionary changed size during iteration");
                }
            }
        };
    }

    public Collection<Entry> view() {
        return java.util.Collections.unmodifiableCollection(map.values());
    }

    @Override
    public Runnable snapshot() {
        Map<Object, Entry> saved = new LinkedHashMap<>(map);
        return () -> {
            map.clear();
            map.putAll(saved);
        };
    }

    @Override
    public long birth() {
        return birth;
    }
}
