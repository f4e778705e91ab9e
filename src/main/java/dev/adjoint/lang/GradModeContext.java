package dev.adjoint.lang;

import dev.adjoint.scope.Scope;
import dev.adjoint.autograd.GradMode;
import java.util.List;
import java.util.Map;

/**
 * What {@code no_grad()} / {@code enable_grad()} return: for {@code with}, grad mode inside the
 * block; called on a function (PyTorch's decorator form, {@code @torch.no_grad()}), that function
 * running in that mode.
 */
public record GradModeContext(boolean enabled, Boolean before) implements Callable {
    public GradModeContext(boolean enabled) {
        this(enabled, null);
    }

    /**
     * Enters the block: grad mode {@code enabled} until the scope closes; then the mode before the
     * block, or {@code before} when given (torch.set_grad_enabled(False) has already switched the
     * mode when the with statement starts, and restores what was before the call).
     */
    public Scope enter() {
        Scope inner = GradMode.set(enabled);
        return () -> {
            inner.close();
            if (before != null) GradMode.setEnabled(before);
        };
    }

    @Override
    public String name() {
        return enabled ? "enable_grad" : "no_grad";
    }

    @Override
    @SuppressWarnings("try")
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        if (args.size() != 1 || !keywords.isEmpty() || !(args.get(0) instanceof Callable f))
            throw PyError.type("'" + name() + "' object is not callable with these arguments (use it as a decorator: @torch." + name() + "())");
        return new Decorated(f, enabled);
    }

    /** A function decorated with @torch.no_grad() / @torch.enable_grad(): it runs in that mode; in a class body it is a method, bound as a function is. */
    public record Decorated(Callable function, boolean enabled) implements Callable {
        @Override
        public String name() {
            return function.name();
        }

        @Override
        @SuppressWarnings("try")
        public Object call(Interpreter in, List<Object> a, Map<String, Object> k, Span s) {
            try (Scope ignored = GradMode.set(enabled)) {
                return function.call(in, a, k, s);
            }
        }
    }

    @Override
    public String toString() {
        return enabled ? "<enable_grad>" : "<no_grad>";
    }
}
