package dev.adjoint.session;

import dev.adjoint.lang.Builtins;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.TensorMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What may follow a dot, from what the name before it is bound to now: a module's members, a
 * model's layers and methods, a tensor's attributes and methods. Names are looked up, never
 * evaluated, so a Tab can have no effect.
 */
final class Completions {
    private Completions() {}

    /** For a name bound to nothing known (or a dotted path that cannot be followed), a tensor's: most such words are tensor expressions. */
    static List<String> attributesOf(String dottedName, Map<String, Object> bindings) {
        String[] parts = dottedName.split("\\.", -1);
        Object v = bindings.containsKey(parts[0]) ? bindings.get(parts[0]) : Builtins.table().get(parts[0]);
        if (v == null) return TensorMethods.attributeAndMethodNames();
        for (int i = 1; i < parts.length; i++) {
            if (!(v instanceof HostObject h)) return TensorMethods.attributeAndMethodNames();
            v = h.attribute(parts[i]);
            if (v == null) return TensorMethods.attributeAndMethodNames();
        }
        if (v instanceof HostObject h) return new ArrayList<>(h.attributeNames());
        if (Targets.tensorOf(v) != null) return TensorMethods.attributeAndMethodNames();
        return List.of();
    }
}
