package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * The table of names every session starts with: a name maps to a small function (or a constant).
 * The entries live in {@link MathBuiltins}, {@link TensorBuiltins} and {@link CoreBuiltins}.
 */
public final class Builtins {
    /**
     * The families in the order they register; a later one's entry takes a name over. The math
     * and tensor functions are made at the first name Python's own builtins lack, needle's library
     * at the first of its names (see BuiltinTable: linking their lambdas is most of a session's start).
     */
    private static final Map<String, Object> TABLE = new BuiltinTable(List.of(
            BuiltinTable.Family.later(MathBuiltins::register),
            BuiltinTable.Family.later(TensorBuiltins::register),
            BuiltinTable.Family.now(CoreBuiltins::register),
            BuiltinTable.Family.named(dev.adjoint.lang.lib.Library.NAMES, dev.adjoint.lang.lib.Library::register),
            BuiltinTable.Family.now(PyBuiltins::register), // Python's sum, max, min, abs, pow take over, passing tensors on to adjoint's
            BuiltinTable.Family.now(SiteBuiltins::register)));

    private Builtins() {}

    /** Name to value (mostly {@link Builtin}s), in a stable order. */
    public static Map<String, Object> table() {
        return TABLE;
    }

    static void add(Map<String, Object> table, Builtin b) {
        table.put(b.name(), b);
    }
}
