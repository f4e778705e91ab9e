package dev.adjoint.lang;

import java.util.Iterator;
import java.util.List;

/** set(...), frozenset(...) and their methods (add, remove, union, intersection, ...). */
final class SetMethods {
    private SetMethods() {}

    static Object of(Args a, boolean frozen) {
        a.expect(0, 1);
        if (frozen && a.size() == 1 && a.get(0) instanceof PySet s && s.frozen()) return s; // frozenset(f) is f, as in CPython
        PySet s = new PySet(frozen);
        if (a.size() == 1) s.update(a.get(0));
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
        set.method("pop", a -> self(a.expect(0, 0)).pop());
        set.method("clear", a -> {
            self(a.expect(0, 0)).clear();
            return null;
        });
        set.method("update", a -> {
            PySet s = self(a);
            for (Object other : a.positional()) s.update(other);
            return null;
        });
        set.method("intersection_update", a -> {
            self(a).replaceWith(intersection(a));
            return null;
        });
        set.method("difference_update", a -> {
            PySet s = self(a);
            for (Object other : a.positional()) s.differenceUpdate(other);
            return null;
        });
        set.method("symmetric_difference_update", a -> {
            self(a.expect(1, 1)).symmetricDifferenceUpdate(a.get(0));
            return null;
        });
        for (PyClass c : List.of(set, frozenset)) {
            c.method("copy", a -> copy(self(a.expect(0, 0)), self(a).frozen()));
            c.method("union", a -> {
                PySet s = self(a), out = copy(s, s.frozen());
                for (Object other : a.positional()) if (other != s) out.update(other);
                return out;
            });
            c.method("intersection", SetMethods::intersection);
            c.method("difference", a -> {
                PySet s = self(a);
                if (a.size() == 0) return copy(s, s.frozen());
                PySet out = difference(s, a.get(0));
                for (Object other : a.positional().subList(1, a.size())) out.differenceUpdate(other);
                return out;
            });
            c.method("symmetric_difference", a -> symmetricDifference(self(a.expect(1, 1)), a.get(0)));
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

    /** s.intersection(*others): one intersection after another. */
    private static PySet intersection(Args a) {
        PySet out = self(a);
        if (a.size() == 0) return copy(out, out.frozen());
        for (Object other : a.positional()) out = intersection(out, other);
        return out;
    }

    /**
     * set_intersection: with a set, the smaller one walked (the other when they are as large), so
     * its order decides; with any other iterable, its items in its order, until all of s is found.
     */
    static PySet intersection(PySet s, Object other) {
        if (other == s) return copy(s, s.frozen());
        PySet out = new PySet(s.frozen());
        if (other instanceof PySet t) {
            PySet walked = t.size() > s.size() ? s : t, probed = walked == s ? t : s;
            for (Object o : walked.items()) if (probed.contains(o)) out.add(o);
            return out;
        }
        for (Iterator<Object> it = Values.iterate(other); it.hasNext(); ) {
            Object o = it.next();
            if (s.contains(o)) {
                out.add(o);
                if (out.size() >= s.size()) break;
            }
        }
        return out;
    }

    /** set_difference: s's items not in a set (or dict) walked in s's order, unless s is much larger: then a copy of s with the other's removed. */
    static PySet difference(PySet s, Object other) {
        int otherSize = other instanceof PySet t ? t.size() : other instanceof PyDict d && d.pyClass() == BuiltinTypes.DICT ? d.size() : -1;
        if (otherSize < 0 || s.size() >> 2 > otherSize) {
            PySet out = copy(s, s.frozen());
            out.differenceUpdate(other);
            return out;
        }
        PySet out = new PySet(s.frozen());
        for (Object o : s.items()) if (!Operators.contains(other, o)) out.add(o);
        return out;
    }

    /** set_symmetric_difference: a copy of the other, then each item of s (in its order) removed from it or added. */
    static PySet symmetricDifference(PySet s, Object other) {
        PySet out = new PySet(s.frozen());
        out.update(other);
        out.symmetricDifferenceUpdate(s);
        return out;
    }

    static PySet toSet(Object v) {
        if (v instanceof PySet s) return s;
        PySet s = new PySet();
        s.update(v);
        return s;
    }

    static PySet copy(PySet s, boolean frozen) {
        PySet out = new PySet(frozen);
        out.update(s);
        return out;
    }

    /** | & - ^ of two sets, as CPython computes them (which decides their order); the result is frozen when the left one is. */
    static PySet apply(char op, PySet a, PySet b) {
        return switch (op) {
            case '|' -> {
                PySet out = copy(a, a.frozen());
                out.update(b);
                yield out;
            }
            case '&' -> intersection(a, b);
            case '-' -> difference(a, b);
            default -> symmetricDifference(a, b);
        };
    }

    /**
     * | & - ^ where a dict's keys() or items() view is an operand (CPython's dictviews_or and
     * friends): a set made from the left one, updated with the right one; & walks the smaller
     * side; ^ of two items views pairs them up key by key.
     */
    static PySet withView(char op, Object a, Object b) {
        if (op == '&') return viewIntersection(a, b);
        if (op == '^' && a instanceof DictView v && b instanceof DictView w && v.kind() == DictView.Kind.ITEMS && w.kind() == DictView.Kind.ITEMS)
            return itemsSymmetricDifference(v.dict(), w.dict());
        PySet out = new PySet();
        out.update(a instanceof DictView v && v.kind() == DictView.Kind.KEYS ? v.dict() : a);
        switch (op) {
            case '|' -> out.update(b);
            case '-' -> out.differenceUpdate(b);
            default -> out.symmetricDifferenceUpdate(b);
        }
        return out;
    }

    private static PySet viewIntersection(Object a, Object b) {
        Object view = a instanceof DictView ? a : b, other = view == a ? b : a;
        int size = ((DictView) view).dict().size();
        if (other instanceof PySet s && !s.frozen() && size <= s.size()) return intersection(s, view);
        if (other instanceof DictView w && w.dict().size() > size) {
            Object t = view;
            view = other;
            other = t;
        }
        PySet out = new PySet();
        for (Iterator<Object> it = Values.iterate(other); it.hasNext(); ) {
            Object o = it.next();
            if (((DictView) view).contains(o)) out.add(o);
        }
        return out;
    }

    /** dictitems_xor: the pairs of e that d lacks or holds with another value, then d's pairs whose key e lacks or holds with another value. */
    private static PySet itemsSymmetricDifference(PyDict d, PyDict e) {
        PyDict rest = DictMethods.copy(d);
        PySet out = new PySet();
        for (PyDict.Entry x : e.entries()) {
            if (rest.containsKey(x.key()) && Operators.equal(rest.get(x.key()), x.value())) rest.remove(x.key());
            else out.add(Values.tuple(x.key(), x.value()));
        }
        out.update(new DictView(rest, DictView.Kind.ITEMS));
        return out;
    }

    /** The in-place forms |= &= -= ^= of a set with a set. */
    static void applyInPlace(char op, PySet a, PySet b) {
        switch (op) {
            case '|' -> a.update(b);
            case '&' -> a.replaceWith(intersection(a, b));
            case '-' -> a.differenceUpdate(b);
            default -> a.symmetricDifferenceUpdate(b);
        }
    }

    static boolean subset(PySet a, PySet b) {
        for (Object o : a.items()) if (!b.contains(o)) return false;
        return true;
    }
}
