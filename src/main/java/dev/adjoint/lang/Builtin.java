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

    /**
     * A function with a short way for one number (sin(x) in a loop): the interpreter calls
     * {@link #ofNumber} for a call with one positional argument and no keywords, without the
     * argument list and {@link Args}; null means "not a number I take": the call goes the usual way.
     */
    public interface OneNumber extends Fn {
        Object ofNumber(Object argument);

        /** The node of f(x) for a tracked number x given by its node (a loop's body may keep a number so), or null where {@link #ofNumber} decides. */
        default dev.adjoint.autograd.Tensor ofTrackedNumber(dev.adjoint.autograd.Tensor x) {
            return null;
        }
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
