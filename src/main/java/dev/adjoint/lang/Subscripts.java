package dev.adjoint.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code obj[key]}, {@code obj[key] = v} and {@code del obj[key]} for Python's values: lists,
 * tuples, strings and ranges by int or slice, dicts by key, objects through __getitem__,
 * __setitem__ and __delitem__. Tensors are indexed by the engine (see the Interpreter).
 */
final class Subscripts {
    private Subscripts() {}

    static Object get(Interpreter in, Object obj, Object key) {
        if (obj instanceof List<?> l) {
            if (key instanceof SliceValue s) {
                List<Object> out = slice(l, s);
                return obj instanceof PyList ? new PyList(out) : obj instanceof TorchSize ? TorchSize.ofItems(out) : Values.tuple(out);
            }
            return l.get(index(key, l.size(), obj instanceof PyList ? "list" : "tuple"));
        }
        if (obj instanceof String s) {
            if (CodePoints.simple(s)) return simpleItem(s, key);
            int[] cps = CodePoints.array(s);
            if (key instanceof SliceValue sl) {
                long[] r = sl.indices(cps.length);
                StringBuilder sb = new StringBuilder();
                for (long i = r[0], n = SliceValue.length(r); n > 0; i += r[2], n--) sb.appendCodePoint(cps[(int) i]);
                return sb.toString();
            }
            return new String(Character.toChars(cps[index(key, cps.length, "string")]));
        }
        if (obj instanceof MappingProxy p && !p.showsDict()) return p.get(key); // the mapping's own __getitem__, asked first as CPython does
        if (obj instanceof PyDict d) {
            if (d.containsKey(key)) return d.get(key);
            return d.missing(in, key);
        }
        if (obj instanceof RangeValue r) {
            if (key instanceof SliceValue s) return r.slice(s);
            return r.item(indexInt(key, "range object"));
        }
        if (obj instanceof PyInstance i && i.has("__getitem__")) return i.call("__getitem__", key);
        if (obj instanceof Subscriptable s) return s.getItem(key);
        if (obj instanceof PyClass c) {
            Object hook = c.lookup("__class_getitem__"); // a classmethod, as CPython makes it (dataclasses.InitVar[int])
            if (hook instanceof Descriptors.ClassMethod m) return in.call(new BoundCallable(c, (Callable) m.function()), java.util.Arrays.asList(key));
            if (hook instanceof Callable f) return in.call(new BoundCallable(c, f), java.util.Arrays.asList(key));
            return c.metaclass() == null ? GenericAlias.of(c, key) : c.metaclass().item(c, key); // list[int]: types.GenericAlias
        }
        throw PyError.type("'" + Values.typeName(obj) + "' object is not subscriptable");
    }

    /** s[key] for a string whose units are its code points: no array of code points made. */
    private static String simpleItem(String s, Object key) {
        if (key instanceof SliceValue sl) {
            long[] r = sl.indices(s.length());
            if (r[2] == 1) return r[1] > r[0] ? s.substring((int) r[0], (int) r[1]) : "";
            StringBuilder sb = new StringBuilder();
            for (long i = r[0], n = SliceValue.length(r); n > 0; i += r[2], n--) sb.append(s.charAt((int) i));
            return sb.toString();
        }
        return String.valueOf(s.charAt(index(key, s.length(), "string")));
    }

    static void set(Interpreter in, Object obj, Object key, Object value) {
        if (obj instanceof PyList l) {
            if (key instanceof SliceValue s) {
                assignSlice(l, s, Values.items(value));
                return;
            }
            l.set(index(key, l.size(), "list assignment"), value);
            return;
        }
        if (obj instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        if (obj instanceof PyInstance i && i.has("__setitem__")) {
            i.call("__setitem__", key, value);
            return;
        }
        if (obj instanceof Subscriptable s) {
            s.setItem(key, value);
            return;
        }
        throw PyError.type("'" + Values.typeName(obj) + "' object does not support item assignment");
    }

    static void delete(Interpreter in, Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (key instanceof SliceValue s) {
                long[] r = s.indices(l.size());
                List<Integer> drop = new ArrayList<>();
                for (long i = r[0], n = SliceValue.length(r); n > 0; i += r[2], n--) drop.add((int) i);
                List<Object> kept = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) if (!drop.contains(i)) kept.add(l.get(i));
                l.setAll(kept);
                return;
            }
            l.remove(index(key, l.size(), "list assignment"));
            return;
        }
        if (obj instanceof PyDict d) {
            if (d.remove(key) == null) throw DictMethods.keyError(key);
            return;
        }
        if (obj instanceof PyInstance i && i.has("__delitem__")) {
            i.call("__delitem__", key);
            return;
        }
        if (obj instanceof PyChainMap c) {
            c.deleteItem(key);
            return;
        }
        if (obj instanceof PyMemoryView m) m.deleteItem(key); // CPython's own words: "cannot delete memory"
        throw PyError.type("'" + Values.typeName(obj) + "' object doesn't support item deletion");
    }

    /** An index as an int, a Long or a BigInteger (not yet checked against a length). */
    static Object indexInt(Object key, String what) {
        Object k = Values.plain(key);
        if (k instanceof Boolean b) return b ? 1L : 0L;
        if (PyNumbers.isInt(k)) return k;
        if (k instanceof dev.adjoint.autograd.Tensor t) return Values.tensorIndex(t);
        if (Values.number(k) instanceof Long l) return l; // np.int64's __index__
        if (k instanceof PyInstance i && i.has("__index__")) { // an IntEnum member
            Object r = Values.plain(i.call("__index__"));
            if (r instanceof Boolean b) return b ? 1L : 0L;
            return PyNumbers.isInt(r) ? r : (Object) Values.toLong(i, "index"); // (not an int: toLong's TypeError)
        }
        throw PyError.type(what.split(" ")[0] + " indices must be integers or slices, not " + Values.typeName(key));
    }

    /** A sequence index: an int (negative counts from the end) within [0, n). */
    static int index(Object key, long n, String what) {
        Object k = indexInt(key, what);
        if (k instanceof BigInteger) throw PyError.index("cannot fit '" + Values.typeName(key) + "' into an index-sized integer");
        long i = (Long) k;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyError.index(what + " index out of range");
        return (int) i;
    }

    private static List<Object> slice(List<?> items, SliceValue s) {
        long[] r = s.indices(items.size());
        List<Object> out = new ArrayList<>();
        for (long i = r[0], n = SliceValue.length(r); n > 0; i += r[2], n--) out.add(items.get((int) i));
        return out;
    }

    /** l[a:b] = items (any length when the step is 1), l[a:b:k] = items (as many as the slice has). */
    private static void assignSlice(PyList l, SliceValue s, List<Object> items) {
        long[] r = s.indices(l.size());
        if (r[2] == 1) {
            int start = (int) r[0], stop = (int) Math.max(r[0], r[1]);
            l.replace(start, stop, items);
            return;
        }
        long n = SliceValue.length(r);
        if (n != items.size())
            throw PyError.value("attempt to assign sequence of size " + items.size() + " to extended slice of size " + n);
        Iterator<Object> it = items.iterator();
        for (long i = r[0]; n > 0; i += r[2], n--) l.set((int) i, it.next());
    }
}
