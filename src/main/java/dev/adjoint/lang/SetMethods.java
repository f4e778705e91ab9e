package dev.adjoint.lang;

import java.util.Iterator;
import java.util.List;

/** set(...), frozenset(...) and their methods (add, remove, union, intersection, ...). */
final class SetMethods {
    private SetMethods() {}

    static Object of(Args a, boolean frozen) {
        a.expect(0, 1);
        PySet s = new PySet(frozen);
        if (a.size() == 1) for (Iterator<Object> it = Values.iterate(a.get(0)); it.hasNext(); ) s.add(it.next());
        return s;
    }

    static void register(PyClass set, PyClass frozenset) {
        set.method("add", a -> {
            self(a.expect(1, 1)).add(a.get(0));
            return null;
        });
        set.method("remove", a -> {
            if (!self(a.expect(1, 1)).remove(a.get(0))) throw DictMethods.keyError(a.get(0));
            return null;
        });
        set.method("discard", a -> {
            self(a.expect(1, 1)).remove(a.get(0));
            return null;
        });
        set.method("pop", a -> {
            PySet s = self(a.expect(0, 0));
            if (s.size() == 0) throw DictMethods.keyError("pop from an empty set");
            Object first = s.items().get(0);
            s.remove(first);
            return first;
        });
        set.method("clear", a -> {
            self(a.expect(0, 0)).clear();
            return null;
        });
        set.method("update", a -> {
            PySet s = self(a);
            for (Object other : a.positional()) for (Iterator<Object> it = Values.iterate(other); it.hasNext(); ) s.add(it.next());
            return null;
        });
        set.method("intersection_update", a -> replace(self(a), combine(a, '&')));
        set.method("difference_update", a -> replace(self(a), combine(a, '-')));
        set.method("symmetric_difference_update", a -> replace(self(a.expect(1, 1)), combine(a, '^')));
        for (PyClass c : List.of(set, frozenset)) {
            c.method("copy", a -> copy(self(a.expect(0, 0)), self(a).frozen()));
            c.method("union", a -> combine(a, '|'));
            c.method("intersection", a -> combine(a, '&'));
            c.method("difference", a -> combine(a, '-'));
            c.method("symmetric_difference", a -> combine(a.expect(1, 1), '^'));
            c.method("issubset", a -> subset(self(a.expect(1, 1)), toSet(a.get(0))));
            c.method("issuperset", a -> subset(toSet(a.expect(1, 1).get(0)), self(a)));
            c.method("isdisjoint", a -> {
                PySet other = toSet(a.expect(1, 1).get(0));
                for (Object o : self(a).items()) if (other.contains(o)) return false;
                return true;
            });
        }
    }

    private static PySet self(Args a) {
        return (PySet) a.self();
    }

    private static Object replace(PySet target, PySet with) {
        List<Object> items = with.items();
        target.clear();
        for (Object o : items) target.add(o);
        return null;
    }

    private static PySet combine(Args a, char op) {
        PySet out = self(a);
        for (Object other : a.positional()) out = op == '&' && !(other instanceof PySet) ? intersection(out, other) : apply(op, out, toSet(other));
        return a.size() == 0 ? copy(out, out.frozen()) : out;
    }

    /** s.intersection(iterable) of an iterable that is not a set: CPython walks the iterable, keeping what s holds, in that order. */
    private static PySet intersection(PySet s, Object iterable) {
        PySet out = new PySet(s.frozen());
        for (Iterator<Object> it = Values.iterate(iterable); it.hasNext(); ) {
            Object o = it.next();
            if (s.contains(o)) out.add(o);
        }
        return out;
    }

    static PySet toSet(Object v) {
        if (v instanceof PySet s) return s;
        PySet s = new PySet();
        for (Iterator<Object> it = Values.iterate(v); it.hasNext(); ) s.add(it.next());
        return s;
    }

    static PySet copy(PySet s, boolean frozen) {
        PySet out = new PySet(frozen);
        for (Object o : s.items()) out.add(o);
        return out;
    }

    /** | & - ^ of two sets; the result is frozen when the left one is. */
    static PySet apply(char op, PySet a, PySet b) {
        PySet out = new PySet(a.frozen());
        switch (op) {
            case '|' -> {
                for (Object o : a.items()) out.add(o);
                for (Object o : b.items()) out.add(o);
            }
            case '&' -> { // CPython's set_intersection walks the smaller set (the right one when they are as large), so collisions settle in its order
                PySet walked = b.size() > a.size() ? a : b, other = walked == a ? b : a;
                for (Object o : walked.items()) if (other.contains(o)) out.add(o);
            }
            case '-' -> {
                for (Object o : a.items()) if (!b.contains(o)) out.add(o);
            }
            default -> {
                for (Object o : a.items()) if (!b.contains(o)) out.add(o);
                for (Object o : b.items()) if (!a.contains(o)) out.add(o);
            }
        }
        return out;
    }

    static boolean subset(PySet a, PySet b) {
        for (Object o : a.items()) if (!b.contains(o)) return false;
        return true;
    }
}
