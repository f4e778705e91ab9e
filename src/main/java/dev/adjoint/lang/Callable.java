package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/** A value that can be called: a builtin, a user function, a tensor's bound method. */
public interface Callable {
    String name();

    Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span);
}
