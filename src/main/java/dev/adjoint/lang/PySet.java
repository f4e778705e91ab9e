package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's set (and frozenset when frozen): items compared by Python's equality ({@link HashKey}),
 * walked in CPython's order (the slots of its hash table, emulated by {@link SetTable}, so that
 * {@code {3, 1, 2}} prints as {@code {1, 2, 3}} and removals leave CPython's dummies), recorded in
 * the undo log before its first change. The bulk operations (update, the symmetric difference,
 * ...) follow CPython's, which decide where each item lands.
 */
public final class PySet implements Undoable, Iterable<Object> {
    private final HashMap<Object, Object> map = new HashMap<>();
    private SetTable table = new SetTable();
    /** The undo log open when it was made (see Undoable.birth). */
    private final long birth = dev.adjoint.undo.UndoLog.birth();
    private final boolean frozen;

    public PySet() {
        this(false);
    }

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    public boolean frozen() {
        return frozen;
    }

    public int size() {
        return map.size();
    }

    public boolean contains(Object item) {
        return map.containsKey(HashKey.of(item));
    }

    public void add(Object item) {
        Object k = HashKey.of(item);
        if (map.containsKey(k)) return;
        UndoLog.touch(this);
        put(k, item, SetOrder.hash(k));
    }

    private void put(Object key, Object item, long hash) {
        map.put(key, item);
        table.add(key, hash);
    }

    public boolean remove(Object item) {
        Object k = HashKey.of(item);
        if (!map.containsKey(k)) return false;
        UndoLog.touch(this);
        drop(k, SetOrder.hash(k));
        return true;
    }

    /** set.pop(): the item CPython's pop gives (it goes on from where the last pop stopped). */
    public Object pop() {
        if (map.isEmpty()) throw DictMethods.keyError("pop from an empty set");
        UndoLog.touch(this);
        return map.remove(table.pop());
    }

    public void clear() {
        UndoLog.touch(this);
        map.clear();
        table.clear();
    }

    /** set.update(iterable) (set_update_internal): a set merged slot by slot, a dict's keys after one resize, anything else item by item. */
    public void update(Object iterable) {
        if (iterable instanceof PySet other) {
            merge(other);
            return;
        }
        if (iterable instanceof PyDict d && d.pyClass() == BuiltinTypes.DICT) {
            UndoLog.touch(this);
            table.reserve(d.size());
        }
        for (Iterator<Object> it = Values.iterate(iterable); it.hasNext(); ) add(it.next());
    }

    /** set_merge: one resize for all of them, then the other's slots copied (into an empty set) or its items added in its order. */
    private void merge(PySet other) {
        if (other == this || other.size() == 0) return;
        UndoLog.touch(this);
        table.reserve(other.size());
        if (table.isEmpty()) {
            table.fillFrom(other.table);
            map.putAll(other.map);
            return;
        }
        other.table.forEach((key, hash) -> {
            if (!map.containsKey(key)) put(key, other.map.get(key), hash);
        });
    }

    /** set.symmetric_difference_update(other): each item of the other (in its order) removed when here, else added. */
    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        PySet walked = other instanceof PySet s ? s : null;
        if (walked == null && !(other instanceof PyDict d && d.pyClass() == BuiltinTypes.DICT)) {
            walked = new PySet(frozen);
            walked.update(other);
        }
        UndoLog.touch(this);
        if (walked == null) { // a dict: its keys in its order
            for (Iterator<Object> it = Values.iterate(other); it.hasNext(); ) {
                Object item = it.next(), k = HashKey.of(item);
                toggle(k, item, SetOrder.hash(k));
            }
            return;
        }
        PySet from = walked;
        from.table.forEach((key, hash) -> toggle(key, from.map.get(key), hash));
    }

    private void toggle(Object key, Object item, long hash) {
        if (map.containsKey(key)) drop(key, hash);
        else put(key, item, hash);
    }

    private void drop(Object key, long hash) {
        map.remove(key);
        table.discard(key, hash);
    }

    /** set.difference_update(other) for one other (set_difference_update_internal), then the dummies purged when many. */
    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        UndoLog.touch(this);
        if (other instanceof PySet s) {
            PySet walked = s.size() >> 3 > size() ? SetMethods.intersection(this, s) : s;
            walked.table.forEach((key, hash) -> {
                if (map.containsKey(key)) drop(key, hash);
            });
        } else {
            for (Iterator<Object> it = Values.iterate(other); it.hasNext(); ) remove(it.next());
        }
        table.purgeDummies();
    }

    /** Takes over another set's items and slots (CPython's set_swap_bodies, for intersection_update and &=). */
    public void replaceWith(PySet other) {
        UndoLog.touch(this);
        map.clear();
        map.putAll(other.map);
        table.assign(other.table);
    }

    /** The keys by Python equality, for hashing a frozenset. */
    Set<Object> keySet() {
        return java.util.Collections.unmodifiableSet(map.keySet());
    }

    /** The items in the order Python walks them. */
    public List<Object> items() {
        List<Object> keys = table.keysInOrder();
        List<Object> out = new ArrayList<>(keys.size());
        for (Object k : keys) out.add(map.get(k));
        return out;
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<Object> it = items().iterator();
        int size = map.size();
        return new Iterator<>() {
            public boolean hasNext() {
                if (map.size() != size) throw new PyError("RuntimeError", "Set changed size during iteration");
                return it.hasNext();
            }

            public Object next() {
                try {
                    return it.next();
                } catch (ConcurrentModificationException e) {
                    throw new PyError("RuntimeError", "Set changed size during iteration");
                }
            }
        };
    }

    @Override
    public Runnable snapshot() {
        Map<Object, Object> saved = new HashMap<>(map);
        SetTable savedTable = table.copy();
        return () -> {
            map.clear();
            map.putAll(saved);
            table = savedTable.copy();
        };
    }

    @Override
    public long birth() {
        return birth;
    }
}
