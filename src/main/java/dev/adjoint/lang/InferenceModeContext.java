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
public record InferenceModeContext(boolean enabled) implements Callable {
    public Scope enter() {
        return InferenceMode.set(enabled);
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
