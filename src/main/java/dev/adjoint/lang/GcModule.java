package dev.adjoint.lang;

import java.util.List;

/**
 * Python's gc, what notebooks call beside torch.cuda.empty_cache() to free memory. The JVM's
 * collector does the collecting: {@code gc.collect()} runs it and then the {@code __del__} methods
 * and generator closes of what it freed (see Finalization), and answers how many objects it
 * finalized (CPython counts the unreachable objects of cycles it found, which adjoint cannot see).
 * {@code enable}, {@code disable} and the thresholds are kept and reported as CPython's, but the
 * JVM collects whenever it needs to; {@code get_count()} is (0, 0, 0): there are no generations
 * of Python objects to count.
 */
final class GcModule {
    /** gc's DEBUG_ flags, as CPython's. */
    private static final long DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32, DEBUG_LEAK = 38;

    private GcModule() {}

    static PyModule create() {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        long[] threshold = {700, 10, 10};
        long[] debug = {0};
        m.add(Builtin.of("collect", a -> {
            Object generation = a.expect(0, 1, "generation").option(0, "generation", 2L);
            long g = Values.toLong(generation, "generation");
            if (g < 0 || g > 2) throw PyError.value("invalid generation");
            return (long) a.interpreter().finalization().collect();
        }));
        m.add(Builtin.of("enable", a -> {
            a.expect(0, 0);
            enabled[0] = true;
            return null;
        }));
        m.add(Builtin.of("disable", a -> {
            a.expect(0, 0);
            enabled[0] = false;
            return null;
        }));
        m.add(Builtin.of("isenabled", a -> {
            a.expect(0, 0);
            return enabled[0];
        }));
        m.add(Builtin.of("get_count", a -> {
            a.expect(0, 0);
            return Values.tuple(0L, 0L, 0L);
        }));
        m.add(Builtin.of("get_threshold", a -> {
            a.expect(0, 0);
            return Values.tuple(threshold[0], threshold[1], threshold[2]);
        }));
        m.add(Builtin.of("set_threshold", a -> {
            a.expect(1, 3);
            for (int i = 0; i < a.size(); i++) threshold[i] = Values.toLong(a.get(i), "threshold");
            return null;
        }));
        m.add(Builtin.of("get_debug", a -> {
            a.expect(0, 0);
            return debug[0];
        }));
        m.add(Builtin.of("set_debug", a -> {
            debug[0] = Values.toLong(a.expect(1, 1).get(0), "flags");
            return null;
        }));
        m.add(Builtin.of("is_tracked", a -> isTracked(a.expect(1, 1).get(0))));
        m.add(Builtin.of("get_stats", a -> {
            a.expect(0, 0);
            PyList stats = new PyList();
            for (int i = 0; i < 3; i++) {
                PyDict d = new PyDict();
                d.put("collections", 0L);
                d.put("collected", 0L);
                d.put("uncollectable", 0L);
                stats.add(d);
            }
            return stats;
        }));
        m.add(Builtin.of("freeze", a -> {
            a.expect(0, 0);
            return null;
        }));
        m.add(Builtin.of("unfreeze", a -> {
            a.expect(0, 0);
            return null;
        }));
        m.add(Builtin.of("get_freeze_count", a -> {
            a.expect(0, 0);
            return 0L;
        }));
        m.add("garbage", new PyList()).add("callbacks", new PyList());
        for (var flag : List.of(List.of("DEBUG_STATS", DEBUG_STATS), List.of("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
                List.of("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE), List.of("DEBUG_SAVEALL", DEBUG_SAVEALL), List.of("DEBUG_LEAK", DEBUG_LEAK)))
            m.add((String) flag.get(0), flag.get(1));
        return m;
    }

    /** CPython's: atoms (numbers, strings, None) never; a dict only once it holds a tracked key or value; other containers and objects always. */
    private static boolean isTracked(Object v) {
        Object p = Values.plain(v);
        if (p == null || p instanceof Boolean || p instanceof String || PyNumbers.isInt(p) || p instanceof Double || p instanceof PyBytes || p instanceof PyComplex)
            return false;
        if (p instanceof PyDict d) {
            for (PyDict.Entry e : d.entries()) if (isTracked(e.key()) || isTracked(e.value())) return true;
            return false;
        }
        return true;
    }
}
