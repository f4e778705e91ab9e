package dev.adjoint.lang;

import java.util.Arrays;
import java.util.List;

/**
 * Python's timeit for functions: timeit(stmt, setup, number=1000000), repeat(stmt, setup,
 * repeat=5, number=1000000), Timer(stmt, setup) with timeit, repeat and autorange, and
 * default_timer (time.perf_counter's clock); the times are CPython's floats of seconds for
 * number calls of stmt after one call of setup. A statement in a string would run code from a
 * string, which adjoint does not do (as exec and eval): that is an error saying to pass a function.
 */
final class TimeitModule {
    private TimeitModule() {}

    static final PyClass TIMER = PyClass.library("Timer", "timeit", null);
    private static final long NUMBER = 1_000_000, REPEAT = 5;

    static {
        TIMER.method("__init__", a -> {
            a.expect(0, 4, "stmt", "setup", "timer", "globals");
            PyInstance self = (PyInstance) a.self();
            self.setOwn("stmt", callable(a.option(0, "stmt", "pass"), "stmt"));
            self.setOwn("setup", callable(a.option(1, "setup", "pass"), "setup"));
            self.setOwn("timer", a.option(2, "timer", null));
            return null;
        });
        TIMER.method("timeit", a -> time(a.interpreter(), (PyInstance) a.self(), count(a.expect(0, 1, "number").option(0, "number", NUMBER), "number")));
        TIMER.method("repeat", a -> {
            a.expect(0, 2, "repeat", "number");
            long times = count(a.option(0, "repeat", REPEAT), "repeat"), number = count(a.option(1, "number", NUMBER), "number");
            PyList out = new PyList();
            for (long i = 0; i < times; i++) out.add(time(a.interpreter(), (PyInstance) a.self(), number));
            return out;
        });
        TIMER.method("autorange", a -> {
            Object callback = a.expect(0, 1, "callback").option(0, "callback", null);
            // CPython's autorange: 1, 2, 5, 10, 20, 50, ... calls until the loop takes 0.2 s
            for (long i = 1; ; i *= 10) {
                for (long j : new long[] {1, 2, 5}) {
                    long number = i * j;
                    double taken = time(a.interpreter(), (PyInstance) a.self(), number);
                    if (callback != null) a.interpreter().call(callback, Arrays.asList(number, taken));
                    if (taken >= 0.2) return Values.tuple(number, taken);
                }
            }
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("timeit");
        m.add("Timer", TIMER);
        m.add(Builtin.of("default_timer", a -> {
            a.expect(0, 0);
            return seconds();
        }));
        m.add(Builtin.of("timeit", a -> {
            a.expect(0, 5, "stmt", "setup", "timer", "number", "globals");
            PyInstance timer = timer(a);
            return time(a.interpreter(), timer, count(a.option(3, "number", NUMBER), "number"));
        }));
        m.add(Builtin.of("repeat", a -> {
            a.expect(0, 6, "stmt", "setup", "timer", "repeat", "number", "globals");
            PyInstance timer = timer(a);
            long times = count(a.option(3, "repeat", REPEAT), "repeat"), number = count(a.option(4, "number", NUMBER), "number");
            PyList out = new PyList();
            for (long i = 0; i < times; i++) out.add(time(a.interpreter(), timer, number));
            return out;
        }));
        return m;
    }

    private static PyInstance timer(Args a) {
        PyInstance t = new PyInstance(TIMER, a.interpreter());
        t.setOwn("stmt", callable(a.option(0, "stmt", "pass"), "stmt"));
        t.setOwn("setup", callable(a.option(1, "setup", "pass"), "setup"));
        t.setOwn("timer", a.option(2, "timer", null));
        return t;
    }

    /** A statement or setup: a function, or 'pass' (nothing to do, null); other strings are refused. */
    private static Object callable(Object v, String what) {
        if ("pass".equals(v) || "".equals(v)) return null;
        if (v instanceof String)
            throw PyError.notSupported("timeit with a " + what + " in a string (it runs code from a string, as exec does); give a function instead: "
                    + "timeit.timeit(lambda: sum(range(10)), number=1000)");
        if (!(v instanceof Callable) && !(v instanceof PyInstance i && i.has("__call__")))
            throw PyError.value(what + " is neither a string nor callable");
        return v;
    }

    private static long count(Object v, String what) {
        return Values.toLong(v, what);
    }

    /** Seconds for number calls of the statement, after one call of the setup, by the timer (perf_counter's clock unless given). */
    private static double time(Interpreter in, PyInstance timer, long number) {
        Object stmt = timer.own("stmt"), setup = timer.own("setup"), clock = timer.own("timer");
        List<Object> none = List.of();
        if (setup != null) in.call(setup, none);
        Object start = clock == null ? seconds() : in.call(clock, none);
        for (long i = 0; i < number; i++) {
            dev.adjoint.ndarray.ComputationInterrupted.poll();
            if (stmt != null) in.call(stmt, none);
        }
        Object end = clock == null ? seconds() : in.call(clock, none);
        return PyNumbers.toDouble(Operators.binary(TokenType.MINUS, end, start));
    }

    private static double seconds() {
        return System.nanoTime() / 1e9;
    }
}
