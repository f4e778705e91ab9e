package dev.adjoint.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * concurrent.futures' thread pool, as CPython 3.11's thread.py and _base.py have it:
 * ThreadPoolExecutor (submit, map, shutdown, a with block), Future (result, exception, done,
 * running, cancelled, cancel, add_done_callback), wait and as_completed. The workers are
 * threading's threads ("ThreadPoolExecutor-0_0"), under the session's GIL.
 */
final class FuturesModule {
    private FuturesModule() {}

    static final PyClass EXECUTOR = PyClass.builtin("ThreadPoolExecutor", "concurrent.futures.thread", BuiltinTypes.OBJECT,
            Builtin.of("ThreadPoolExecutor", FuturesModule::executor));
    static final PyClass FUTURE = PyClass.builtin("Future", "concurrent.futures._base", BuiltinTypes.OBJECT, null);
    private static final PyClass DONE_AND_NOT_DONE = NamedTuples.type("concurrent.futures._base", "DoneAndNotDoneFutures", "done", "not_done");
    /** Every future's end is announced here too, for wait() and as_completed() over several. */
    private static final Object ANY_DONE = new Object();

    static PyModule createPackage() {
        return new PyModule("concurrent");
    }

    static PyModule create() {
        PyModule m = new PyModule("concurrent.futures");
        m.add("ThreadPoolExecutor", EXECUTOR).add("Future", FUTURE);
        m.add("TimeoutError", Exceptions.named("TimeoutError")).add("CancelledError", Exceptions.library("concurrent.futures._base.CancelledError"));
        m.add("FIRST_COMPLETED", "FIRST_COMPLETED").add("FIRST_EXCEPTION", "FIRST_EXCEPTION").add("ALL_COMPLETED", "ALL_COMPLETED");
        m.add(Builtin.of("wait", a -> {
            a.expect(1, 3, "fs", "timeout", "return_when");
            Object timeout = a.option(1, "timeout", null);
            return waitFor(a.interpreter(), futures(a.get(0)), timeout == null ? -1 : ThreadingModule.seconds(timeout), String.valueOf(a.option(2, "return_when", "ALL_COMPLETED")));
        }));
        m.add(Builtin.of("as_completed", a -> {
            a.expect(1, 2, "fs", "timeout");
            Object timeout = a.option(1, "timeout", null);
            return new PyIterator("generator", asCompleted(a.interpreter(), futures(a.get(0)), timeout == null ? -1 : ThreadingModule.seconds(timeout)));
        }));
        return m;
    }

    private static List<Future> futures(Object fs) {
        List<Future> out = new ArrayList<>();
        for (Object f : Values.items(fs)) {
            if (!(f instanceof Future future)) throw PyError.type("expected Future objects, got " + Values.typeName(f));
            if (!out.contains(future)) out.add(future);
        }
        return out;
    }

    /** wait(fs, timeout, return_when): the futures done and those not, when the condition holds or the time is up. */
    private static Object waitFor(Interpreter in, List<Future> fs, double seconds, String when) {
        in.gil().released(() -> {
            synchronized (ANY_DONE) {
                ThreadLocks.waitUntil(ANY_DONE, () -> {
                    long done = fs.stream().filter(Future::isDone).count();
                    if (when.equals("FIRST_COMPLETED")) return done > 0 || fs.isEmpty();
                    if (when.equals("FIRST_EXCEPTION") && fs.stream().anyMatch(f -> f.isDone() && f.error != null)) return true;
                    return done == fs.size();
                }, seconds);
            }
            return null;
        });
        PySet done = new PySet(), notDone = new PySet();
        for (Future f : fs) (f.isDone() ? done : notDone).add(f);
        return in.call(DONE_AND_NOT_DONE, List.of(done, notDone));
    }

    /** as_completed(fs, timeout): each future as it ends (those done already first); TimeoutError when the time is up first. */
    private static Iterator<Object> asCompleted(Interpreter in, List<Future> fs, double seconds) {
        long end = ThreadLocks.deadline(seconds);
        List<Future> left = new ArrayList<>(fs);
        return new Iterator<>() {
            public boolean hasNext() {
                return !left.isEmpty();
            }

            public Object next() {
                if (left.isEmpty()) throw new NoSuchElementException();
                double wait = seconds < 0 ? -1 : Math.max(0, ThreadLocks.secondsLeft(end));
                boolean any = in.gil().released(() -> {
                    synchronized (ANY_DONE) {
                        return ThreadLocks.waitUntil(ANY_DONE, () -> left.stream().anyMatch(Future::isDone), wait);
                    }
                });
                if (!any) throw new PyError("TimeoutError", (left.size()) + " (of " + fs.size() + ") futures unfinished");
                Future f = left.stream().filter(Future::isDone).findFirst().orElseThrow();
                left.remove(f);
                return f;
            }
        };
    }

    private static Executor executor(Args a) {
        a.expect(0, 4, "max_workers", "thread_name_prefix", "initializer", "initargs");
        Object max = a.option(0, "max_workers", null);
        long workers = max == null ? Math.min(32, Runtime.getRuntime().availableProcessors() + 4) : Values.toLong(max, "max_workers");
        if (workers <= 0) throw PyError.value("max_workers must be greater than 0");
        if (a.option(2, "initializer", null) != null) throw PyError.notSupported("ThreadPoolExecutor(initializer=...)");
        Object prefix = a.option(1, "thread_name_prefix", "");
        Interpreter in = a.interpreter();
        String name = Repr.str(prefix);
        if (name.isEmpty()) name = "ThreadPoolExecutor-" + in.libraryState(Counter.class, Counter::new).next();
        return new Executor(in, workers, name);
    }

    /** CPython's count of executors without a thread_name_prefix, per session. */
    private static final class Counter {
        private long n;

        synchronized long next() {
            return n++;
        }
    }

    /** A call submitted, and the future it will finish. */
    private record WorkItem(Future future, Object fn, List<Object> args, Map<String, Object> kwargs) {}

    /** ThreadPoolExecutor: a queue of calls and up to max_workers threads that take them in turn. */
    static final class Executor implements TabledHostObject, PyReprable, ContextManager {
        private static final AttributeTable<Executor> ATTRIBUTES = new AttributeTable<Executor>()
                .method("submit", (e, a) -> {
                    a.expect(1, Integer.MAX_VALUE, a.keywords().keySet().toArray(new String[0]));
                    return e.submit(a.get(0), new ArrayList<>(a.positional().subList(1, a.size())), a.keywords());
                })
                .method("map", (e, a) -> {
                    a.expect(2, Integer.MAX_VALUE, "timeout", "chunksize");
                    return e.map(a.interpreter(), a.get(0), a.positional().subList(1, a.size()), a.keyword("timeout"));
                })
                .method("shutdown", (e, a) -> {
                    a.expect(0, 1, "wait", "cancel_futures");
                    e.shutdown(Values.truthy(a.option(0, "wait", true)), Values.truthy(a.option(-1, "cancel_futures", false)));
                    return null;
                })
                .method("__enter__", (e, a) -> e)
                .method("__exit__", (e, a) -> {
                    e.shutdown(true, false);
                    return false;
                })
                .value("_max_workers", e -> e.maxWorkers)
                .value("_thread_name_prefix", e -> e.prefix);

        private final Interpreter interpreter;
        private final long maxWorkers;
        private final String prefix;
        /** The calls not yet taken, guarded by this object's monitor. */
        private final ArrayDeque<WorkItem> queue = new ArrayDeque<>();
        private final List<PyInstance> threads = new ArrayList<>();
        private int idle;
        private boolean shutdown;

        Executor(Interpreter in, long maxWorkers, String prefix) {
            this.interpreter = in;
            this.maxWorkers = maxWorkers;
            this.prefix = prefix;
            PyThreads.of(in).atShutdown(() -> shutdown(false, false)); // CPython's _python_exit: idle workers end with the program
        }

        Future submit(Object fn, List<Object> args, Map<String, Object> kwargs) {
            Future f = new Future(interpreter);
            boolean spawn;
            synchronized (this) {
                if (shutdown) throw new PyError("RuntimeError", "cannot schedule new futures after shutdown");
                queue.add(new WorkItem(f, fn, args, kwargs));
                notify();
                spawn = idle == 0 && threads.size() < maxWorkers;
            }
            if (spawn) {
                PyInstance t = ThreadingModule.newThread(interpreter, Builtin.of("_worker", a -> work()), prefix + "_" + threads.size(), false);
                threads.add(t);
                ThreadingModule.startThread(interpreter, t);
            }
            return f;
        }

        /** map(fn, *iterables): every call submitted now, the results in order as the iterator reaches them. */
        Object map(Interpreter in, Object fn, List<Object> iterables, Object timeout) {
            List<Iterator<Object>> its = new ArrayList<>();
            for (Object it : iterables) its.add(Values.iterate(it));
            List<Future> fs = new ArrayList<>();
            outer:
            while (true) {
                List<Object> args = new ArrayList<>();
                for (Iterator<Object> it : its) {
                    if (!it.hasNext()) break outer;
                    args.add(it.next());
                }
                fs.add(submit(fn, args, Map.of()));
            }
            double seconds = timeout == null ? -1 : ThreadingModule.seconds(timeout);
            long end = ThreadLocks.deadline(seconds);
            Iterator<Future> each = fs.iterator();
            return new PyIterator("generator", new Iterator<>() {
                public boolean hasNext() {
                    return each.hasNext();
                }

                public Object next() {
                    return each.next().result(seconds < 0 ? -1 : Math.max(0, ThreadLocks.secondsLeft(end)));
                }
            });
        }

        /** A worker's loop: takes calls until the executor shuts down with nothing left to do. */
        private Object work() {
            while (true) {
                WorkItem item = interpreter.gil().released(() -> {
                    synchronized (this) {
                        idle++;
                        try {
                            ThreadLocks.waitUntil(this, () -> !queue.isEmpty() || shutdown, -1);
                        } finally {
                            idle--;
                        }
                        return queue.poll();
                    }
                });
                if (item == null) return null;
                if (!item.future().start()) continue; // cancelled before it ran
                try {
                    item.future().finish(interpreter.call(item.fn(), item.args(), item.kwargs(), null), null);
                } catch (Interrupted stop) {
                    throw stop;
                } catch (LangError e) {
                    item.future().finish(null, e);
                }
            }
        }

        void shutdown(boolean wait, boolean cancelFutures) {
            List<PyInstance> running;
            synchronized (this) {
                shutdown = true;
                if (cancelFutures) for (WorkItem w; (w = queue.poll()) != null; ) w.future().cancel();
                notifyAll();
                running = new ArrayList<>(threads);
            }
            if (wait) for (PyInstance t : running) ThreadingModule.joinThread(interpreter, t);
        }

        @Override
        public Object enter(Interpreter in) {
            return this;
        }

        @Override
        public void exit() {
            shutdown(true, false);
        }

        @Override
        public AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return "ThreadPoolExecutor";
        }

        @Override
        public PyClass pyClass() {
            return EXECUTOR;
        }

        @Override
        public String pyRepr() {
            return "<concurrent.futures.thread.ThreadPoolExecutor object at " + Values.address(this) + ">";
        }
    }

    /** Future: a call's result (or its error) once a worker has run it. */
    static final class Future implements TabledHostObject, PyReprable {
        private enum State { PENDING, RUNNING, CANCELLED, FINISHED }

        private static final AttributeTable<Future> ATTRIBUTES = new AttributeTable<Future>()
                .method("result", (f, a) -> f.result(timeout(a)))
                .method("exception", (f, a) -> f.exception(timeout(a)))
                .method("done", (f, a) -> f.isDone())
                .method("running", (f, a) -> f.state() == State.RUNNING)
                .method("cancelled", (f, a) -> f.state() == State.CANCELLED)
                .method("cancel", (f, a) -> f.cancel())
                .method("add_done_callback", (f, a) -> {
                    f.addDoneCallback(a.expect(1, 1, "fn").get(0));
                    return null;
                });

        private final Interpreter interpreter;
        private State state = State.PENDING;
        private Object result;
        private LangError error;
        private final List<Object> callbacks = new ArrayList<>();

        Future(Interpreter in) {
            this.interpreter = in;
        }

        private static double timeout(Args a) {
            Object t = a.expect(0, 1, "timeout").option(0, "timeout", null);
            return t == null ? -1 : Math.max(0, ThreadingModule.seconds(t));
        }

        synchronized State state() {
            return state;
        }

        synchronized boolean isDone() {
            return state == State.CANCELLED || state == State.FINISHED;
        }

        /** The worker takes it: false if it was cancelled. */
        synchronized boolean start() {
            if (state != State.PENDING) return false;
            state = State.RUNNING;
            return true;
        }

        boolean cancel() {
            synchronized (this) {
                if (state == State.RUNNING || state == State.FINISHED) return false;
                if (state == State.CANCELLED) return true;
                state = State.CANCELLED;
                notifyAll();
            }
            announce();
            return true;
        }

        void finish(Object value, LangError failure) {
            synchronized (this) {
                result = value;
                error = failure;
                state = State.FINISHED;
                notifyAll();
            }
            announce();
        }

        /** Tells wait() and as_completed(), then runs the callbacks (holding the GIL, as CPython's run in the worker). */
        private void announce() {
            synchronized (ANY_DONE) {
                ANY_DONE.notifyAll();
            }
            for (Object fn : callbacks) callback(fn);
            callbacks.clear();
        }

        private void callback(Object fn) {
            try {
                interpreter.call(fn, List.of(this));
            } catch (Interrupted stop) {
                throw stop;
            } catch (LangError e) { // CPython logs it ("exception calling callback for ...") and goes on
                interpreter.printer().writeError("exception calling callback for " + pyRepr() + "\n" + Traceback.uncaught(e) + "\n");
            }
        }

        void addDoneCallback(Object fn) {
            if (isDone()) callback(fn);
            else callbacks.add(fn);
        }

        /** Waits until done (or {@code seconds} pass: TimeoutError); false if the time ran out. */
        private void await(double seconds) {
            boolean done = interpreter.gil().released(() -> {
                synchronized (this) {
                    return ThreadLocks.waitUntil(this, () -> state == State.CANCELLED || state == State.FINISHED, seconds);
                }
            });
            if (!done) throw new PyError("TimeoutError", "");
        }

        Object result(double seconds) {
            await(seconds);
            synchronized (this) {
                if (state == State.CANCELLED) throw new PyError("concurrent.futures._base.CancelledError", "");
                if (error != null) throw error;
                return result;
            }
        }

        Object exception(double seconds) {
            await(seconds);
            synchronized (this) {
                if (state == State.CANCELLED) throw new PyError("concurrent.futures._base.CancelledError", "");
                return error == null ? null : Exceptions.objectOf(error, interpreter);
            }
        }

        @Override
        public AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return "Future";
        }

        @Override
        public PyClass pyClass() {
            return FUTURE;
        }

        @Override
        public synchronized String pyRepr() {
            String at = "<Future at " + Values.address(this) + " state=";
            return switch (state) {
                case PENDING -> at + "pending>";
                case RUNNING -> at + "running>";
                case CANCELLED -> at + "cancelled>";
                case FINISHED -> error != null ? at + "finished raised " + BuiltinTypes.of(Exceptions.objectOf(error, interpreter)).name() + ">"
                        : at + "finished returned " + Values.typeName(result) + ">";
            };
        }
    }
}
