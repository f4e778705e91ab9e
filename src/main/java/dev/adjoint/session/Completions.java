package dev.adjoint.session;

import dev.adjoint.lang.Builtins;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.TensorMethods;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What may follow a dot, from what the name before it is bound to now: a module's members, a
 * model's layers and methods, a tensor's attributes and methods, an object's attributes and its
 * class's methods, a Python value's methods (str, list, dict, ...). Names are looked up, never
 * evaluated, so a Tab can have no effect (no property runs).
 */
final class Completions {
    private Completions() {}

    /** For a name bound to nothing known (or a dotted path that cannot be followed), a tensor's: most such words are tensor expressions. */
    static List<String> attributesOf(String dottedName, Map<String, Object> bindings) {
        String[] parts = dottedName.split("\\.", -1);
        Object v = bindings.containsKey(parts[0]) ? bindings.get(parts[0]) : Builtins.table().get(parts[0]);
        if (v == null) return TensorMethods.attributeAndMethodNames();
        for (int i = 1; i < parts.length; i++) {
            v = member(v, parts[i]);
            if (v == null) return TensorMethods.attributeAndMethodNames();
        }
        if (v instanceof HostObject h) return new ArrayList<>(h.attributeNames());
        if (Targets.tensorOf(v) != null) return TensorMethods.attributeAndMethodNames();
        Set<String> names = new LinkedHashSet<>();
        if (v instanceof PyInstance i) names.addAll(i.attributes().keySet());
        PyClass cls = v instanceof PyClass c ? c : BuiltinTypes.of(v);
        for (PyClass c : cls.mro()) names.addAll(c.dict().keySet());
        names.removeIf(n -> n.startsWith("_")); // as Python's completer: private names only once '_' is typed
        return new ArrayList<>(names);
    }

    /** A member found without running code (no property, no __getattr__); null if there is none. */
    private static Object member(Object owner, String name) {
        if (owner instanceof HostObject h) return h.attribute(name);
        if (owner instanceof PyInstance i && i.attributes().containsKey(name)) return i.attributes().get(name);
        if (!(owner instanceof PyInstance) && !(owner instanceof PyClass)) return null;
        PyClass cls = owner instanceof PyClass c ? c : ((PyInstance) owner).pyClass();
        for (PyClass c : cls.mro()) if (c.dict().containsKey(name)) return c.dict().get(name);
        return null;
    }
}
