package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * The table of names every session starts with: a name maps to a small function (or a constant).
 * The entries live in {@link MathBuiltins}, {@link TensorBuiltins} and {@link CoreBuiltins}.
 */
public final class Builtins {
    /** Python's own builtins: made at the first lookup (not at a session's start), or by {@link #prepare}. */
    private static final BuiltinTable.Family<Object> CORE = BuiltinTable.Family.later(CoreBuiltins::register),
            PYTHON = BuiltinTable.Family.later(PyBuiltins::register),
            SITE = BuiltinTable.Family.later(SiteBuiltins::register);

    /**
     * The families in the order they register; a later one's entry takes a name over. None is made
     * at the start: the math and tensor functions at the first name Python's own builtins lack,
     * needle's library at the first of its names, Python's at the first lookup or {@link #prepare}
     * (see BuiltinTable: linking their lambdas is most of a session's own start).
     */
    private static final Map<String, Object> TABLE = new BuiltinTable<>(List.of(
            BuiltinTable.Family.later(MathBuiltins::register),
            BuiltinTable.Family.later(TensorBuiltins::register),
            CORE,
            BuiltinTable.Family.named(dev.adjoint.lang.lib.Library.NAMES, dev.adjoint.lang.lib.Library::register),
            PYTHON, // Python's sum, max, min, abs, pow take over, passing tensors on to adjoint's
            SITE));

    private Builtins() {}

    /**
     * Makes Python's own builtins now, which nearly every first statement needs: on a thread of its
     * own while the prompt waits for the user (or picocli reads the options), not before the prompt.
     */
    public static void prepare() {
        CORE.made();
        PYTHON.made();
        SITE.made();
    }

    /** Name to value (mostly {@link Builtin}s), in a stable order. */
    public static Map<String, Object> table() {
        return TABLE;
    }

    static void add(Map<String, Object> table, Builtin b) {
        table.put(b.name(), b);
    }
}
