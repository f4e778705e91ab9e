package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * A function of the language implemented in Java. A constructor (zeros, randn, tensor, ...)
 * makes a fresh leaf, so a name bound to a call of it becomes an input.
 */
public record Builtin(String name, boolean constructor, Fn fn) implements Callable {
    @FunctionalInterface
    public interface Fn {
        Object apply(Args args);
    }

    public static Builtin of(String name, Fn fn) {
        return new Builtin(name, false, fn);
    }

    public static Builtin constructor(String name, Fn fn) {
        return new Builtin(name, true, fn);
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        return fn.apply(new Args(name, args, keywords, span, interpreter));
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
