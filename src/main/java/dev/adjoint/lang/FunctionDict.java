package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A function's {@code __dict__}: a live view of the attributes a program set on it ({@code f.calls = 0},
 * functools.wraps' {@code __wrapped__}); the names CPython keeps outside it (__name__, __doc__, ...) are not listed.
 */
final class FunctionDict extends NameDict {
    /** What a function keeps in its own slots, not in its __dict__, though adjoint records them with the rest. */
    private static final Set<String> SLOTS = Set.of("__name__", "__qualname__", "__doc__", "__annotations__", "__module__", "__defaults__",
            "__kwdefaults__", "__code__");

    private final UserFunction owner;

    FunctionDict(UserFunction owner) {
        this.owner = owner;
    }

    @Override
    Map<String, Object> names() {
        Map<String, Object> names = new LinkedHashMap<>(owner.attributes());
        names.keySet().removeAll(SLOTS);
        return names;
    }

    @Override
    void set(String name, Object value) {
        owner.setAttribute(name, value);
    }

    @Override
    void delete(String name) {
        owner.deleteAttribute(name);
    }
}
