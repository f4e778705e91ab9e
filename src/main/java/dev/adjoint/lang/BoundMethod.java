package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.util.List;
import java.util.Map;

/** {@code x.sum} before it is called: a tensor method with its receiver. */
public record BoundMethod(Tensor self, String name, TensorMethods.Method method) implements Callable, HashedByValue {
    // t.add == t.add, and one dict key: the same method of the same tensor (explicit: a record's own equals costs start-up)
    @Override
    public boolean equals(Object o) {
        return o instanceof BoundMethod b && b.self == self && b.name.equals(name);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + name.hashCode();
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        return method.apply(self, new Args(name, args, keywords, span, interpreter));
    }

    @Override
    public String toString() {
        return "<method " + name + " of tensor>";
    }
}
