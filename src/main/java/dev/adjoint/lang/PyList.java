package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * Python's list: mutable, and recorded in the undo log before its first change in an input, so a
 * failed input leaves it as it was. A java.util.List so that code taking array-likes (shapes,
 * tensor data) takes lists and tuples alike; tuples are the unmodifiable Lists that are not PyLists.
 */
public final class PyList extends AbstractList<Object> implements RandomAccess, Undoable {
    private final ArrayList<Object> items;
    /** The undo log open when it was made (see Undoable.birth). */
    private final long birth = dev.adjoint.undo.UndoLog.birth();

    public PyList() {
        items = new ArrayList<>();
    }

    public PyList(Collection<?> from) {
        items = new ArrayList<>(from);
    }

    public static PyList of(Object... items) {
        PyList l = new PyList();
        for (Object o : items) l.items.add(o);
        return l;
    }

    @Override
    public Object get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public Object set(int index, Object value) {
        UndoLog.touch(this);
        return items.set(index, value);
    }

    @Override
    public void add(int index, Object value) {
        UndoLog.touch(this);
        items.add(index, value);
    }

    @Override
    public boolean add(Object value) {
        UndoLog.touch(this);
        return items.add(value);
    }

    @Override
    public Object remove(int index) {
        UndoLog.touch(this);
        return items.remove(index);
    }

    @Override
    public boolean addAll(Collection<?> c) {
        UndoLog.touch(this);
        return items.addAll(new ArrayList<>(c)); // copied first: l.extend(l)
    }

    @Override
    public void clear() {
        UndoLog.touch(this);
        items.clear();
    }

    /** Replaces the items from {@code from} (inclusive) to {@code to} (exclusive) with {@code with}: slice assignment. */
    public void replace(int from, int to, List<?> with) {
        UndoLog.touch(this);
        List<Object> copy = new ArrayList<>(with);
        items.subList(from, to).clear();
        items.addAll(from, copy);
    }

    /** Puts every item back in one step (sort, reverse): the list as it is now is recorded first. */
    public void setAll(List<?> newItems) {
        UndoLog.touch(this);
        List<Object> copy = new ArrayList<>(newItems);
        items.clear();
        items.addAll(copy);
    }

    @Override
    public Runnable snapshot() {
        Object[] saved = items.toArray();
        return () -> {
            items.clear();
            items.addAll(java.util.Arrays.asList(saved));
        };
    }

    // identity, as Python's list objects: == is handled by the language (Operators), not by equals()
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public long birth() {
        return birth;
    }
}
