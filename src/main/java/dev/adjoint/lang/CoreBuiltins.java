package dev.adjoint.lang;

import java.util.Map;

/** adjoint's own basics beside Python's: seed, the grad-mode contexts, pi. */
final class CoreBuiltins {
    private CoreBuiltins() {}

    static void register(Map<String, Object> t) {
        Builtins.add(t, Builtin.of("seed", CoreBuiltins::seed));
        Builtins.add(t, Builtin.of("no_grad", a -> gradMode(a, false)));
        Builtins.add(t, Builtin.of("enable_grad", a -> gradMode(a, true)));
        t.put("pi", Math.PI);
    }

    /** seed(n): np.random.seed(n) and torch.manual_seed(n) at once (what :save writes so draws replay). */
    private static Object seed(Args a) {
        long n;
        try {
            n = Values.toLong(a.expect(1, 1).get(0), "seed");
        } catch (PyError e) {
            throw a.error(e.getMessage());
        }
        if (n < 0 || n > 0xffffffffL) throw a.error("argument must be between 0 and 2**32 - 1, got " + n);
        a.interpreter().random().seed(n);
        a.interpreter().torchRandom().seed(n);
        return null;
    }

    private static GradModeContext gradMode(Args a, boolean enabled) {
        a.expect(0, 0);
        return new GradModeContext(enabled);
    }
}
