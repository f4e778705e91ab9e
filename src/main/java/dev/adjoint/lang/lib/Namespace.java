package dev.adjoint.lang.lib;

import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.HostObject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A named group of functions, like Python's module needle.nn: nn.Linear(...), optim.SGD(...). */
final class Namespace implements HostObject {
    private final String name;
    private final Map<String, Object> members = new LinkedHashMap<>();

    Namespace(String name) {
        this.name = name;
    }

    Namespace add(Builtin b) {
        return add(b.name(), b);
    }

    Namespace add(String member, Object value) {
        members.put(member, value);
        return this;
    }

    public String typeName() {
        return "module";
    }

    public Object attribute(String n) {
        return members.get(n);
    }

    public Collection<String> attributeNames() {
        return members.keySet();
    }

    @Override
    public String toString() {
        return "<module '" + name + "': " + String.join(", ", members.keySet()) + ">";
    }
}
