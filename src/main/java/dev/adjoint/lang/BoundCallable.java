package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A function with its first argument bound: a method of an object ({@code obj.f}, called as
 * {@code f(obj, ...)}), a class method with its class, or a built-in method of a value ({@code xs.append}).
 */
public record BoundCallable(Object self, Callable function) implements Callable, HashedByValue {
    @Override
    public String name() {
        return function.name();
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        List<Object> all = new ArrayList<>(args.size() + 1);
        all.add(self);
        all.addAll(args);
        return function.call(interpreter, all, keywords, span);
    }

    // a bound method equals another of the same function on the same object (identity, not value equality); a dict key so too
    @Override
    public boolean equals(Object o) {
        return o instanceof BoundCallable b && b.self == self && b.function == function;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + System.identityHashCode(function);
    }

    @Override
    public String toString() {
        if (function instanceof UserFunction f) return "<bound method " + f.qualifiedName() + " of " + Repr.repr(self) + ">";
        return "<built-in method " + function.name() + " of " + Values.typeName(self) + " object at " + Values.address(self) + ">";
    }
}
