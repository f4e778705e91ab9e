package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's collections: defaultdict, Counter and OrderedDict (dicts, {@link PyDict} subclasses),
 * deque ({@link PyDeque}) and namedtuple ({@link NamedTuples}), printed and failing as CPython's.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    /**
     * A dict type's name as CPython's messages show it (its tp_name): defaultdict and OrderedDict are
     * C types named with their module, Counter a Python class named alone.
     */
    static String shownTypeName(PyClass dictType) {
        return dictType == DEFAULTDICT || dictType == ORDERED_DICT ? "collections." + dictType.name() : dictType.name();
    }

    static final PyClass DEFAULTDICT = PyClass.builtin("defaultdict", "collections", BuiltinTypes.DICT, Builtin.of("defaultdict", a -> {
        a.expect(0, 2, a.keywords().keySet().toArray(new String[0]));
        Object factory = a.size() > 0 ? a.get(0) : null;
        if (factory != null && !Values.callable(factory)) throw PyError.type("first argument must be callable or None");
        DefaultDict d = new DefaultDict(factory);
        if (a.size() == 2) DictMethods.fill(d, a.get(1));
        for (Map.Entry<String, Object> e : a.keywords().entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }));
    static final PyClass COUNTER = PyClass.builtin("Counter", "collections", BuiltinTypes.DICT, Builtin.of("Counter", a -> {
        a.expect(0, 1, a.keywords().keySet().toArray(new String[0]));
        Counter c = new Counter();
        c.count(a.size() == 1 ? a.get(0) : null, a.keywords(), 1);
        return c;
    }));
    static final PyClass ORDERED_DICT = PyClass.builtin("OrderedDict", "collections", BuiltinTypes.DICT, Builtin.of("OrderedDict", a -> {
        OrderedDict d = new OrderedDict();
        a.expect(0, 1, a.keywords().keySet().toArray(new String[0]));
        if (a.size() == 1) DictMethods.fill(d, a.get(0));
        for (Map.Entry<String, Object> e : a.keywords().entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }));

    static {
        for (PyClass t : new PyClass[] {DEFAULTDICT, COUNTER, ORDERED_DICT}) {
            t.carryingValues(true); // class C(Counter): its objects carry a Counter (BuiltinSubclasses)
            BuiltinSubclasses.defineConstruction(t, true);
        }
        DEFAULTDICT.define("default_factory", new Descriptors.Property(new BuiltinMethod("default_factory", a -> ((DefaultDict) BuiltinSubclasses.valueOf(a.self())).factory), null, null));
        COUNTER.method("most_common", a -> {
            a.expect(0, 1, "n");
            Object n = a.option(0, "n", null);
            List<Object> pairs = ((Counter) a.self()).mostCommon();
            if (n != null) pairs = pairs.subList(0, (int) Math.max(0, Math.min(pairs.size(), Values.toLong(n, "n"))));
            return new PyList(pairs);
        });
        COUNTER.method("elements", a -> {
            a.expect(0, 0);
            List<Object> out = new ArrayList<>();
            for (PyDict.Entry e : ((Counter) a.self()).entries()) {
                Object n = Values.plain(e.value());
                if (!PyNumbers.isInt(n)) throw PyError.type("'" + Values.typeName(n) + "' object cannot be interpreted as an integer");
                long k = Values.toLong(n, "count");
                for (long i = 0; i < k; i++) {
                    dev.adjoint.ndarray.ComputationInterrupted.pollEvery(i);
                    out.add(e.key());
                }
            }
            return new PyIterator("itertools.chain", out.iterator());
        });
        COUNTER.method("update", a -> {
            a.expect(0, 1, a.keywords().keySet().toArray(new String[0]));
            ((Counter) a.self()).count(a.size() == 1 ? a.get(0) : null, a.keywords(), 1);
            return null;
        });
        COUNTER.method("subtract", a -> {
            a.expect(0, 1, a.keywords().keySet().toArray(new String[0]));
            ((Counter) a.self()).count(a.size() == 1 ? a.get(0) : null, a.keywords(), -1);
            return null;
        });
        COUNTER.method("total", a -> {
            a.expect(0, 0);
            Object total = 0L;
            for (PyDict.Entry e : ((Counter) a.self()).entries()) total = Operators.binary(TokenType.PLUS, total, e.value());
            return total;
        });
        ORDERED_DICT.method("move_to_end", a -> {
            a.expect(1, 2, "key", "last");
            ((PyDict) a.self()).moveToEnd(a.option(0, "key", null), Values.truthy(a.option(1, "last", true)));
            return null;
        });
        ORDERED_DICT.method("popitem", a -> {
            a.expect(0, 1, "last");
            PyDict d = (PyDict) a.self();
            List<PyDict.Entry> entries = d.entries();
            if (entries.isEmpty()) throw DictMethods.keyError("dictionary is empty");
            PyDict.Entry e = entries.get(Values.truthy(a.option(0, "last", true)) ? entries.size() - 1 : 0);
            d.remove(e.key());
            return Values.tuple(e.key(), e.value());
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("collections");
        m.add("defaultdict", DEFAULTDICT);
        m.add("Counter", COUNTER);
        m.add("OrderedDict", ORDERED_DICT);
        m.add("deque", PyDeque.CLASS);
        m.add("ChainMap", PyChainMap.CLASS);
        m.add("UserList", UserCollections.USER_LIST).add("UserDict", UserCollections.USER_DICT).add("UserString", UserCollections.USER_STRING);
        m.add(Builtin.of("namedtuple", NamedTuples::namedtuple));
        return m;
    }

    /** A new defaultdict(factory), for library objects that keep one (torch.optim.Optimizer's state). */
    public static PyDict defaultDict(Object factory) {
        return new DefaultDict(factory);
    }

    /** defaultdict(factory): a missing key gets factory() as its value. */
    static final class DefaultDict extends PyDict {
        private final Object factory;

        DefaultDict(Object factory) {
            this.factory = factory;
        }

        @Override
        public PyClass pyClass() {
            return DEFAULTDICT;
        }

        @Override
        Object missing(Interpreter in, Object key) {
            if (factory == null) return super.missing(in, key);
            Object v = in.call(factory, List.of());
            put(key, v);
            return v;
        }

        @Override
        PyDict emptyLike() {
            return new DefaultDict(factory);
        }

        @Override
        List<Object> reprArguments() {
            PyDict plain = new PyDict();
            DictMethods.fill(plain, this);
            return java.util.Arrays.asList(factory, plain);
        }
    }

    /** collections.Counter(items), for a library that keeps one (a scheduler's milestones). */
    public static PyDict counter(Iterable<?> items) {
        Counter c = new Counter();
        for (Object item : items) c.add(item, 1L, 1);
        return c;
    }

    /** Counter: counts of hashable items; a missing key counts 0 (and is not added). */
    static final class Counter extends PyDict {
        @Override
        public PyClass pyClass() {
            return COUNTER;
        }

        @Override
        Object missing(Interpreter in, Object key) {
            return 0L;
        }

        @Override
        PyDict emptyLike() {
            return new Counter();
        }

        @Override
        List<Object> reprArguments() {
            if (size() == 0) return List.of();
            PyDict ordered = new PyDict();
            for (Object pair : mostCommon()) ordered.put(((List<?>) pair).get(0), ((List<?>) pair).get(1));
            return List.of(ordered);
        }

        /** (item, count) pairs, highest count first; equal counts in insertion order (a stable sort, as CPython's). */
        List<Object> mostCommon() {
            List<PyDict.Entry> entries = new ArrayList<>(entries());
            entries.sort(Comparator.comparing(PyDict.Entry::value, (x, y) -> Operators.less(y, x) ? -1 : Operators.less(x, y) ? 1 : 0));
            List<Object> out = new ArrayList<>();
            for (PyDict.Entry e : entries) out.add(Values.tuple(e.key(), e.value()));
            return out;
        }

        /** update (sign 1) or subtract (-1): a mapping's counts, or each item of an iterable once; then keyword counts. */
        void count(Object source, Map<String, Object> keywords, long sign) {
            if (source instanceof PyDict d) {
                for (PyDict.Entry e : d.entries()) add(e.key(), e.value(), sign);
            } else if (source != null) {
                for (Iterator<Object> it = Values.iterate(source); it.hasNext(); ) {
                    dev.adjoint.ndarray.ComputationInterrupted.poll();
                    add(it.next(), 1L, sign);
                }
            }
            for (Map.Entry<String, Object> e : keywords.entrySet()) add(e.getKey(), e.getValue(), sign);
        }

        private void add(Object key, Object n, long sign) {
            Object old = containsKey(key) ? get(key) : 0L;
            put(key, Operators.binary(sign > 0 ? TokenType.PLUS : TokenType.MINUS, old, n));
        }

        /** +c (the positive counts) or -c ({@code negate}: the negative counts, negated), in the counter's order, as CPython's. */
        Counter signed(boolean negate) {
            Counter out = new Counter();
            for (PyDict.Entry e : entries()) {
                Object count = negate ? Operators.binary(TokenType.MINUS, 0L, e.value()) : e.value();
                if (Operators.less(0L, count)) out.put(e.key(), count);
            }
            return out;
        }

        /**
         * c == d, c < d, ... (Python 3.10's): every count compared, a missing one counting 0; {@code <=} is
         * multiset inclusion, {@code <} inclusion and not equal.
         */
        boolean compareCounts(TokenType op, Counter other) {
            return switch (op) {
                case EQUAL_EQUAL -> allCounts(other, TokenType.EQUAL_EQUAL);
                case BANG_EQUAL -> !allCounts(other, TokenType.EQUAL_EQUAL);
                case LESS_EQUAL, GREATER_EQUAL -> allCounts(other, op);
                case LESS -> allCounts(other, TokenType.LESS_EQUAL) && !allCounts(other, TokenType.EQUAL_EQUAL);
                case GREATER -> allCounts(other, TokenType.GREATER_EQUAL) && !allCounts(other, TokenType.EQUAL_EQUAL);
                default -> throw new IllegalArgumentException(op.toString());
            };
        }

        private boolean allCounts(Counter other, TokenType op) {
            for (Counter c : List.of(this, other))
                for (Object k : c.keys()) {
                    Object x = containsKey(k) ? get(k) : 0L, y = other.containsKey(k) ? other.get(k) : 0L;
                    if (!Values.truthy(Operators.compare(op, x, y))) return false;
                }
            return true;
        }

        /** c + d, c - d, c | d, c & d: a Counter of the positive results, as CPython's; null for other operators. */
        Counter combine(TokenType op, Counter other) {
            Counter out = new Counter();
            List<Object> keys = new ArrayList<>(keys());
            for (Object k : other.keys()) if (!containsKey(k)) keys.add(k);
            for (Object k : keys) {
                Object x = containsKey(k) ? get(k) : 0L, y = other.containsKey(k) ? other.get(k) : 0L;
                Object v = switch (op) {
                    case PLUS -> Operators.binary(TokenType.PLUS, x, y);
                    case MINUS -> Operators.binary(TokenType.MINUS, x, y);
                    case PIPE -> Operators.less(x, y) ? y : x;
                    case AMPERSAND -> Operators.less(x, y) ? x : y;
                    default -> null;
                };
                if (v == null) return null;
                if (Operators.less(0L, v)) out.put(k, v);
            }
            return out;
        }
    }

    /** An empty collections.OrderedDict, for library values that are one (PyTorch's state_dict()). */
    public static PyDict orderedDict() {
        return new OrderedDict();
    }

    /** OrderedDict: a dict with move_to_end and popitem(last=False), printed as a list of pairs. */
    static final class OrderedDict extends PyDict {
        @Override
        public PyClass pyClass() {
            return ORDERED_DICT;
        }

        @Override
        PyDict emptyLike() {
            return new OrderedDict();
        }

        @Override
        List<Object> reprArguments() {
            return pairsArgument(this);
        }
    }

    /** What an OrderedDict's repr shows in its parentheses: its (key, value) pairs as a list, nothing when empty. */
    static List<Object> pairsArgument(PyDict d) {
        if (d.size() == 0) return List.of();
        PyList pairs = new PyList();
        for (PyDict.Entry e : d.entries()) pairs.add(Values.tuple(e.key(), e.value()));
        return List.of(pairs);
    }
}
