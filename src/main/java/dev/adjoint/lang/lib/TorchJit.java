package dev.adjoint.lang.lib;

import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import java.util.List;

/**
 * torch.jit without a compiler: adjoint runs everything eagerly, so torch.jit.script(f) gives f
 * itself, which computes what the compiled one would (TorchScript keeps Python's control flow),
 * and says so in a warning (it is not a ScriptModule: it prints as the original, its results'
 * grad_fn are the eager ones). torch.jit.trace, which would freeze one run's operations, and the
 * TorchScript files of torch.jit.save/load are refused by name.
 */
final class TorchJit {
    private TorchJit() {}

    private static final String EAGER = "adjoint has no TorchScript compiler: torch.jit.%s returns the %s itself, run eagerly (the same numbers; it prints as the original)";

    static PyModule module() {
        PyModule m = new PyModule("torch.jit");
        m.add(Builtin.of("script", a -> {
            a.expect(1, 5, "obj", "optimize", "_frames_up", "_rcb", "example_inputs");
            Object obj = a.get(0);
            warn(a.interpreter(), "script", obj);
            return obj;
        }));
        m.add(Builtin.of("trace", a -> { // a trace replays one run's tensor operations without Python's control flow: eager code would differ
            throw PyError.notSupported("torch.jit.trace (it replays the tensor operations of one run, without the Python control flow and side effects, "
                    + "and adjoint has no tracer: call the function or module itself)");
        }));
        for (String name : List.of("ignore", "unused", "export")) // decorators that leave a function as it is when nothing is compiled
            m.add(Builtin.of(name, a -> {
                a.expect(0, 2, "fn", "drop");
                if (a.size() == 0) return Builtin.of(name, b -> b.expect(1, 1).get(0)); // @torch.jit.ignore(drop=True)
                return a.get(0);
            }));
        for (String name : List.of("is_scripting", "is_tracing"))
            m.add(Builtin.of(name, a -> {
                a.expect(0, 0);
                return false;
            }));
        for (String name : List.of("save", "load"))
            m.add(Builtin.of(name, a -> {
                throw PyError.notSupported("torch.jit." + name + " (TorchScript files: adjoint runs models eagerly; save a state_dict with torch.save to io.BytesIO instead)");
            }));
        return m;
    }

    private static void warn(Interpreter in, String function, Object obj) {
        String what = obj instanceof dev.adjoint.lang.PyInstance ? "module" : "function";
        in.warn("UserWarning", String.format(EAGER, function, what), "torch.jit");
    }
}
