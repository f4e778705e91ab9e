package dev.adjoint.lang;

import dev.adjoint.autograd.InferenceMode;
import dev.adjoint.scope.Scope;
import java.util.List;
import java.util.Map;

/**
 * What {@code torch.inference_mode(mode=True)} returns: for {@code with}, inference mode (and grad
 * mode off) inside the block, or with mode False both the other way; called on a function
 * ({@code @torch.inference_mode()}), that function running so.
 */
public final class InferenceModeContext implements Callable, HostObject {
    /** torch.inference_mode, the class (torch.autograd.grad_mode's): its __enter__/__exit__ called by name do what with does. */
    public static final PyClass CLASS = PyClass.builtin("inference_mode", "torch.autograd.grad_mode", BuiltinTypes.OBJECT,
            Builtin.of("inference_mode", a -> new InferenceModeContext(a.expect(0, 1, "mode").bool(0, "mode", true))));

    static {
        CLASS.method("__enter__", a -> {
            InferenceModeContext c = (InferenceModeContext) a.expect(0, 0).self();
            c.entered = c.enter();
            return null;
        });
        CLASS.method("__exit__", a -> {
            InferenceModeContext c = (InferenceModeContext) a.expect(3, 3).self();
            if (c.entered == null) throw PyError.attribute("'inference_mode' object has no attribute '_inference_mode_context'"); // __exit__ before __enter__
            c.entered.close();
            c.entered = null;
            return null;
        });
    }

    private final boolean enabled;
    /** The mode __enter__ called by name put in force, until __exit__. */
    private Scope entered;

    public InferenceModeContext(boolean enabled) {
        this.enabled = enabled;
    }

    public Scope enter() {
        return InferenceMode.set(enabled);
    }

    @Override
    public String typeName() {
        return "inference_mode";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    @Override
    public String name() {
        return "inference_mode";
    }

    @Override
    @SuppressWarnings("try")
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        if (args.size() != 1 || !keywords.isEmpty() || !(args.get(0) instanceof Callable f))
            throw PyError.type("'inference_mode' object is not callable with these arguments (use it as a decorator: @torch.inference_mode())");
        return new Callable() {
            public String name() {
                return f.name();
            }

            public Object call(Interpreter in, List<Object> a, Map<String, Object> k, Span s) {
                try (Scope ignored = enter()) {
                    return f.call(in, a, k, s);
                }
            }
        };
    }

    @Override
    public String toString() {
        return "<torch.autograd.grad_mode.inference_mode object at " + Values.address(this) + ">";
    }
}
