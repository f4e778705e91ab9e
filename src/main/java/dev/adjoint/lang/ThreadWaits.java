package dev.adjoint.lang;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The ways threads wait for each other that threading.py builds on its locks: Event, Condition,
 * Semaphore, BoundedSemaphore and Barrier, with CPython's arguments, results and errors. A thread
 * waits without the GIL ({@link Gil#released}); Python code (a Barrier's action, wait_for's
 * predicate) runs only holding it, never inside a Java monitor.
 */
final class ThreadWaits {
    private ThreadWaits() {}

    static final PyClass EVENT = PyClass.builtin("Event", "threading", BuiltinTypes.OBJECT, Builtin.of("Event", a -> new Event(a.expect(0, 0).interpreter())));
    static final PyClass CONDITION = PyClass.builtin("Condition", "threading", BuiltinTypes.OBJECT, Builtin.of("Condition", a -> {
        Object lock = a.expect(0, 1, "lock").option(0, "lock", null);
        if (lock == null) return new Condition(new ThreadLocks.RLock(a.interpreter()), a.interpreter());
        if (!(lock instanceof ThreadLocks.Owned owned)) throw PyError.notSupported("threading.Condition over a " + Values.typeName(lock) + " (give it a Lock or an RLock)");
        return new Condition(owned, a.interpreter());
    }));
    static final PyClass SEMAPHORE = PyClass.builtin("Semaphore", "threading", BuiltinTypes.OBJECT, Builtin.of("Semaphore", a -> semaphore(a, false)));
    static final PyClass BOUNDED_SEMAPHORE = PyClass.builtin("BoundedSemaphore", "threading", SEMAPHORE, Builtin.of("BoundedSemaphore", a -> semaphore(a, true)));
    static final PyClass BARRIER = PyClass.builtin("Barrier", "threading", BuiltinTypes.OBJECT, Builtin.of("Barrier", a -> {
        a.expect(1, 3, "parties", "action", "timeout");
        long parties = Values.toLong(a.get(0), "parties");
        if (parties < 1) throw PyError.value("parties must be > 0");
        Object timeout = a.option(2, "timeout", null);
        return new Barrier(a.interpreter(), parties, a.option(1, "action", null), timeout == null ? -1 : ThreadingModule.seconds(timeout));
    }));

    /** A timeout given as None (for ever: -1) or seconds (a negative one: no wait). */
    private static double waitSeconds(Object timeout) {
        return timeout == null ? -1 : Math.max(0, ThreadingModule.seconds(timeout));
    }

    /** threading.Event: a flag threads wait to see set. */
    static final class Event implements TabledHostObject, PyReprable {
        private static final AttributeTable<Event> ATTRIBUTES = new AttributeTable<Event>()
                .method("set", (e, a) -> {
                    a.expect(0, 0);
                    e.set();
                    return null;
                })
                .method("clear", (e, a) -> {
                    a.expect(0, 0);
                    e.clear();
                    return null;
                })
                .method("is_set", (e, a) -> e.isSet())
                .method("wait", (e, a) -> e.await(waitSeconds(a.expect(0, 1, "timeout").option(0, "timeout", null))));

        private final Gil gil;
        private boolean flag;

        Event(Interpreter in) {
            this.gil = in.gil();
        }

        synchronized void set() {
            flag = true;
            notifyAll();
        }

        synchronized void clear() {
            flag = false;
        }

        synchronized boolean isSet() {
            return flag;
        }

        /** Waits until set or {@code seconds} pass (negative: for ever); the flag then. */
        boolean await(double seconds) {
            synchronized (this) {
                if (flag || seconds == 0) return flag;
            }
            return gil.released(() -> {
                synchronized (this) {
                    ThreadLocks.waitUntil(this, () -> flag, seconds);
                    return flag;
                }
            });
        }

        @Override
        public AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return "Event";
        }

        @Override
        public PyClass pyClass() {
            return EVENT;
        }

        @Override
        public String pyRepr() {
            return "<threading.Event at " + Values.address(this) + ": " + (isSet() ? "set" : "unset") + ">";
        }
    }

    /**
     * threading.Condition, as CPython's: each waiter waits on a lock of its own, which notify()
     * releases; wait() releases the condition's lock meanwhile and takes it back after.
     */
    static final class Condition implements TabledHostObject, PyReprable, ContextManager {
        private static final AttributeTable<Condition> ATTRIBUTES = new AttributeTable<Condition>()
                .method("acquire", (c, a) -> {
                    double t = ThreadLocks.acquireTimeout(a);
                    return c.lock.acquire(t != 0, t);
                })
                .method("release", (c, a) -> {
                    a.expect(0, 0);
                    c.lock.release();
                    return null;
                })
                .method("__enter__", (c, a) -> c.lock.acquire(true, -1))
                .method("__exit__", (c, a) -> {
                    c.lock.release();
                    return null;
                })
                .method("wait", (c, a) -> c.await(waitSeconds(a.expect(0, 1, "timeout").option(0, "timeout", null))))
                .method("wait_for", (c, a) -> {
                    a.expect(1, 2, "predicate", "timeout");
                    return c.waitFor(a.interpreter(), a.get(0), a.option(1, "timeout", null));
                })
                .method("notify", (c, a) -> {
                    a.expect(0, 1, "n");
                    c.notifyWaiters(Values.toLong(a.option(0, "n", 1L), "n"));
                    return null;
                })
                .method("notify_all", (c, a) -> {
                    a.expect(0, 0);
                    c.notifyWaiters(c.waiters.size());
                    return null;
                });

        private final ThreadLocks.Owned lock;
        private final Interpreter interpreter;
        /** The waiters' own locks, first come first notified; touched only holding the GIL. */
        private final ArrayDeque<ThreadLocks.Lock> waiters = new ArrayDeque<>();

        Condition(ThreadLocks.Owned lock, Interpreter in) {
            this.lock = lock;
            this.interpreter = in;
        }

        boolean await(double seconds) {
            if (!lock.isOwned()) throw new PyError("RuntimeError", "cannot wait on un-acquired lock");
            ThreadLocks.Lock waiter = new ThreadLocks.Lock(interpreter);
            waiter.acquire(false, 0);
            waiters.add(waiter);
            Object saved = lock.releaseSave();
            boolean notified = false;
            try {
                notified = waiter.acquire(seconds != 0, seconds);
                return notified;
            } finally {
                lock.acquireRestore(saved);
                if (!notified) waiters.remove(waiter);
            }
        }

        /** wait_for(predicate, timeout=None): waits until the predicate is true or the time is up; the predicate's last result. */
        Object waitFor(Interpreter in, Object predicate, Object timeout) {
            double left = timeout == null ? -1 : ThreadingModule.seconds(timeout);
            long end = ThreadLocks.deadline(left);
            Object result = in.call(predicate, List.of());
            while (!Values.truthy(result)) {
                if (timeout != null) {
                    left = ThreadLocks.secondsLeft(end);
                    if (left <= 0) break;
                }
                await(left);
                result = in.call(predicate, List.of());
            }
            return result;
        }

        void notifyWaiters(long n) {
            if (!lock.isOwned()) throw new PyError("RuntimeError", "cannot notify on un-acquired lock");
            for (long i = 0; i < n && !waiters.isEmpty(); i++) waiters.poll().release();
        }

        @Override
        public Object enter(Interpreter in) {
            return lock.acquire(true, -1);
        }

        @Override
        public void exit() {
            lock.release();
        }

        @Override
        public AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return "Condition";
        }

        @Override
        public PyClass pyClass() {
            return CONDITION;
        }

        @Override
        public String pyRepr() {
            return "<Condition(" + Repr.repr(lock) + ", " + waiters.size() + ")>";
        }
    }

    private static Semaphore semaphore(Args a, boolean bounded) {
        long value = Values.toLong(a.expect(0, 1, "value").option(0, "value", 1L), "value");
        if (value < 0) throw PyError.value("semaphore initial value must be >= 0");
        return new Semaphore(a.interpreter(), value, bounded);
    }

    /** threading.Semaphore and BoundedSemaphore (which may not be released above its initial value). */
    static final class Semaphore implements TabledHostObject, PyReprable, ContextManager {
        private static final AttributeTable<Semaphore> ATTRIBUTES = new AttributeTable<Semaphore>()
                .method("acquire", (s, a) -> {
                    a.expect(0, 2, "blocking", "timeout");
                    boolean blocking = Values.truthy(a.option(0, "blocking", true));
                    Object timeout = a.option(1, "timeout", null);
                    if (!blocking && timeout != null) throw PyError.value("can't specify timeout for non-blocking acquire");
                    return s.acquire(blocking ? waitSeconds(timeout) : 0);
                })
                .method("release", (s, a) -> {
                    long n = Values.toLong(a.expect(0, 1, "n").option(0, "n", 1L), "n");
                    if (n < 1) throw PyError.value("n must be one or more");
                    s.release(n);
                    return null;
                })
                .method("__enter__", (s, a) -> s.acquire(-1))
                .method("__exit__", (s, a) -> {
                    s.release(1);
                    return null;
                });

        private final Gil gil;
        private final long initial;
        private final boolean bounded;
        private long value;

        Semaphore(Interpreter in, long value, boolean bounded) {
            this.gil = in.gil();
            this.initial = value;
            this.value = value;
            this.bounded = bounded;
        }

        boolean acquire(double seconds) {
            synchronized (this) {
                if (value > 0) {
                    value--;
                    return true;
                }
                if (seconds == 0) return false;
            }
            return gil.released(() -> {
                synchronized (this) {
                    if (!ThreadLocks.waitUntil(this, () -> value > 0, seconds)) return false;
                    value--;
                    return true;
                }
            });
        }

        synchronized void release(long n) {
            if (bounded && value + n > initial) throw PyError.value("Semaphore released too many times");
            value += n;
            notifyAll();
        }

        @Override
        public Object enter(Interpreter in) {
            return acquire(-1);
        }

        @Override
        public void exit() {
            release(1);
        }

        @Override
        public AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return bounded ? "BoundedSemaphore" : "Semaphore";
        }

        @Override
        public PyClass pyClass() {
            return bounded ? BOUNDED_SEMAPHORE : SEMAPHORE;
        }

        @Override
        public synchronized String pyRepr() {
            return "<threading." + typeName() + " at " + Values.address(this) + ": value=" + value + (bounded ? "/" + initial : "") + ">";
        }
    }

    /**
     * threading.Barrier(parties, action=None, timeout=None): wait() returns once {@code parties}
     * threads wait, each its arrival index (0 for the first); the last to arrive runs the action
     * first. A timeout or abort() breaks it: BrokenBarrierError in every waiter, until reset().
     */
    static final class Barrier implements TabledHostObject, PyReprable {
        private static final AttributeTable<Barrier> ATTRIBUTES = new AttributeTable<Barrier>()
                .method("wait", (b, a) -> {
                    Object timeout = a.expect(0, 1, "timeout").option(0, "timeout", null);
                    return b.await(timeout == null ? b.timeout : Math.max(0, ThreadingModule.seconds(timeout)));
                })
                .method("reset", (b, a) -> {
                    a.expect(0, 0);
                    b.reset();
                    return null;
                })
                .method("abort", (b, a) -> {
                    a.expect(0, 0);
                    b.abort();
                    return null;
                })
                .value("parties", b -> b.parties)
                .value("n_waiting", b -> b.waiting())
                .value("broken", b -> b.broken());

        private final Interpreter interpreter;
        private final long parties;
        private final Object action;
        private final double timeout;
        private long count;
        private long generation;
        private boolean broken;
        /** The generations a reset() broke: their waiters raise BrokenBarrierError. */
        private long resetBefore;

        Barrier(Interpreter in, long parties, Object action, double timeout) {
            this.interpreter = in;
            this.parties = parties;
            this.action = action;
            this.timeout = timeout;
        }

        long await(double seconds) {
            long index, gen;
            synchronized (this) {
                if (broken) throw brokenError();
                index = count++;
                gen = generation;
            }
            if (index + 1 == parties) {
                if (action != null) {
                    try {
                        interpreter.call(action, List.of());
                    } catch (RuntimeException e) {
                        abort();
                        throw e;
                    }
                }
                synchronized (this) {
                    count = 0;
                    generation++;
                    notifyAll();
                }
                return index;
            }
            interpreter.gil().released(() -> {
                synchronized (this) {
                    if (!ThreadLocks.waitUntil(this, () -> generation != gen || broken, seconds)) {
                        broken = true;
                        notifyAll();
                    }
                    if (generation == gen || gen < resetBefore) throw brokenError();
                    return null;
                }
            });
            return index;
        }

        synchronized void reset() {
            resetBefore = generation + 1; // the threads waiting now see it broken
            count = 0;
            generation++;
            broken = false;
            notifyAll();
        }

        synchronized void abort() {
            broken = true;
            notifyAll();
        }

        private synchronized long waiting() {
            return broken ? 0 : count;
        }

        private synchronized boolean broken() {
            return broken;
        }

        private static PyError brokenError() {
            return new PyError("threading.BrokenBarrierError", "");
        }

        @Override
        public AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return "Barrier";
        }

        @Override
        public PyClass pyClass() {
            return BARRIER;
        }

        @Override
        public String pyRepr() {
            return broken() ? "<threading.Barrier at " + Values.address(this) + ": broken>"
                    : "<threading.Barrier at " + Values.address(this) + ": waiters=" + waiting() + "/" + parties + ">";
        }
    }
}
