package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's set (and frozenset when frozen): items compared by Python's equality ({@link HashKey}),
 * walked in CPython's order for ints (see {@link #items()}), recorded in the undo log before its first change.
 */
public final class PySet implements Undoable, Iterable<Object> {
    private final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();
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
        map.put(k, item);
    }

    public boolean remove(Object item) {
        Object k = HashKey.of(item);
        if (!map.containsKey(k)) return false;
        UndoLog.touch(this);
        map.remove(k);
        return true;
    }

    public void clear() {
        UndoLog.touch(this);
        map.clear();
    }

    /** The keys by Python equality, for hashing a frozenset. */
    Set<Object> keySet() {
        return java.util.Collections.unmodifiableSet(map.keySet());
    }

    /** The items in the order Python walks them. */
    public List<Object> items() {
        return SetOrder.order(new ArrayList<>(map.values()), new ArrayList<>(map.keySet()));
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
        Map<Object, Object> saved = new LinkedHashMap<>(map);
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
