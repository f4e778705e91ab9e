package dev.adjoint.lang;

import dev.adjoint.lang.lib.TorchDevice;
import dev.adjoint.lang.lib.TorchTypeInfo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.RandomAccess;

/**
 * Dict keys and set items by Python's equality: 1, 1.0 and True are one key, tuples are equal by
 * their items, strings by their text, objects of classes with __hash__ by their __hash__ and
 * __eq__, and everything else (tensors, functions, other objects) by identity. Lists, dicts, sets
 * and objects whose class defines __eq__ without __hash__ are unhashable, as in Python.
 */
final class HashKey {
    private HashKey() {}

    /** Tuples nested deeper than this cannot be hashed (Python's RecursionError), never a stack overflow. */
    private static final int MAX_DEPTH = 1000;

    /**
     * Tuples with more items than this, counting an item each time it occurs, are not hashed (a
     * MemoryError, as {@link Repr} gives for a text that long): a tuple that holds one tuple at
     * every level ({@code u = (u, u)} 60 times) has 2^60 occurrences, and the key, its hash and
     * every comparison of it walk them all.
     */
    static final long MAX_ITEMS = 10_000_000;

    /** The Java object whose equals/hashCode are Python's == and hash() for {@code v}. */
    static Object of(Object v) {
        if (v instanceof TrackedNumber t) return scalar(t.value());
        if (!(v instanceof List<?> tuple) || v instanceof PyList) return scalar(v);
        return isFlat(tuple) ? flatKey(tuple) : new Keying().of(v, 0);
    }

    /**
     * Whether no item of a tuple is a tuple (most keys: (ch1, ch2), (i, j)): nothing in it can be
     * met twice or nest deep, so its key needs no {@link Keying}.
     */
    private static boolean isFlat(List<?> tuple) {
        if (!(tuple instanceof RandomAccess) || tuple.size() > MAX_ITEMS) return false; // (Keying says what is too many)
        for (int i = 0; i < tuple.size(); i++)
            if (tuple.get(i) instanceof List<?> && !(tuple.get(i) instanceof PyList)) return false;
        return true;
    }

    private static TupleKey flatKey(List<?> tuple) {
        dev.adjoint.ndarray.ComputationInterrupted.poll(); // as Keying does for every tuple
        Object[] keys = new Object[tuple.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = tuple.get(i) instanceof TrackedNumber t ? scalar(t.value()) : scalar(tuple.get(i));
        return new TupleKey(keys);
    }

    /**
     * A tuple's key: the keys of its items, equal and hashed as a list of them (SetOrder hashes it
     * as CPython hashes a tuple). Its hash is kept: a key is hashed at every look-up, and a key met
     * again inside a nested tuple is the same object (see Keying).
     */
    static final class TupleKey extends AbstractList<Object> implements RandomAccess {
        private final Object[] items;
        private int hash;
        private boolean hashed;

        TupleKey(Object[] items) {
            this.items = items;
        }

        @Override
        public Object get(int i) {
            return items[i];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public int hashCode() {
            if (!hashed) {
                hash = Arrays.hashCode(items);
                hashed = true;
            }
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) return true;
            if (o instanceof TupleKey k) return hashCode() == k.hashCode() && Arrays.equals(items, k.items);
            return super.equals(o);
        }
    }

    /** One hashing: a tuple met again is keyed once, and its items counted again against {@link #MAX_ITEMS}. */
    private static final class Keying {
        private final IdentityHashMap<Object, Keyed> seen = new IdentityHashMap<>();
        private long items;

        private record Keyed(Object key, long items) {}

        Object of(Object v, int depth) {
            if (depth > MAX_DEPTH) throw new PyError("RecursionError", "maximum recursion depth exceeded while getting the hash");
            if (v instanceof TrackedNumber t) return scalar(t.value());
            if (!(v instanceof List<?> tuple) || v instanceof PyList) return scalar(v);
            Keyed again = seen.get(tuple);
            if (again != null) {
                count(again.items());
                return again.key();
            }
            dev.adjoint.ndarray.ComputationInterrupted.poll(); // Ctrl-C, whatever the value
            long before = items;
            count(tuple.size());
            List<Object> keys = new ArrayList<>(tuple.size());
            for (Object item : tuple) keys.add(of(item, depth + 1));
            Object key = new TupleKey(keys.toArray());
            seen.put(tuple, new Keyed(key, items - before));
            return key;
        }

        private void count(long n) {
            items += n;
            if (items > MAX_ITEMS) throw new PyError("MemoryError", String.format(java.util.Locale.ROOT,
                    "cannot hash a tuple of more than %,d items, counting an item each time it occurs (a tuple held at many levels counts at each)", MAX_ITEMS));
        }
    }

    /** The key of anything but a tuple. */
    private static Object scalar(Object v) {
        if (v == null) return NONE;
        if (v instanceof String) return v;
        if (v instanceof Long) return v;
        if (v instanceof Boolean b) return b ? 1L : 0L;
        if (v instanceof BigInteger) return v;
        if (v instanceof Double d) {
            if (Double.isNaN(d)) return new Identity(v); // CPython 3.10+: a nan hashes by identity, so nan keys never collide
            if (d == Math.rint(d) && !Double.isInfinite(d))
                return Math.abs(d) < 9e18 ? (Object) (long) (double) d : PyNumbers.normalize(new BigDecimal(d).toBigInteger());
            return d;
        }
        if (v instanceof PyComplex c) return c.hashKey() == null ? scalar(c.real()) : c.hashKey(); // 1+0j is 1's key
        if (v instanceof PyList) throw unhashable("list");
        if (v instanceof PyDict d) throw unhashable(CollectionsModule.shownTypeName(d.pyClass()));
        if (v instanceof PyDeque) throw unhashable("collections.deque");
        if (v instanceof PyChainMap) throw unhashable("ChainMap"); // a MutableMapping, compared by items
        if (v instanceof SliceValue) throw unhashable("slice"); // until Python 3.12
        if (v instanceof Cell) throw unhashable("cell"); // compared by contents that can change
        if (v instanceof TorchTypeInfo t) throw unhashable(t.qualifiedTypeName()); // equal by dtype, not hashable
        if (v instanceof PySet s && !s.frozen()) throw unhashable("set");
        if (v instanceof DictView d && d.kind() != DictView.Kind.VALUES) throw unhashable(d.typeName()); // set-like, compared by value
        if (v instanceof PySet s) return s.keySet();
        if (v instanceof PyInstance i) return instanceKey(i);
        if (v instanceof PyBytes b) return b.hashKey();
        if (v instanceof PyPath p) return p.hashKey();
        if (v instanceof PyOperand o) { // a NumPy scalar hashes as its Python number (np.float32(0.5) == 0.5)
            if (!o.hashable()) throw unhashable(Values.typeName(v));
            Object n = o.pythonNumber();
            if (n != null) return scalar(n);
        }
        if (v instanceof NormalDist d) return PartsKey.of(d);
        if (v instanceof Timedelta t) return PartsKey.of(t);
        if (v instanceof Moment m && m.tz() != null) return PartsKey.of(m);
        if (v instanceof TimeOfDay t && t.tz() != null) return PartsKey.of(t);
        if (v instanceof FixedOffset z) return PartsKey.of(z);
        if (v instanceof TorchDevice d) return PartsKey.of(d);
        if (v instanceof HashedByValue) return v; // int | str, a date: equal by value, as CPython hashes them
        return new Identity(v);
    }

    /**
     * An object of a user class: by identity, or by its __hash__ and __eq__ when its class defines
     * __hash__; a class that defines __eq__ but not __hash__ is unhashable (Python sets its
     * __hash__ to None), even when a base class defines one.
     */
    private static Object instanceKey(PyInstance i) {
        // an IntEnum or StrEnum member is an int or a str: it is the same key as its value ({I.X: 'a'}.get(1))
        if (i.pyClass().isSubclassOf(EnumModule.INT_ENUM) || i.pyClass().isSubclassOf(EnumModule.STR_ENUM) || i.pyClass().isSubclassOf(EnumModule.INT_FLAG))
            return of(EnumModule.value(i));
        if (i.value() != null && !(i.value() instanceof HostObject) && !BuiltinSubclasses.ownedByClass(i, "__eq__") && !BuiltinSubclasses.ownedByClass(i, "__hash__"))
            return BuiltinSubclasses.key(i); // class Mode(str, Enum): the same key as its text
        PyClass hashOwner = i.pyClass().owner("__hash__"), eqOwner = i.pyClass().owner("__eq__");
        boolean ownHash = hashOwner != null && hashOwner != BuiltinTypes.OBJECT;
        boolean ownEq = eqOwner != null && eqOwner != BuiltinTypes.OBJECT;
        if (ownEq && (!ownHash || eqOwner != hashOwner && eqOwner.isSubclassOf(hashOwner))) throw unhashable(i.pyClass().typeName());
        Object number = FractionsModule.sameNumber(i);
        if (number != null && hashOwner != null && hashOwner.isBuiltin()) return scalar(number);
        if (!ownHash) return new Identity(i);
        if (hashOwner.dict().get("__hash__") == null) throw unhashable(i.pyClass().typeName()); // __hash__ = None
        Object h = i.call("__hash__");
        if (!PyNumbers.isInt(h)) throw PyError.type("__hash__ method should return an integer");
        // CPython's slot_tp_hash: a result that fits in a machine word is the hash as it is (-1 becomes -2); a bigger one is reduced as an int's hash
        long hash = h instanceof Long l ? (l == -1 ? -2 : l) : h instanceof Boolean b ? (b ? 1 : 0) : SetOrder.hash(of(h));
        return new ByHash(i, hash);
    }

    /** An object with its own __hash__ (the int it returned, as CPython takes it): equal by __eq__. */
    record ByHash(PyInstance value, long hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ByHash k && (k.value == value || Operators.equal(value, k.value));
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }
    }

    /**
     * A value CPython hashes as a tuple of its parts, equal to values of its own type with equal
     * parts only (a range is its own key: RangeValue.hashItems): a NormalDist as (mu, sigma), so
     * -0.0 and 0.0 are one; a
     * timedelta as (days, seconds, microseconds); an aware datetime or time as the timedelta from
     * day 1 (or midnight) in UTC, so equal instants in different zones are one (naive ones are
     * hashed by their own hashCode: CPython hashes their bytes, randomized); a timezone as its
     * offset's timedelta; a torch.device as
     * (type, index).
     */
    static final class PartsKey {
        private final Class<?> type;
        private final TupleKey parts;

        private PartsKey(Class<?> type, Object... parts) {
            this.type = type;
            this.parts = flatKey(java.util.Arrays.asList(parts));
        }

        static PartsKey of(NormalDist d) {
            return new PartsKey(NormalDist.class, d.mu(), d.sigma());
        }

        static PartsKey of(Timedelta t) {
            return new PartsKey(Timedelta.class, t.days(), t.seconds(), t.microseconds());
        }

        static PartsKey of(Moment m) {
            return new PartsKey(Moment.class, parts(m.utcSinceDayOne()));
        }

        static PartsKey of(TimeOfDay t) {
            return new PartsKey(TimeOfDay.class, parts(new Timedelta(t.utcMicros())));
        }

        static PartsKey of(FixedOffset z) {
            return new PartsKey(FixedOffset.class, parts(new Timedelta(z.micros)));
        }

        static PartsKey of(TorchDevice d) {
            return new PartsKey(TorchDevice.class, d.type(), d.index());
        }

        private static Object[] parts(Timedelta t) {
            return new Object[] {t.days(), t.seconds(), t.microseconds()};
        }

        long hash() {
            return SetOrder.hash(parts);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PartsKey k && k.type == type && k.parts.equals(parts);
        }

        @Override
        public int hashCode() {
            return parts.hashCode();
        }
    }

    private static PyError unhashable(String type) {
        return PyError.type("unhashable type: '" + type + "'");
    }

    private static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** A key equal only to itself (objects without value equality). */
    /** The key of v by identity, whatever its class defines: object.__hash__'s. */
    static Object identity(Object v) {
        return new Identity(v);
    }

    private record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
