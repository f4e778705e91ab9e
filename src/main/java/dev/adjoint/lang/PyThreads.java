package dev.adjoint.lang;

import dev.adjoint.scope.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads of one session's program, as threading keeps them: the main thread's object, the
 * threads started and not yet ended (enumerate(), active_count()), the counter that names them
 * "Thread-N", and the end of the program, which waits for those that are not daemons. Each thread
 * runs on a Java thread of its own, with the session's large stack, and runs Python code only
 * holding the session's GIL ({@link Gil}).
 */
final class PyThreads {
    /** The evaluation threads' stack (EvalRunner's, CellRunner's): deep recursion meets the interpreter's limit first. */
    private static final long STACK_SIZE = 512L << 20;
    /** CPython's thread idents are addresses; these are numbers of the same look, distinct per thread. */
    private static final long IDENT_BASE = 139_800_000_000_000L;
    private static final AtomicLong IDENTS = new AtomicLong();
    private static final AtomicLong NATIVE_IDS = new AtomicLong(ProcessHandle.current().pid() + 1);
    /** The Python thread a Java thread runs (null on the session's own evaluation threads: the main thread). */
    private static final ThreadLocal<Run> CURRENT = new ThreadLocal<>();

    private final Interpreter interpreter;
    private final List<Run> running = new ArrayList<>();
    private long named;
    /** The main thread's object (threading.main_thread()), made at the first import of threading. */
    private PyInstance main;
    private final long mainIdent = IDENT_BASE;
    private final long mainNativeId = ProcessHandle.current().pid();

    private PyThreads(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    static PyThreads of(Interpreter interpreter) {
        return interpreter.libraryState(PyThreads.class, () -> new PyThreads(interpreter));
    }

    /** A started thread: its object, its Java thread, and when it has started and ended. */
    static final class Run {
        final PyInstance self;
        final long ident;
        final long nativeId = NATIVE_IDS.getAndIncrement();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch ended = new CountDownLatch(1);
        boolean daemon;

        Run(PyInstance self, long ident) {
            this.self = self;
            this.ident = ident;
        }

        boolean alive() {
            return started.getCount() == 0 && ended.getCount() > 0;
        }
    }

    /** The state of a Thread object: its run once started (null before). */
    private final Map<PyInstance, Run> runs = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    Run runOf(PyInstance thread) {
        return runs.get(thread);
    }

    /** "Thread-N", counted per session as CPython counts per process. */
    synchronized long nextNumber() {
        return ++named;
    }

    /** The main thread's object: started (alive while the session is), never joined by the program's end. */
    void adoptMain(PyInstance main) {
        this.main = main;
        Run run = new Run(main, mainIdent);
        run.started.countDown();
        runs.put(main, run);
    }

    PyInstance main() {
        return main;
    }

    long mainIdent() {
        return mainIdent;
    }

    long mainNativeId() {
        return mainNativeId;
    }

    /** Whether this Java thread runs a thread the program started (not an input). */
    static boolean inStartedThread() {
        return CURRENT.get() != null;
    }

    /** threading.get_ident() on this thread. */
    long currentIdent() {
        Run r = CURRENT.get();
        return r == null ? mainIdent : r.ident;
    }

    /** threading.current_thread(): the running thread's object, the main thread's outside the threads threading started. */
    PyInstance current() {
        Run r = CURRENT.get();
        return r == null ? main : r.self;
    }

    /** The objects of the threads alive now, the main thread's first (threading.enumerate()). */
    synchronized List<Object> alive() {
        List<Object> all = new ArrayList<>();
        all.add(main);
        for (Run r : running) all.add(r.self);
        return all;
    }

    /**
     * Starts {@code thread}: a Java thread calls its run() holding the GIL, with the settings of the
     * session the starting thread had (print options, the element limit), but grad mode enabled, as
     * PyTorch starts every thread. Returns once the thread is running, as Thread.start() does.
     */
    Run start(PyInstance thread, boolean daemon, String name, ThreadingModule.ExceptHook hook) {
        long ident = IDENT_BASE + (IDENTS.incrementAndGet() << 12);
        Run run = new Run(thread, ident);
        run.daemon = daemon;
        dev.adjoint.scope.Carried settings = dev.adjoint.scope.Carried.capture();
        Thread java = new Thread(null, () -> body(run, settings, hook), "adjoint-py-" + name, STACK_SIZE);
        java.setDaemon(true); // the JVM never waits for it: the program's end does, for the non-daemon ones (see joinAll)
        runs.put(thread, run);
        thread.setOwn("_ident", run.ident); // before it runs: its own code may read them (current_thread().ident)
        thread.setOwn("_native_id", run.nativeId);
        synchronized (this) {
            running.add(run);
        }
        java.start();
        interpreter.gil().released(() -> {
            run.started.await();
            return null;
        });
        return run;
    }

    private void body(Run run, dev.adjoint.scope.Carried settings, ThreadingModule.ExceptHook hook) {
        CURRENT.set(run);
        run.started.countDown();
        try (Scope carried = settings.install(); Scope gil = interpreter.holdingGil()) {
            try {
                interpreter.callMethod(run.self, "run", List.of());
            } catch (Interrupted stop) {
                // the session stopped the thread (its end, a hard stop): nothing to report
            } catch (LangError e) {
                hook.report(e, run.self); // SystemExit too: the default hook says nothing of it, as CPython's
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a failure of ours in the hook itself: the thread ends, the program goes on
        } finally {
            synchronized (this) {
                running.remove(run);
            }
            run.ended.countDown();
            CURRENT.remove();
        }
    }

    /** Waits (without the GIL) until {@code run} ends, or {@code seconds} pass (negative: as long as it takes). */
    void join(Run run, double seconds) {
        interpreter.gil().released(() -> {
            if (seconds < 0) run.ended.await();
            else run.ended.await((long) Math.min(seconds * 1e9, Long.MAX_VALUE), TimeUnit.NANOSECONDS);
            return null;
        });
    }

    /** What the program's end does before it waits for the threads (a pool lets its idle workers end), as threading._register_atexit. */
    private final List<Runnable> atShutdown = new ArrayList<>();

    synchronized void atShutdown(Runnable r) {
        atShutdown.add(r);
    }

    /** The program's end, as CPython's threading._shutdown: waits for every thread that is not a daemon. */
    void joinAll() {
        List<Runnable> first;
        synchronized (this) {
            first = new ArrayList<>(atShutdown);
        }
        for (Runnable r : first) r.run();
        while (true) {
            Run next = null;
            synchronized (this) {
                for (Run r : running) if (!r.daemon) {
                    next = r;
                    break;
                }
            }
            if (next == null) return;
            join(next, -1);
        }
    }

    /** Whether a program of this session ever imported threading (the end of the program then waits for its threads). */
    static PyThreads ifAny(Interpreter interpreter) {
        return interpreter.libraryStateIfAny(PyThreads.class);
    }
}
