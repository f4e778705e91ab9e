package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table of names every session starts with: a name maps to a small function (or a constant).
 * The entries live in {@link MathBuiltins}, {@link TensorBuiltins} and {@link CoreBuiltins}.
 */
public final class Builtins {
    private static final Map<String, Object> TABLE;

    static {
        Map<String, Object> t = new LinkedHashMap<>();
        MathBuiltins.register(t);
        TensorBuiltins.register(t);
        CoreBuiltins.register(t);
        BuiltinTable.defer(t, dev.adjoint.lang.lib.Library.NAMES, dev.adjoint.lang.lib.Library::register); // needle's nn, optim, data: made at first use
        PyBuiltins.register(t); // Python's sum, max, min, abs, pow take over, passing tensors on to adjoint's
        SiteBuiltins.register(t);
        TABLE = new BuiltinTable(t);
    }

    private Builtins() {}

    /** Name to value (mostly {@link Builtin}s), in a stable order. */
    public static Map<String, Object> table() {
        return TABLE;
    }

    static void add(Map<String, Object> table, Builtin b) {
        table.put(b.name(), b);
    }
}
