package dev.adjoint.lang;

import dev.adjoint.ndarray.ComputationInterrupted;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Python's itertools: count, cycle, repeat, accumulate, chain (and chain.from_iterable), compress,
 * dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product,
 * permutations, combinations and combinations_with_replacement, lazy as CPython's (an argument is
 * walked only as items are asked for; product and the combinatorics read their inputs first, as
 * CPython does). Every step polls Ctrl-C, so {@code sum(count())} stops like a loop does, and
 * {@code list(count())} ends at the list limit of {@link Values#items}.
 */
final class ItertoolsModule {
    private ItertoolsModule() {}

    private static final String MODULE = "itertools";

    static PyModule create() {
        PyModule m = new PyModule(MODULE);
        m.add("count", COUNT);
        type(m, "cycle", a -> {
            Iterator<Object> items = Values.iterate(a.expect(1, 1).get(0));
            List<Object> saved = new ArrayList<>();
            return new Lookahead() {
                int i = -1; // -1 while the first pass reads the iterable

                Object fetch() {
                    if (i < 0) {
                        if (items.hasNext()) {
                            Object v = items.next();
                            saved.add(v);
                            return v;
                        }
                        i = 0;
                    }
                    if (saved.isEmpty()) return END;
                    Object v = saved.get(i);
                    i = (i + 1) % saved.size();
                    return v;
                }
            };
        });
        m.add("repeat", REPEAT);
        type(m, "accumulate", a -> {
            a.expect(1, 2, "func", "initial");
            Iterator<Object> items = Values.iterate(a.get(0));
            Object fn = a.option(1, "func", null);
            boolean hasInitial = a.keyword("initial") != null; // initial=None is no initial value, as in CPython
            Interpreter in = a.interpreter();
            return new Lookahead() {
                Object total = a.keyword("initial");
                boolean started = hasInitial, initialPending = hasInitial;

                Object fetch() {
                    if (initialPending) {
                        initialPending = false;
                        return total;
                    }
                    if (!items.hasNext()) return END;
                    Object v = items.next();
                    total = !started ? v : fn == null ? Operators.binary(TokenType.PLUS, total, v) : in.call(fn, Arrays.asList(total, v));
                    started = true;
                    return total;
                }
            };
        });
        PyClass chain = type(m, "chain", a -> chained(a.expect(0, Integer.MAX_VALUE).positional().iterator()));
        chain.define("from_iterable", new Descriptors.StaticMethod(Builtin.of("from_iterable",
                a -> new PyIterator(chain, polled(chained(Values.iterate(a.expect(1, 1).get(0))))))));
        type(m, "compress", a -> {
            a.expect(2, 2, "data", "selectors");
            Iterator<Object> data = Values.iterate(a.option(0, "data", null)), selectors = Values.iterate(a.option(1, "selectors", null));
            return new Lookahead() {
                Object fetch() {
                    while (data.hasNext() && selectors.hasNext()) {
                        Object v = data.next();
                        if (Values.truthy(selectors.next())) return v;
                    }
                    return END;
                }
            };
        });
        type(m, "dropwhile", a -> {
            Object fn = a.expect(2, 2).get(0);
            Iterator<Object> items = Values.iterate(a.get(1));
            Interpreter in = a.interpreter();
            return new Lookahead() {
                boolean dropping = true;

                Object fetch() {
                    while (items.hasNext()) {
                        Object v = items.next();
                        if (dropping && Values.truthy(in.call(fn, Arrays.asList(v)))) continue;
                        dropping = false;
                        return v;
                    }
                    return END;
                }
            };
        });
        type(m, "takewhile", a -> {
            Object fn = a.expect(2, 2).get(0);
            Iterator<Object> items = Values.iterate(a.get(1));
            Interpreter in = a.interpreter();
            return new Lookahead() {
                boolean done;

                Object fetch() {
                    if (done || !items.hasNext()) return END;
                    Object v = items.next();
                    if (Values.truthy(in.call(fn, Arrays.asList(v)))) return v;
                    done = true;
                    return END;
                }
            };
        });
        type(m, "filterfalse", a -> {
            Object fn = a.expect(2, 2).get(0);
            Iterator<Object> items = Values.iterate(a.get(1));
            Interpreter in = a.interpreter();
            return new Lookahead() {
                Object fetch() {
                    while (items.hasNext()) {
                        Object v = items.next();
                        if (!Values.truthy(fn == null ? v : in.call(fn, Arrays.asList(v)))) return v;
                    }
                    return END;
                }
            };
        });
        type(m, "starmap", a -> {
            Object fn = a.expect(2, 2).get(0);
            Iterator<Object> items = Values.iterate(a.get(1));
            Interpreter in = a.interpreter();
            return new Lookahead() {
                Object fetch() {
                    return items.hasNext() ? in.call(fn, Values.items(items.next())) : END;
                }
            };
        });
        type(m, "pairwise", a -> {
            Iterator<Object> items = Values.iterate(a.expect(1, 1).get(0));
            return new Lookahead() {
                Object last = END;

                Object fetch() {
                    if (last == END) {
                        if (!items.hasNext()) return END;
                        last = items.next();
                    }
                    if (!items.hasNext()) return END;
                    Object v = items.next();
                    List<Object> pair = Values.tuple(last, v);
                    last = v;
                    return pair;
                }
            };
        });
        type(m, "islice", ItertoolsModule::islice);
        type(m, "zip_longest", a -> {
            a.expect(0, Integer.MAX_VALUE, "fillvalue");
            Object fill = a.keyword("fillvalue");
            List<Iterator<Object>> columns = new ArrayList<>();
            for (Object v : a.positional()) columns.add(Values.iterate(v));
            return new Lookahead() {
                Object fetch() {
                    Object[] row = new Object[columns.size()];
                    boolean any = false;
                    for (int c = 0; c < row.length; c++) {
                        Iterator<Object> it = columns.get(c);
                        if (it.hasNext()) {
                            row[c] = it.next();
                            any = true;
                        } else {
                            row[c] = fill;
                        }
                    }
                    return any ? Values.tuple(row) : END;
                }
            };
        });
        m.add("groupby", GROUPBY);
        m.add(Builtin.of("tee", a -> {
            a.expect(1, 2);
            long n = a.size() == 2 ? Values.toLong(a.get(1), "n") : 2;
            if (n < 0) throw PyError.value("n must be >= 0");
            return Tee.split(Values.iterate(a.get(0)), (int) n);
        }));
        type(m, "product", a -> {
            a.expect(0, Integer.MAX_VALUE, "repeat");
            long repeat = a.has("repeat") ? Values.toLong(a.keyword("repeat"), "repeat") : 1;
            if (repeat < 0) throw PyError.value("repeat argument cannot be negative");
            List<List<Object>> pools = new ArrayList<>();
            for (Object v : a.positional()) pools.add(Values.items(v));
            List<List<Object>> all = new ArrayList<>();
            for (long r = 0; r < repeat; r++) all.addAll(pools);
            return Combinatorics.product(all);
        });
        type(m, "permutations", a -> {
            a.expect(1, 2, "iterable", "r");
            List<Object> pool = Values.items(a.option(0, "iterable", null));
            Object r = a.option(1, "r", null);
            return Combinatorics.permutations(pool, r == null ? pool.size() : size(r));
        });
        type(m, "combinations", a -> {
            a.expect(2, 2, "iterable", "r");
            return Combinatorics.combinations(Values.items(a.option(0, "iterable", null)), size(a.option(1, "r", null)), false);
        });
        type(m, "combinations_with_replacement", a -> {
            a.expect(2, 2, "iterable", "r");
            return Combinatorics.combinations(Values.items(a.option(0, "iterable", null)), size(a.option(1, "r", null)), true);
        });
        return m;
    }

    /** What an itertools type makes: its items, walked lazily. */
    private interface Maker {
        Iterator<Object> make(Args a);
    }

    /** Adds an iterator type: a class named itertools.NAME whose call makes the iterator (Ctrl-C polled at every step). */
    private static PyClass type(PyModule m, String name, Maker maker) {
        PyClass[] cls = new PyClass[1];
        cls[0] = iteratorClass(name, Builtin.of(name, a -> new PyIterator(cls[0], polled(maker.make(a)))));
        m.add(name, cls[0]);
        return cls[0];
    }

    /** An itertools class: its objects are iterators (__iter__ is the object, __next__ is next()). */
    private static PyClass iteratorClass(String name, Builtin maker) {
        return ContainerDunders.iterator(PyClass.builtin(name, MODULE, BuiltinTypes.OBJECT, maker));
    }

    /** Polls Ctrl-C (and heap pressure) at every item: an endless iterator must stop whoever walks it. */
    static Iterator<Object> polled(Iterator<Object> items) {
        return new Iterator<>() {
            public boolean hasNext() {
                ComputationInterrupted.poll();
                return items.hasNext();
            }

            public Object next() {
                return items.next();
            }
        };
    }

    /** The items of each iterable in turn (each made an iterator only when reached, as CPython's chain does). */
    private static Iterator<Object> chained(Iterator<Object> iterables) {
        return new Lookahead() {
            Iterator<Object> current = java.util.Collections.emptyIterator();

            Object fetch() {
                while (!current.hasNext()) {
                    if (!iterables.hasNext()) return END;
                    current = Values.iterate(iterables.next());
                }
                return current.next();
            }
        };
    }

    private static Object number(Object v) {
        Object p = Values.plain(v);
        if (!PyNumbers.isNumber(p)) throw PyError.type("a number is required");
        return p;
    }

    /** r of the combinatorics: a non-negative int. */
    private static int size(Object r) {
        long n = Values.toLong(r, "r");
        if (n < 0) throw PyError.value("r must be non-negative");
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** islice(iterable, stop) or islice(iterable, start, stop[, step]), with CPython's messages for bad bounds. */
    private static Iterator<Object> islice(Args a) {
        a.expect(2, 4);
        Iterator<Object> items = Values.iterate(a.get(0));
        long start = 0, stop, step = 1;
        if (a.size() == 2) {
            stop = bound(a.get(1), "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        } else {
            start = a.get(1) == null ? 0 : bound(a.get(1), "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            stop = bound(a.get(2), "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (a.size() == 4 && a.get(3) != null) {
                step = boundOrNegative(a.get(3), "Step for islice() must be a positive integer or None.");
                if (step < 1) throw PyError.value("Step for islice() must be a positive integer or None.");
            }
        }
        long first = start, last = stop, stride = step; // stop -1: none
        return new Lookahead() {
            long at; // index of the next item of the iterable
            long want = first;

            Object fetch() {
                if (last >= 0 && want >= last) return END;
                while (at < want) {
                    if (!items.hasNext()) return END;
                    items.next();
                    at++;
                }
                if (!items.hasNext()) return END;
                Object v = items.next();
                at++;
                want += stride;
                return v;
            }
        };
    }

    /** A bound of islice: None (-1: no bound) or an int in [0, sys.maxsize]. */
    private static long bound(Object v, String message) {
        if (v == null) return -1;
        long n = boundOrNegative(v, message);
        if (n < 0) throw PyError.value(message);
        return n;
    }

    private static long boundOrNegative(Object v, String message) {
        Object p = Values.plain(v);
        if (!PyNumbers.isInt(p) || p instanceof java.math.BigInteger) throw PyError.value(message);
        return Values.toLong(p, "index");
    }

    private static final PyClass COUNT = iteratorClass("count", Builtin.of("count", ItertoolsModule::count));
    private static final PyClass REPEAT = iteratorClass("repeat", Builtin.of("repeat", ItertoolsModule::repeat));
    private static final PyClass GROUPBY = iteratorClass("groupby", Builtin.of("groupby", ItertoolsModule::groupby));

    private static Object count(Args a) {
        a.expect(0, 2, "start", "step");
        Object start = number(a.option(0, "start", 0L)), step = number(a.option(1, "step", 1L));
        Object[] next = {start};
        Iterator<Object> items = new Lookahead() {
            Object fetch() {
                Object v = next[0];
                next[0] = Operators.binary(TokenType.PLUS, next[0], step);
                return v;
            }
        };
        boolean unitStep = step instanceof Long l && l == 1;
        return new PyIterator(COUNT, polled(items)).describedBy(() -> "count(" + Repr.repr(next[0]) + (unitStep ? "" : ", " + Repr.repr(step)) + ")");
    }

    private static Object repeat(Args a) {
        a.expect(1, 2, "object", "times");
        Object v = a.option(0, "object", null);
        Object times = a.option(1, "times", null);
        long[] left = {times == null ? -1 : Math.max(0, Values.toLong(times, "times"))};
        Iterator<Object> items = new Lookahead() {
            Object fetch() {
                if (left[0] == 0) return END;
                if (left[0] > 0) left[0]--;
                return v;
            }
        };
        return new PyIterator(REPEAT, polled(items)).describedBy(() -> "repeat(" + Repr.repr(v) + (left[0] < 0 ? "" : ", " + left[0]) + ")");
    }

    private static Object groupby(Args a) {
        a.expect(1, 2, "iterable", "key");
        return new PyIterator(GROUPBY, polled(new GroupBy(Values.iterate(a.option(0, "iterable", null)), a.option(1, "key", null), a.interpreter())));
    }

    private static final PyClass GROUPER = iteratorClass("_grouper", null);
    private static final PyClass TEE = iteratorClass("_tee", null);

    /**
     * groupby: runs of items with equal keys, each group an iterator reading the shared input, as
     * CPython's C implementation does: moving to the next group leaves the previous group empty.
     */
    private static final class GroupBy extends Lookahead {
        private final Iterator<Object> items;
        private final Object keyFn;
        private final Interpreter in;
        /** The item read and not yet given out (END once given out), its key, and the key of the group being given out. */
        private Object currentValue = END, currentKey = END, targetKey = END;
        private Group active;

        GroupBy(Iterator<Object> items, Object keyFn, Interpreter in) {
            this.items = items;
            this.keyFn = keyFn;
            this.in = in;
        }

        private boolean step() {
            if (!items.hasNext()) return false;
            currentValue = items.next();
            currentKey = keyFn == null ? currentValue : in.call(keyFn, Arrays.asList(currentValue));
            return true;
        }

        @Override
        Object fetch() {
            active = null;
            while (currentKey == END || (targetKey != END && Operators.equal(targetKey, currentKey))) if (!step()) return END;
            targetKey = currentKey;
            active = new Group(targetKey);
            return Values.tuple(targetKey, new PyIterator(GROUPER, polled(active)));
        }

        private final class Group extends Lookahead {
            private final Object key;

            Group(Object key) {
                this.key = key;
            }

            @Override
            Object fetch() {
                if (active != this) return END;
                if (currentValue == END && !step()) return END;
                if (!Operators.equal(key, currentKey)) return END;
                Object v = currentValue;
                currentValue = END;
                return v;
            }
        }
    }

    /** tee(iterable, n): n iterators over one input, each item read once and kept until every copy has passed it. */
    private static final class Tee {
        private final Iterator<Object> source;
        private final List<Object> buffer = new ArrayList<>();
        private final long[] positions;
        private long dropped; // items removed from the buffer's front

        private Tee(Iterator<Object> source, int n) {
            this.source = source;
            this.positions = new long[n];
        }

        static List<Object> split(Iterator<Object> source, int n) {
            Tee t = new Tee(source, n);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int copy = i;
                out.add(new PyIterator(TEE, polled(new Lookahead() {
                    Object fetch() {
                        return t.next(copy);
                    }
                })));
            }
            return Values.tuple(out);
        }

        private Object next(int copy) {
            long at = positions[copy];
            if (at - dropped == buffer.size()) {
                if (!source.hasNext()) return Lookahead.END;
                buffer.add(source.next());
            }
            Object v = buffer.get((int) (at - dropped));
            positions[copy]++;
            long slowest = Long.MAX_VALUE;
            for (long p : positions) slowest = Math.min(slowest, p);
            while (dropped < slowest) {
                buffer.remove(0);
                dropped++;
            }
            return v;
        }
    }
}
