package dev.adjoint.lang;

import dev.adjoint.scope.Scope;
import dev.adjoint.autograd.GradMode;
import java.util.List;
import java.util.Map;

/**
 * What {@code torch.no_grad()} / {@code enable_grad()} / {@code set_grad_enabled(mode)} make (objects
 * of the classes of those names, torch.autograd.grad_mode's): for {@code with}, grad mode inside the
 * block; their {@code __enter__}/{@code __exit__} called by name do the same (some training loops
 * toggle it so); called on a function (PyTorch's decorator form, {@code @torch.no_grad()}), that
 * function running in that mode.
 */
public final class GradModeContext implements Callable, HostObject {
    public static final PyClass NO_GRAD = type("no_grad", 0, a -> new GradModeContext(false));
    public static final PyClass ENABLE_GRAD = type("enable_grad", 0, a -> new GradModeContext(true));
    /** As a call it takes effect at once; as a context manager the with block restores what was before the call. */
    public static final PyClass SET_GRAD_ENABLED = type("set_grad_enabled", 1, a -> {
        boolean on = Values.truthy(a.require("mode").option(0, "mode", null)), before = GradMode.isEnabled();
        GradMode.setEnabled(on);
        return new GradModeContext(on, before);
    });

    private final boolean enabled;
    /** set_grad_enabled's: the mode before the call, which the block's end restores; null for no_grad/enable_grad. */
    private final Boolean before;
    /** What __enter__ called by name found, which __exit__ restores (PyTorch's prev: no_grad's starts False, enable_grad's unset). */
    private Boolean prev;

    public GradModeContext(boolean enabled) {
        this(enabled, null);
    }

    public GradModeContext(boolean enabled, Boolean before) {
        this.enabled = enabled;
        this.before = before;
        this.prev = before == null && !enabled ? Boolean.FALSE : null;
    }

    /** One of the classes: made by calling it with its arguments (a function given instead, @torch.no_grad without (), is PyTorch's TypeError). */
    private static PyClass type(String name, int arguments, Builtin.Fn make) {
        PyClass c = PyClass.builtin(name, "torch.autograd.grad_mode", BuiltinTypes.OBJECT, Builtin.of(name, a -> {
            if (a.size() > arguments)
                throw PyError.type(name + ".__init__() takes " + (arguments + 1) + " positional argument" + (arguments == 0 ? "" : "s") + " but " + (a.size() + 1) + " were given");
            return make.apply(a.expect(0, arguments, "mode"));
        }));
        c.method("__enter__", a -> {
            ((GradModeContext) a.expect(0, 0).self()).enterByName();
            return null;
        });
        c.method("__exit__", a -> {
            ((GradModeContext) a.expect(3, 3).self()).exitByName();
            return null;
        });
        return c;
    }

    /** PyTorch 1.13's: no_grad/enable_grad keep the mode they find; set_grad_enabled puts its mode back (its prev is the mode before the call). */
    private void enterByName() {
        if (before == null) prev = GradMode.isEnabled();
        GradMode.setEnabled(enabled);
    }

    private void exitByName() {
        Boolean restored = before != null ? before : prev;
        if (restored == null) throw PyError.attribute("'" + typeName() + "' object has no attribute 'prev'"); // enable_grad's __exit__ before __enter__
        GradMode.setEnabled(restored);
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
    public String typeName() {
        return pyClass().name();
    }

    @Override
    public PyClass pyClass() {
        return before != null ? SET_GRAD_ENABLED : enabled ? ENABLE_GRAD : NO_GRAD;
    }

    @Override
    public String name() {
        return typeName();
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
        return "<torch.autograd.grad_mode." + typeName() + " object at " + Values.address(this) + ">";
    }
}
