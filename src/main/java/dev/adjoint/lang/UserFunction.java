package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * A function made by {@code def}: it runs its body in a fresh local scope whose parent is the scope
 * it was defined in, building the graph as it goes (define-by-run). Defaults are evaluated once, at
 * definition, as in Python. {@code source} identifies the input the definition was parsed from (its
 * spans are that input's).
 */
public record UserFunction(Stmt.Def def, List<Object> defaults, Environment closure, Object source) implements Callable {
    @Override
    public String name() {
        return def.name();
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        return interpreter.callFunction(this, args, keywords, span);
    }

    @Override
    public String toString() {
        return "<function " + def.name() + ">";
    }
}
