package dev.adjoint.lang;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * threading.Lock and threading.RLock (CPython's _thread.lock and _thread.RLock): Java monitors a
 * thread waits on without the GIL, so that the thread holding the lock runs meanwhile. Each keeps
 * its session's interpreter, whose GIL and thread idents it uses (a `with lock:` gives no other).
 */
final class ThreadLocks {
    private ThreadLocks() {}

    /** What Condition needs of the lock under it: CPython's _is_owned, _release_save and _acquire_restore. */
    interface Owned {
        boolean acquire(boolean blocking, double seconds);

        void release();

        boolean isOwned();

        /** Releases it whoever holds it how many times, giving what {@link #acquireRestore} takes back. */
        Object releaseSave();

        void acquireRestore(Object saved);
    }

    /**
     * Waits on {@code monitor} (whose lock the caller holds) until {@code done} says so, or
     * {@code seconds} pass (negative: as long as it takes). False if the time ran out.
     */
    static boolean waitUntil(Object monitor, BooleanSupplier done, double seconds) throws InterruptedException {
        long deadline = seconds < 0 ? 0 : deadline(seconds);
        while (!done.getAsBoolean()) {
            if (seconds < 0) {
                monitor.wait();
                continue;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.NANOSECONDS.timedWait(monitor, left);
        }
        return true;
    }

    /** Seconds as nanoseconds, at most a century (TIMEOUT_MAX's seconds overflow a count of nanoseconds added to the clock). */
    private static long nanos(double seconds) {
        return (long) Math.min(seconds * 1e9, 3.2e18);
    }

    /** The clock (System.nanoTime()) {@code seconds} from now (none: now), for a wait of several waits (queue.get, wait_for). */
    static long deadline(double seconds) {
        return System.nanoTime() + nanos(Math.max(seconds, 0));
    }

    /** The seconds left until {@code deadline}, 0 or less once it passed. */
    static double secondsLeft(long deadline) {
        return (deadline - System.nanoTime()) / 1e9;
    }

    /** Lock.acquire's and RLock.acquire's arguments (blocking=True, timeout=-1), checked as CPython checks them: the seconds to wait, -1 for ever. */
    static double acquireTimeout(Args a) {
        a.expect(0, 2, "blocking", "timeout");
        boolean blocking = Values.truthy(a.option(0, "blocking", true));
        Object given = a.option(1, "timeout", -1L);
        double timeout = ThreadingModule.seconds(given);
        if (!blocking && timeout != -1) throw PyError.value("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyError.value("timeout value must be positive");
        if (timeout > ThreadingModule.TIMEOUT_MAX) throw PyError.overflow("timeout value is too large");
        return blocking ? timeout : 0;
    }

    /** _thread.lock: any thread may release it. */
    static final class Lock implements TabledHostObject, ContextManager, PyReprable, Owned {
        static final PyClass CLASS = PyClass.builtin("lock", "_thread", BuiltinTypes.OBJECT, null);
        private static final AttributeTable<Lock> ATTRIBUTES = new AttributeTable<Lock>()
                .method("acquire", (l, a) -> {
                    double t = acquireTimeout(a);
                    return l.acquire(t != 0, t);
                })
                .method("acquire_lock", (l, a) -> l.acquire(true, acquireTimeout(a)))
                .method("release", (l, a) -> {
                    a.expect(0, 0);
                    l.release();
                    return null;
                })
                .method("locked", (l, a) -> l.locked())
                .method("__enter__", (l, a) -> l.acquire(true, -1))
                .method("__exit__", (l, a) -> {
                    l.release();
                    return null;
                });

        private final Gil gil;
        private boolean locked;

        Lock(Interpreter in) {
            this.gil = in.gil();
        }

        /** Takes the lock, waiting up to {@code seconds} (negative: for ever) without the GIL; false if it is still held then. */
        @Override
        public boolean acquire(boolean blocking, double seconds) {
            synchronized (this) {
                if (!locked) return locked = true;
                if (!blocking || seconds == 0) return false;
            }
            return gil.released(() -> {
                synchronized (this) {
                    if (!waitUntil(this, () -> !locked, seconds)) return false;
                    return locked = true;
                }
            });
        }

        @Override
        public synchronized void release() {
            if (!locked) throw new PyError("RuntimeError", "release unlocked lock");
            locked = false;
            notify();
        }

        synchronized boolean locked() {
            return locked;
        }

        @Override
        public boolean isOwned() { // CPython's Condition._is_owned for a Lock: held by someone
            return locked();
        }

        @Override
        public Object releaseSave() {
            release();
            return null;
        }

        @Override
        public void acquireRestore(Object saved) {
            acquire(true, -1);
        }

        @Override
        public Object enter(Interpreter interpreter) {
            return acquire(true, -1);
        }

        @Override
        public void exit() {
            release();
        }

        @Override
        public AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return "_thread.lock";
        }

        @Override
        public PyClass pyClass() {
            return CLASS;
        }

        @Override
        public String pyRepr() {
            return "<" + (locked() ? "locked" : "unlocked") + " _thread.lock object at " + Values.address(this) + ">";
        }
    }

    /** _thread.RLock: the thread holding it may take it again; only that thread releases it, as often as it took it. */
    static final class RLock implements TabledHostObject, ContextManager, PyReprable, Owned {
        static final PyClass CLASS = PyClass.builtin("RLock", "_thread", BuiltinTypes.OBJECT, null);
        private static final AttributeTable<RLock> ATTRIBUTES = new AttributeTable<RLock>()
                .method("acquire", (l, a) -> {
                    double t = acquireTimeout(a);
                    return l.acquire(t != 0, t);
                })
                .method("release", (l, a) -> {
                    a.expect(0, 0);
                    l.release();
                    return null;
                })
                .method("_is_owned", (l, a) -> l.isOwned())
                .method("__enter__", (l, a) -> l.acquire(true, -1))
                .method("__exit__", (l, a) -> {
                    l.release();
                    return null;
                });

        private final Interpreter interpreter;
        /** The ident of the Python thread holding it (threads' Java threads change: the main thread's are one per input), and how often. */
        private long owner;
        private int count;

        RLock(Interpreter in) {
            this.interpreter = in;
        }

        private long me() {
            return ThreadingModule.threads(interpreter).currentIdent();
        }

        @Override
        public boolean acquire(boolean blocking, double seconds) {
            long me = me();
            synchronized (this) {
                if (count > 0 && owner == me || count == 0) {
                    owner = me;
                    count++;
                    return true;
                }
                if (!blocking || seconds == 0) return false;
            }
            return interpreter.gil().released(() -> {
                synchronized (this) {
                    if (!waitUntil(this, () -> count == 0, seconds)) return false;
                    owner = me;
                    count = 1;
                    return true;
                }
            });
        }

        @Override
        public void release() {
            long me = me();
            synchronized (this) {
                if (count == 0 || owner != me) throw new PyError("RuntimeError", "cannot release un-acquired lock");
                if (--count == 0) {
                    owner = 0;
                    notify();
                }
            }
        }

        @Override
        public boolean isOwned() {
            long me = me();
            synchronized (this) {
                return count > 0 && owner == me;
            }
        }

        @Override
        public Object releaseSave() {
            synchronized (this) {
                if (count == 0) throw new PyError("RuntimeError", "cannot release un-acquired lock");
                int saved = count;
                count = 0;
                owner = 0;
                notify();
                return saved;
            }
        }

        @Override
        public void acquireRestore(Object saved) {
            acquire(true, -1);
            synchronized (this) {
                count = (Integer) saved;
            }
        }

        @Override
        public Object enter(Interpreter in) {
            return acquire(true, -1);
        }

        @Override
        public void exit() {
            release();
        }

        @Override
        public AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return "_thread.RLock";
        }

        @Override
        public PyClass pyClass() {
            return CLASS;
        }

        @Override
        public synchronized String pyRepr() {
            return "<" + (count > 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + owner + " count=" + count + " at " + Values.address(this) + ">";
        }
    }
}
