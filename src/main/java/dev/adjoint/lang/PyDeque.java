package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.LinkedList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * collections.deque: a double-ended queue with an optional maxlen (appending to a full deque drops
 * an item from the other end), recorded in the undo log before its first change in an input.
 * Not a java.util.List, so the language does not take it for a tuple.
 */
final class PyDeque implements TabledHostObject, Iterable<Object>, Sized, Subscriptable, PyReprable, Undoable {
    static final PyClass CLASS = PyClass.builtin("deque", "collections", BuiltinTypes.OBJECT, Builtin.of("deque", a -> {
        a.expect(0, 2, "iterable", "maxlen");
        Object iterable = a.option(0, "iterable", null), max = a.option(1, "maxlen", null);
        long maxlen = -1;
        if (max != null) {
            maxlen = Values.toLong(max, "maxlen");
            if (maxlen < 0) throw PyError.value("maxlen must be non-negative");
        }
        PyDeque d = new PyDeque(maxlen);
        if (iterable != null) for (Iterator<Object> it = Values.iterate(iterable); it.hasNext(); ) d.push(it.next(), true);
        return d;
    }));

    static {
        CLASS.carryingValues(true); // class D(deque): its objects carry a deque (BuiltinSubclasses)
        BuiltinSubclasses.defineConstruction(CLASS, true);
        ContainerDunders.collection(CLASS, true); // what collections.abc looks for: a deque is a MutableSequence
        ContainerDunders.mutable(CLASS);
        CLASS.method("__getitem__", a -> Subscripts.get(a.interpreter(), a.self(), a.expect(1, 1).get(0)));
        CLASS.method("__reversed__", a -> PyBuiltins.reversedOf(a.expect(0, 0).self()));
        CLASS.method("append", a -> self(a).push(a.expect(1, 1).get(0), true));
        CLASS.method("appendleft", a -> self(a).push(a.expect(1, 1).get(0), false));
        CLASS.method("pop", a -> self(a.expect(0, 0)).take(true));
        CLASS.method("popleft", a -> self(a.expect(0, 0)).take(false));
        CLASS.method("extend", a -> {
            PyDeque d = self(a);
            for (Object v : Values.items(a.expect(1, 1).get(0))) d.push(v, true);
            return null;
        });
        CLASS.method("extendleft", a -> {
            PyDeque d = self(a);
            for (Object v : Values.items(a.expect(1, 1).get(0))) d.push(v, false);
            return null;
        });
        CLASS.method("rotate", a -> {
            PyDeque d = self(a.expect(0, 1));
            long n = a.size() == 0 ? 1 : Values.toLong(a.get(0), "rotate");
            int size = d.items.size();
            if (size > 1) {
                UndoLog.touch(d);
                long k = Math.floorMod(n, size);
                for (long i = 0; i < k; i++) d.items.addFirst(d.items.removeLast());
            }
            return null;
        });
        CLASS.method("clear", a -> {
            PyDeque d = self(a.expect(0, 0));
            UndoLog.touch(d);
            d.items.clear();
            return null;
        });
        CLASS.method("count", a -> {
            Object x = a.expect(1, 1).get(0);
            long n = 0;
            for (Object v : self(a).items) if (Operators.equal(v, x)) n++;
            return n;
        });
        CLASS.method("index", a -> {
            Object x = a.expect(1, 1).get(0);
            long i = 0;
            for (Object v : self(a).items) {
                if (Operators.equal(v, x)) return i;
                i++;
            }
            throw PyError.value(Repr.repr(x) + " is not in deque");
        });
        CLASS.method("remove", a -> {
            Object x = a.expect(1, 1).get(0);
            PyDeque d = self(a);
            List<Object> kept = new ArrayList<>(d.items);
            for (int i = 0; i < kept.size(); i++) {
                if (Operators.equal(kept.get(i), x)) {
                    kept.remove(i);
                    d.replaceAll(kept);
                    return null;
                }
            }
            throw PyError.value(Repr.repr(x) + " is not in deque");
        });
        CLASS.method("reverse", a -> {
            PyDeque d = self(a.expect(0, 0));
            List<Object> items = new ArrayList<>(d.items);
            java.util.Collections.reverse(items);
            d.replaceAll(items);
            return null;
        });
        CLASS.method("copy", a -> self(a.expect(0, 0)).copy());
    }

    private final LinkedList<Object> items = new LinkedList<>(); // not an ArrayDeque: None is an item
    private final long maxlen; // -1: none

    /** The bound, or -1 for none. */
    long maxlen() {
        return maxlen;
    }

    private PyDeque(long maxlen) {
        this.maxlen = maxlen;
    }

    /**
     * The deque operators, as CPython's deque has them: d + e (another deque only, kept to d's
     * maxlen), d * n and n * d, and in place d += iterable (extend) and d *= n; null where the
     * operands are not these.
     */
    static Object operator(TokenType op, Object a, Object b, boolean inPlace) {
        if (op == TokenType.PLUS && a instanceof PyDeque d) {
            if (!inPlace && !(b instanceof PyDeque)) throw PyError.type("can only concatenate deque (not \"" + Values.typeName(b) + "\") to deque");
            PyDeque out = inPlace ? d : d.copy();
            for (Object v : Values.items(b)) out.push(v, true);
            return out;
        }
        PyDeque d = a instanceof PyDeque x ? x : !inPlace && b instanceof PyDeque y ? y : null;
        Object n = d == a ? b : a;
        if (op != TokenType.STAR || d == null || n instanceof PyInstance) return null; // an object's __rmul__ may take it
        if (!PyNumbers.isInt(Values.plain(n))) throw PyError.type("can't multiply sequence by non-int of type '" + Values.typeName(n) + "'");
        List<Object> once = new ArrayList<>(d.items);
        PyDeque out = inPlace ? d : d.copy();
        if (inPlace) out.replaceAll(List.of());
        else out.items.clear();
        for (long i = Values.toLong(n, "count"); i > 0; i--) for (Object v : once) out.push(v, true);
        return out;
    }

    /** Its items now, for comparisons (deques compare as lists do). */
    List<Object> items() {
        return new ArrayList<>(items);
    }

    private PyDeque copy() {
        PyDeque out = new PyDeque(maxlen);
        out.items.addAll(items);
        return out;
    }

    private static PyDeque self(Args a) {
        return (PyDeque) a.self();
    }

    /** append (right) or appendleft; a full deque drops an item from the other end. */
    private Object push(Object v, boolean right) {
        if (maxlen == 0) return null;
        UndoLog.touch(this);
        if (maxlen > 0 && items.size() >= maxlen) {
            if (right) items.removeFirst();
            else items.removeLast();
        }
        if (right) items.addLast(v);
        else items.addFirst(v);
        return null;
    }

    private Object take(boolean right) {
        if (items.isEmpty()) throw PyError.index("pop from an empty deque");
        UndoLog.touch(this);
        return right ? items.removeLast() : items.removeFirst();
    }

    private void replaceAll(List<Object> newItems) {
        UndoLog.touch(this);
        items.clear();
        items.addAll(newItems);
    }

    private int index(Object key) {
        return Subscripts.index(key, items.size(), "deque");
    }

    @Override
    public Object getItem(Object key) {
        if (key instanceof SliceValue) throw PyError.type("sequence index must be integer, not 'slice'");
        return new ArrayList<>(items).get(index(key));
    }

    @Override
    public void setItem(Object key, Object value) {
        List<Object> all = new ArrayList<>(items);
        all.set(index(key), value);
        replaceAll(all);
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<Object> it = items.iterator();
        return new Iterator<>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public Object next() {
                try {
                    return it.next();
                } catch (java.util.ConcurrentModificationException e) {
                    throw new PyError("RuntimeError", "deque mutated during iteration");
                }
            }
        };
    }

    @Override
    public long length() {
        return items.size();
    }

    @Override
    public String typeName() {
        return "collections.deque";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    private static final AttributeTable<PyDeque> ATTRIBUTES = new AttributeTable<PyDeque>()
            .value("maxlen", d -> d.maxlen < 0 ? null : (Object) d.maxlen);

    @Override
    public AttributeTable<PyDeque> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        String list = Repr.repr(new PyList(items));
        return "deque(" + list + (maxlen >= 0 ? ", maxlen=" + maxlen : "") + ")";
    }

    /** == compares the items, as CPython's deque does (a deque is never equal to a list or tuple). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyDeque d) || d.items.size() != items.size()) return o == this;
        Iterator<Object> a = items.iterator(), b = d.items.iterator();
        while (a.hasNext()) if (!Operators.equal(a.next(), b.next())) return false;
        return true;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public Runnable snapshot() {
        Object[] saved = items.toArray();
        return () -> {
            items.clear();
            items.addAll(java.util.Arrays.asList(saved));
        };
    }
}
