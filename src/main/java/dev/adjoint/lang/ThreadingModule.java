package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's threading, as CPython 3.11's threading.py has it: Thread (a target, or a subclass's
 * run()), the locks and the other ways threads wait for each other (ThreadLocks, ThreadWaits),
 * current_thread(), enumerate(), local() and excepthook. Threads are real Java threads that run
 * Python code one at a time, under the session's GIL ({@link Gil}); see {@link PyThreads}.
 */
final class ThreadingModule {
    private ThreadingModule() {}

    static final PyClass THREAD = PyClass.library("Thread", "threading", null);
    static final PyClass MAIN_THREAD = PyClass.library("_MainThread", "threading", THREAD);
    static final PyClass TIMER = PyClass.library("Timer", "threading", THREAD);

    /** threading.TIMEOUT_MAX: CPython's on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;

    /** What a thread that ends by an exception calls: threading.excepthook as the program has it then. */
    interface ExceptHook {
        void report(LangError error, PyInstance thread);
    }

    static {
        THREAD.define("_initialized", false);
        THREAD.method("__init__", a -> {
            a.expect(0, 5, "group", "target", "name", "args", "kwargs", "daemon");
            init((PyInstance) a.self(), a.option(0, "group", null), a.option(1, "target", null), a.option(2, "name", null),
                    a.option(3, "args", List.of()), a.option(4, "kwargs", null), a.keyword("daemon"), a.interpreter());
            return null;
        });
        THREAD.method("start", a -> {
            PyInstance self = (PyInstance) a.expect(0, 0).self();
            if (!initialized(self)) throw new PyError("RuntimeError", "thread.__init__() not called");
            PyThreads threads = threads(a.interpreter());
            if (threads.runOf(self) != null) throw new PyError("RuntimeError", "threads can only be started once");
            threads.start(self, Values.truthy(own(self, "_daemonic")), Repr.str(own(self, "_name")), hook(a.interpreter()));
            return null;
        });
        THREAD.method("run", a -> { // CPython's: the target with its arguments, then forgets them
            PyInstance self = (PyInstance) a.expect(0, 0).self();
            Interpreter in = a.interpreter();
            try {
                Object target = self.own("_target");
                if (target != null && target != Environment.UNBOUND)
                    in.call(target, new ArrayList<>(Values.items(own(self, "_args"))), keywords(own(self, "_kwargs")), a.span());
            } finally {
                for (String name : List.of("_target", "_args", "_kwargs")) self.deleteOwn(name);
            }
            return null;
        });
        THREAD.method("join", a -> {
            a.expect(0, 1, "timeout");
            PyInstance self = (PyInstance) a.self();
            Object timeout = a.option(0, "timeout", null);
            if (!initialized(self)) throw new PyError("RuntimeError", "Thread.__init__() not called");
            PyThreads threads = threads(a.interpreter());
            PyThreads.Run run = threads.runOf(self);
            if (run == null) throw new PyError("RuntimeError", "cannot join thread before it is started");
            if (self == threads.current()) throw new PyError("RuntimeError", "cannot join current thread");
            threads.join(run, timeout == null ? -1 : Math.max(0, seconds(timeout)));
            return null;
        });
        THREAD.method("is_alive", a -> {
            PyInstance self = (PyInstance) a.expect(0, 0).self();
            PyThreads.Run run = threads(a.interpreter()).runOf(self);
            return run != null && run.alive();
        });
        THREAD.method("__repr__", a -> {
            PyInstance self = (PyInstance) a.expect(0, 0).self();
            if (!initialized(self)) throw new PyError("AssertionError", "Thread.__init__() was not called");
            PyThreads.Run run = threads(a.interpreter()).runOf(self);
            String status = run == null ? "initial" : run.alive() ? "started" : "stopped";
            if (Values.truthy(own(self, "_daemonic"))) status += " daemon";
            if (own(self, "_ident") != null) status += " " + own(self, "_ident");
            return "<" + self.pyClass().name() + "(" + Repr.str(own(self, "_name")) + ", " + status + ")>";
        });
        THREAD.define("name", property("name", self -> own(self, "_name"), (self, v, in) -> {
            if (!initialized(self)) throw new PyError("AssertionError", "Thread.__init__() not called");
            self.setOwn("_name", Repr.str(v));
        }));
        THREAD.define("daemon", property("daemon", self -> own(self, "_daemonic"), (self, v, in) -> {
            if (!initialized(self)) throw new PyError("RuntimeError", "Thread.__init__() not called");
            PyThreads.Run run = threads(in).runOf(self);
            if (run != null) throw new PyError("RuntimeError", "cannot set daemon status of active thread");
            self.setOwn("_daemonic", Values.truthy(v));
        }));
        THREAD.define("ident", property("ident", self -> own(self, "_ident"), null));
        THREAD.define("native_id", property("native_id", self -> own(self, "_native_id"), null));

        TIMER.method("__init__", a -> { // Timer(interval, function, args=None, kwargs=None): a thread that waits, then calls
            a.expect(2, 4, "interval", "function", "args", "kwargs");
            PyInstance self = (PyInstance) a.self();
            init(self, null, null, null, List.of(), null, null, a.interpreter());
            Object args = a.option(2, "args", null), kwargs = a.option(3, "kwargs", null);
            self.setOwn("interval", a.get(0));
            self.setOwn("function", a.get(1));
            self.setOwn("args", args == null ? new PyList() : args);
            self.setOwn("kwargs", kwargs == null ? new PyDict() : kwargs);
            self.setOwn("finished", new ThreadWaits.Event(a.interpreter()));
            return null;
        });
        TIMER.method("cancel", a -> {
            ((ThreadWaits.Event) own((PyInstance) a.expect(0, 0).self(), "finished")).set();
            return null;
        });
        TIMER.method("run", a -> {
            PyInstance self = (PyInstance) a.expect(0, 0).self();
            ThreadWaits.Event finished = (ThreadWaits.Event) own(self, "finished");
            finished.await(seconds(own(self, "interval")));
            if (!finished.isSet())
                a.interpreter().call(own(self, "function"), new ArrayList<>(Values.items(own(self, "args"))), keywords(own(self, "kwargs")), a.span());
            finished.set();
            return null;
        });
    }

    /** A Thread object made from Java (a pool's worker): {@code target} with no arguments, named {@code name}. */
    static PyInstance newThread(Interpreter in, Object target, String name, boolean daemon) {
        PyInstance t = PyInstance.blank(THREAD, in);
        init(t, null, target, name, List.of(), null, daemon, in);
        return t;
    }

    /** thread.start() from Java. */
    static void startThread(Interpreter in, PyInstance t) {
        in.callMethod(t, "start", List.of());
    }

    /** thread.join() from Java. */
    static void joinThread(Interpreter in, PyInstance t) {
        PyThreads threads = threads(in);
        PyThreads.Run run = threads.runOf(t);
        if (run != null && t != threads.current()) threads.join(run, -1);
    }

    /** Thread.__init__, as CPython's: the name "Thread-N (target)" unless given, the daemon flag of the thread that makes it unless given. */
    private static void init(PyInstance self, Object group, Object target, Object name, Object args, Object kwargs, Object daemon, Interpreter in) {
        if (group != null) throw new PyError("AssertionError", "group argument must be None for now");
        PyThreads threads = PyThreads.of(in); // (not threads(in): this makes the main thread's object too)
        String named;
        if (name != null) named = Repr.str(name);
        else {
            named = "Thread-" + threads.nextNumber();
            Object targetName = target == null ? null : Attributes.getOrNull(in, target, "__name__");
            if (targetName != null) named += " (" + Repr.str(targetName) + ")";
        }
        self.setOwn("_target", target);
        self.setOwn("_name", named);
        self.setOwn("_args", args);
        self.setOwn("_kwargs", kwargs == null ? new PyDict() : kwargs);
        PyInstance current = threads.current();
        self.setOwn("_daemonic", daemon != null ? Values.truthy(daemon) : current != null && Values.truthy(own(current, "_daemonic")));
        self.setOwn("_ident", null);
        self.setOwn("_native_id", null);
        self.setOwn("_initialized", true);
    }

    private static boolean initialized(PyInstance self) {
        return Values.truthy(self.own("_initialized") == Environment.UNBOUND ? self.pyClass().lookup("_initialized") : self.own("_initialized"));
    }

    /** An attribute of the instance (one Thread.__init__ set), or its class's; None if neither has it. */
    private static Object own(PyInstance self, String name) {
        Object v = self.own(name);
        if (v == Environment.UNBOUND) v = self.pyClass().lookup(name);
        return v == Environment.UNBOUND ? null : v;
    }

    /** A dict of keyword arguments as a call takes them. */
    static Map<String, Object> keywords(Object kwargs) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (kwargs == null) return out;
        if (!(kwargs instanceof PyDict d)) throw PyError.type("argument after ** must be a mapping, not " + Values.typeName(kwargs));
        for (PyDict.Entry e : d.entries()) {
            if (!(e.key() instanceof String k)) throw PyError.type("keywords must be strings");
            out.put(k, e.value());
        }
        return out;
    }

    /** A timeout in seconds (an int or a float). */
    static double seconds(Object v) {
        Object plain = Values.plain(v);
        if (!PyNumbers.isNumber(plain)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
        return PyNumbers.toDouble(plain);
    }

    @FunctionalInterface
    private interface Setter {
        void set(PyInstance self, Object value, Interpreter in);
    }

    /** A property of Thread (name, daemon, ident, native_id) read from the attributes Thread.__init__ set. */
    private static Descriptors.Property property(String name, java.util.function.Function<PyInstance, Object> get, Setter set) {
        Builtin getter = Builtin.of(name, a -> get.apply((PyInstance) a.expect(1, 1).get(0)));
        Builtin setter = set == null ? null : Builtin.of(name, a -> {
            set.set((PyInstance) a.expect(2, 2).get(0), a.get(1), a.interpreter());
            return null;
        });
        return new Descriptors.Property(getter, setter, null);
    }

    /** threading.excepthook as the module has it when the thread fails (a program may set its own). */
    private static ExceptHook hook(Interpreter in) {
        PyModule module = in.modules().find("threading");
        return (error, thread) -> {
            Object hook = module == null ? DEFAULT_HOOK : module.members().get("excepthook");
            if (hook == DEFAULT_HOOK) {
                if (Exceptions.exitOf(error) == null) printUncaught(in, error, thread); // SystemExit ends a thread quietly
                return;
            }
            Object exception = Exceptions.objectOf(error, in);
            Object args = new ExceptHookArgs(BuiltinTypes.of(exception), exception, Attributes.getOrNull(in, exception, "__traceback__"), thread);
            try {
                in.call(hook, List.of(args));
            } catch (LangError failed) { // CPython prints the hook's own error as an unraisable exception
                if (failed instanceof Interrupted) throw failed;
                in.printer().writeError("Exception in threading.excepthook:\n" + Traceback.uncaught(failed) + "\n");
            }
        };
    }

    /** CPython's default: "Exception in thread NAME:" and the traceback, on stderr. */
    private static void printUncaught(Interpreter in, LangError error, PyInstance thread) {
        String name = thread == null ? String.valueOf(threads(in).currentIdent()) : Repr.str(own(thread, "_name"));
        SysModule.STDERR.write(in.printer(), "Exception in thread " + name + ":\n" + Traceback.uncaught(error) + "\n");
    }

    /** threading.excepthook's default, CPython's _thread._excepthook: prints the thread's error as CPython does. */
    private static final Builtin DEFAULT_HOOK = Builtin.of("_excepthook", a -> {
        Object args = a.expect(1, 1).get(0);
        Interpreter in = a.interpreter();
        if (!(args instanceof ExceptHookArgs h)) throw PyError.type("_thread._excepthook argument type must be ExceptHookArgs");
        if (h.type() instanceof PyClass c && c.isSubclassOf(Exceptions.named("SystemExit"))) return null;
        LangError error = h.value() == null ? null : Exceptions.raise(h.value(), in, a.span());
        String name = h.thread() instanceof PyInstance t ? Repr.str(own(t, "_name")) : String.valueOf(threads(in).currentIdent());
        SysModule.STDERR.write(in.printer(), "Exception in thread " + name + ":\n" + (error == null ? "NoneType: None" : Traceback.lastLine(error)) + "\n");
        return null;
    });

    /** The argument of threading.excepthook: exc_type, exc_value, exc_traceback and thread, a struct sequence in CPython. */
    record ExceptHookArgs(Object type, Object value, Object traceback, Object thread) implements TabledHostObject, PyReprable {
        private static final AttributeTable<ExceptHookArgs> ATTRIBUTES = new AttributeTable<ExceptHookArgs>()
                .value("exc_type", ExceptHookArgs::type).value("exc_value", ExceptHookArgs::value)
                .value("exc_traceback", ExceptHookArgs::traceback).value("thread", ExceptHookArgs::thread);

        @Override
        public AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return "_thread._ExceptHookArgs";
        }

        @Override
        public String pyRepr() {
            return "_thread._ExceptHookArgs(exc_type=" + Repr.repr(type) + ", exc_value=" + Repr.repr(value) + ", exc_traceback="
                    + Repr.repr(traceback) + ", thread=" + Repr.repr(thread) + ")";
        }
    }

    static PyModule create() {
        PyModule m = new PyModule("threading");
        m.add("Thread", THREAD).add("Timer", TIMER).add("TIMEOUT_MAX", TIMEOUT_MAX);
        m.add("ThreadError", Exceptions.named("RuntimeError"));
        m.add("BrokenBarrierError", Exceptions.library("threading.BrokenBarrierError"));
        m.add(Builtin.of("Lock", a -> new ThreadLocks.Lock(a.expect(0, 0).interpreter())));
        m.add(Builtin.of("RLock", a -> new ThreadLocks.RLock(a.expect(0, 0).interpreter())));
        m.add("Event", ThreadWaits.EVENT).add("Condition", ThreadWaits.CONDITION).add("Semaphore", ThreadWaits.SEMAPHORE)
                .add("BoundedSemaphore", ThreadWaits.BOUNDED_SEMAPHORE).add("Barrier", ThreadWaits.BARRIER).add("local", ThreadLocalObject.CLASS);
        m.add(Builtin.of("current_thread", a -> threads(a.expect(0, 0).interpreter()).current()));
        m.add(Builtin.of("main_thread", a -> threads(a.expect(0, 0).interpreter()).main()));
        m.add(Builtin.of("get_ident", a -> threads(a.expect(0, 0).interpreter()).currentIdent()));
        m.add(Builtin.of("get_native_id", a -> {
            PyThreads threads = threads(a.expect(0, 0).interpreter());
            PyThreads.Run run = threads.runOf(threads.current());
            return run == null ? threads.mainNativeId() : run.nativeId;
        }));
        m.add(Builtin.of("active_count", a -> (long) threads(a.expect(0, 0).interpreter()).alive().size()));
        m.add(Builtin.of("enumerate", a -> new PyList(threads(a.expect(0, 0).interpreter()).alive())));
        m.add("excepthook", DEFAULT_HOOK).add("__excepthook__", DEFAULT_HOOK);
        return m;
    }

    /** The session's threads, with the main thread's object made (at the first question: a module is made before it knows its session). */
    static PyThreads threads(Interpreter in) {
        PyThreads threads = PyThreads.of(in);
        if (threads.main() == null) {
            PyInstance main = PyInstance.blank(MAIN_THREAD, in);
            init(main, null, null, "MainThread", List.of(), null, false, in);
            main.setOwn("_ident", threads.mainIdent());
            main.setOwn("_native_id", threads.mainNativeId());
            main.deleteOwn("_target");
            main.deleteOwn("_args");
            main.deleteOwn("_kwargs");
            threads.adoptMain(main);
        }
        return threads;
    }
}
