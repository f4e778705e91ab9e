package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Python's functools: reduce, partial, lru_cache and cache (with cache_info and cache_clear),
 * wraps and update_wrapper, cmp_to_key and total_ordering, cached_property, singledispatch and singledispatchmethod,
 * with CPython's messages and reprs.
 */
final class FunctoolsModule {
    private FunctoolsModule() {}

    static final PyClass PARTIAL = PyClass.builtin("partial", "functools", BuiltinTypes.OBJECT, Builtin.of("partial", a -> {
        a.expect(1, Integer.MAX_VALUE, a.keywords().keySet().toArray(new String[0]));
        Object fn = a.get(0);
        if (!Values.callable(fn)) throw PyError.type("the first argument must be callable");
        return new Partial(fn, List.copyOf(a.positional().subList(1, a.size())), new LinkedHashMap<>(a.keywords()));
    }));
    /** functools.cached_property: a class whose instances are {@link Descriptors.CachedProperty}. */
    static final PyClass CACHED_PROPERTY = PyClass.builtin("cached_property", "functools", BuiltinTypes.OBJECT,
            Builtin.of("cached_property", a -> new Descriptors.CachedProperty(a.expect(1, 1, "func").get(0))));
    private static final PyClass LRU_WRAPPER = PyClass.builtin("_lru_cache_wrapper", "functools", BuiltinTypes.OBJECT, null);
    private static final List<String> CACHE_INFO = List.of("hits", "misses", "maxsize", "currsize");

    static PyModule create() {
        PyModule m = new PyModule("functools");
        m.add(Builtin.of("reduce", a -> {
            a.expect(2, 3);
            Iterator<Object> items = Values.iterate(a.get(1));
            Object total;
            if (a.size() == 3) total = a.get(2);
            else if (items.hasNext()) total = items.next();
            else throw PyError.type("reduce() of empty iterable with no initial value");
            while (items.hasNext()) {
                dev.adjoint.ndarray.ComputationInterrupted.poll();
                total = a.interpreter().call(a.get(0), Arrays.asList(total, items.next()));
            }
            return total;
        }));
        m.add("partial", PARTIAL);
        m.add(Builtin.of("lru_cache", a -> {
            a.expect(0, 2, "maxsize", "typed");
            Object first = a.option(0, "maxsize", 128L);
            boolean typed = Values.truthy(a.option(1, "typed", false));
            if (Values.callable(first) && !(first instanceof Boolean)) return new LruCache(first, 128, typed); // @lru_cache without ()
            long max = first == null ? -1 : Math.max(0, Values.toLong(first, "maxsize"));
            if (first != null && !PyNumbers.isInt(Values.plain(first))) throw PyError.type("Expected first argument to be an integer, a callable, or None");
            return Builtin.of("decorating_function", d -> new LruCache(d.expect(1, 1).get(0), max, typed));
        }));
        m.add(Builtin.of("cache", a -> new LruCache(a.expect(1, 1).get(0), -1, false)));
        m.add("cached_property", CACHED_PROPERTY);
        m.add(Builtin.of("singledispatch", a -> new SingleDispatch(a.expect(1, 1, "func").get(0))));
        m.add("singledispatchmethod", SingleDispatchMethod.TYPE);
        m.add(Builtin.of("update_wrapper", a -> {
            a.expect(2, 2);
            return copyNames(a.get(0), a.get(1));
        }));
        m.add(Builtin.of("wraps", a -> {
            Object wrapped = a.expect(1, 1).get(0);
            return Builtin.of("wraps", d -> copyNames(d.expect(1, 1).get(0), wrapped));
        }));
        m.add(Builtin.of("cmp_to_key", a -> {
            Object cmp = a.expect(1, 1, "mycmp").get(0);
            Interpreter in = a.interpreter();
            return Builtin.of("K", k -> new CmpKey(cmp, k.expect(1, 1).get(0), in));
        }));
        m.add(Builtin.of("total_ordering", a -> TotalOrdering.fill(a.expect(1, 1).get(0))));
        return m;
    }

    /**
     * The attributes functools.update_wrapper gives a wrapper that adjoint makes (lru_cache,
     * singledispatch): {@code wrapped} as __wrapped__, and the names and docstring of the function
     * {@code source} gives (a def without a docstring: None).
     */
    static <T> AttributeTable<T> wrapperAttributes(AttributeTable<T> table, Function<? super T, Object> wrapped, Function<? super T, Object> source) {
        for (String name : List.of("__module__", "__name__", "__qualname__")) table.optional(name, w -> Attributes.getOrNull(null, source.apply(w), name));
        return table.value("__doc__", w -> Attributes.getOrNull(null, source.apply(w), "__doc__")).value("__wrapped__", wrapped);
    }

    /** update_wrapper: the wrapper takes the wrapped function's __module__, __name__, __qualname__, __doc__ and __wrapped__. */
    private static Object copyNames(Object wrapper, Object wrapped) {
        if (!(wrapper instanceof UserFunction w)) throw PyError.notSupported("functools.wraps of a " + Values.typeName(wrapper) + " (only of a def)");
        for (String name : List.of("__name__", "__qualname__", "__doc__")) {
            Object v = Attributes.getOrNull(null, wrapped, name);
            if (v != null || name.equals("__doc__")) w.setAttribute(name, v);
        }
        w.setAttribute("__wrapped__", wrapped);
        return wrapper;
    }

    /** functools.partial(f, *args, **kw): calls f with these arguments first. */
    static final class Partial implements Callable, TabledHostObject {
        private final Object fn;
        private final List<Object> args;
        private final Map<String, Object> keywords;

        Partial(Object fn, List<Object> args, Map<String, Object> keywords) {
            this.fn = fn;
            this.args = args;
            this.keywords = keywords;
        }

        @Override
        public String name() {
            return "partial";
        }

        @Override
        public Object call(Interpreter interpreter, List<Object> more, Map<String, Object> moreKeywords, Span span) {
            List<Object> all = new ArrayList<>(args);
            all.addAll(more);
            Map<String, Object> kw = new LinkedHashMap<>(keywords);
            kw.putAll(moreKeywords);
            return interpreter.call(fn, all, kw, span);
        }

        @Override
        public String typeName() {
            return "functools.partial";
        }

        @Override
        public PyClass pyClass() {
            return PARTIAL;
        }

        private static final AttributeTable<Partial> ATTRIBUTES = new AttributeTable<Partial>()
                .value("args", p -> Values.tuple(p.args))
                .value("func", p -> p.fn)
                .value("keywords", p -> {
                    PyDict d = new PyDict();
                    p.keywords.forEach(d::put);
                    return d;
                });

        @Override
        public AttributeTable<Partial> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("functools.partial(").append(Repr.repr(fn));
            for (Object v : args) sb.append(", ").append(Repr.repr(v));
            keywords.forEach((k, v) -> sb.append(", ").append(k).append('=').append(Repr.repr(v)));
            return sb.append(')').toString();
        }
    }

    /** lru_cache(maxsize)(f) and cache(f): results kept by the arguments' hash keys, least recently used dropped first. */
    static final class LruCache implements Callable, TabledHostObject, Undoable {
        private final Object fn;
        private final long maxsize; // -1: unbounded
        private final boolean typed; // 1 and 1.0 cached apart
        private final LinkedHashMap<Object, Object> results = new LinkedHashMap<>(16, 0.75f, true);
        private long hits, misses;

        LruCache(Object fn, long maxsize, boolean typed) {
            if (!Values.callable(fn)) throw PyError.type("Expected first argument to be an integer, a callable, or None");
            this.fn = fn;
            this.maxsize = maxsize;
            this.typed = typed;
        }

        @Override
        public String name() {
            return fn instanceof Callable c ? c.name() : "lru_cache";
        }

        @Override
        public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
            List<Object> key = new ArrayList<>(args);
            if (!keywords.isEmpty()) {
                key.add(KWD_MARK);
                keywords.forEach((k, v) -> {
                    key.add(k);
                    key.add(v);
                });
            }
            if (typed) { // CPython's _make_key: the arguments' types after them
                for (Object v : args) key.add(BuiltinTypes.of(v));
                for (Object v : keywords.values()) key.add(BuiltinTypes.of(v));
            }
            // CPython's key: one int or str argument alone stands for itself, not in a tuple, so f(1) and f(1.0) are cached apart
            Object lone = !typed && keywords.isEmpty() && args.size() == 1 ? args.get(0) : null;
            boolean bare = lone instanceof String || lone instanceof Long || lone instanceof BigInteger;
            Object hashKey = HashKey.of(bare ? lone : Values.tuple(key)); // an unhashable argument is Python's TypeError
            UndoLog.touch(this);
            if (results.containsKey(hashKey)) {
                hits++;
                return results.get(hashKey);
            }
            misses++;
            Object v = interpreter.call(fn, args, keywords, span);
            if (maxsize != 0) {
                results.put(hashKey, v);
                if (maxsize > 0 && results.size() > maxsize) results.remove(results.keySet().iterator().next());
            }
            return v;
        }

        private static final Object KWD_MARK = new Object();

        @Override
        public String typeName() {
            return "functools._lru_cache_wrapper";
        }

        @Override
        public PyClass pyClass() {
            return LRU_WRAPPER;
        }

        private static final AttributeTable<LruCache> ATTRIBUTES = wrapperAttributes(new AttributeTable<LruCache>(), c -> c.fn, c -> c.fn)
                .method("cache_clear", (c, a) -> {
                    a.expect(0, 0);
                    UndoLog.touch(c);
                    c.results.clear();
                    c.hits = c.misses = 0;
                    return null;
                })
                .method("cache_parameters", (c, a) -> {
                    a.expect(0, 0);
                    PyDict d = new PyDict();
                    d.put("maxsize", c.maxsize < 0 ? null : (Object) c.maxsize);
                    d.put("typed", c.typed);
                    return d;
                })
                .method("cache_info", (c, a) -> {
                    a.expect(0, 0);
                    return new StructSequence("CacheInfo", CACHE_INFO, java.util.Arrays.asList(c.hits, c.misses, c.maxsize < 0 ? null : (Object) c.maxsize, (long) c.results.size()));
                });

        @Override
        public AttributeTable<LruCache> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public Runnable snapshot() {
            Map<Object, Object> saved = new LinkedHashMap<>(results);
            long h = hits, m = misses;
            return () -> {
                results.clear();
                results.putAll(saved);
                hits = h;
                misses = m;
            };
        }

        @Override
        public String toString() {
            return "<functools._lru_cache_wrapper object at " + Values.address(this) + ">";
        }
    }

    /** What cmp_to_key(cmp) makes of a value: compared with another by the sign of cmp(a, b). */
    static final class CmpKey implements PyOperand {
        private final Object cmp, value;
        private final Interpreter in;

        CmpKey(Object cmp, Object value, Interpreter in) {
            this.cmp = cmp;
            this.value = value;
            this.in = in;
        }

        @Override
        public Object compare(TokenType op, Object other, boolean reflected) {
            if (!(other instanceof CmpKey k)) return null;
            CmpKey left = reflected ? k : this, right = reflected ? this : k;
            Object r = in.call(cmp, Arrays.asList(left.value, right.value));
            int sign = Operators.less(r, 0L) ? -1 : Operators.equal(r, 0L) ? 0 : 1;
            return switch (op) {
                case LESS -> sign < 0;
                case LESS_EQUAL -> sign <= 0;
                case GREATER -> sign > 0;
                case GREATER_EQUAL -> sign >= 0;
                case EQUAL_EQUAL -> sign == 0;
                case BANG_EQUAL -> sign != 0;
                default -> null;
            };
        }

        @Override
        public Object binary(TokenType op, Object other, boolean reflected) {
            return null;
        }

        @Override
        public boolean hashable() {
            return false;
        }

        @Override
        public String toString() {
            return "<functools.KeyWrapper object at " + Values.address(this) + ">";
        }
    }

    /** total_ordering: a class with __eq__ and one of __lt__, __le__, __gt__, __ge__ gets the other three. */
    private static final class TotalOrdering {
        private static final List<String> ORDER = List.of("__lt__", "__le__", "__gt__", "__ge__");

        static Object fill(Object v) {
            if (!(v instanceof PyClass c)) throw PyError.type("total_ordering needs a class, not " + Values.typeName(v));
            String root = null;
            for (String op : ORDER) {
                PyClass owner = c.owner(op);
                if (owner != null && owner != BuiltinTypes.OBJECT) {
                    root = op;
                    break;
                }
            }
            if (root == null) throw PyError.value("must define at least one ordering operation: < > <= >=");
            for (String op : ORDER) {
                PyClass owner = c.owner(op);
                if (op.equals(root) || (owner != null && owner != BuiltinTypes.OBJECT)) continue;
                String given = root;
                c.set(op, new BuiltinMethod(op, a -> derived(a, given, op)));
            }
            return c;
        }

        /** op(self, other) from the one ordering the class gives and ==, as functools' _gt_from_lt and friends. */
        private static Object derived(Args a, String given, String op) {
            Object self = a.self(), other = a.expect(1, 1).get(0);
            Object r = a.interpreter().call(Attributes.get(a.interpreter(), self, given), Arrays.asList(other));
            if (r == Dunders.NOT_IMPLEMENTED) return r;
            boolean g = Values.truthy(r), eq = Operators.equal(self, other);
            boolean lt = switch (given) {
                case "__lt__" -> g;
                case "__le__" -> g && !eq;
                case "__gt__" -> !g && !eq;
                default -> !g; // __ge__
            };
            return switch (op) {
                case "__lt__" -> lt;
                case "__le__" -> lt || eq;
                case "__gt__" -> !lt && !eq;
                default -> !lt; // __ge__
            };
        }
    }
}
