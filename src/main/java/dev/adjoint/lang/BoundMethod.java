package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.util.List;
import java.util.Map;

/** {@code x.sum} before it is called: a tensor method with its receiver. */
public record BoundMethod(Tensor self, String name, TensorMethods.Method method) implements Callable {
    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        return method.apply(self, new Args(name, args, keywords, span, interpreter));
    }

    @Override
    public String toString() {
        return "<method " + name + " of tensor>";
    }
}
