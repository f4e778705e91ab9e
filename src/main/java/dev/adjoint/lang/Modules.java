package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@code import} can find: a fixed table of modules built in Java (math, needle, torch, ...),
 * each made once per session on its first import. No module reads files, starts processes or
 * reaches the network; any other name is a ModuleNotFoundError that lists the modules offered.
 * Library modules are registered by {@link dev.adjoint.lang.lib.Library#modules}.
 */
public final class Modules {
    private static final Map<String, Supplier<PyModule>> REGISTRY = new LinkedHashMap<>();

    static {
        REGISTRY.put("math", MathModule::create);
        REGISTRY.put("__future__", FutureModule::create);
        REGISTRY.put("random", RandomModule::create);
        REGISTRY.put("sys", SysModule::create);
        REGISTRY.put("itertools", ItertoolsModule::create);
        REGISTRY.put("functools", FunctoolsModule::create);
        REGISTRY.put("typing", TypingModule::create);
        REGISTRY.put("collections", CollectionsModule::create);
        dev.adjoint.lang.lib.Library.modules(REGISTRY);
    }

    private final Map<String, PyModule> loaded = new LinkedHashMap<>();

    /** The top-level names import offers, for messages and :help. */
    public static String offered() {
        return String.join(", ", REGISTRY.keySet().stream().filter(n -> !n.contains(".") && !n.startsWith("_")).sorted().toList());
    }

    /** The module of a dotted name, loading its parents first and binding it as their attribute, as Python does. */
    PyModule load(String dotted) {
        PyModule m = find(dotted);
        if (m != null) return m;
        String top = dotted.split("\\.")[0];
        if (!REGISTRY.containsKey(top))
            throw new PyError("ModuleNotFoundError", "No module named '" + dotted + "'; adjoint offers: " + offered());
        throw new PyError("ModuleNotFoundError", "No module named '" + dotted + "'; '" + top + "' offers: "
                + String.join(", ", REGISTRY.keySet().stream().filter(n -> n.startsWith(top + ".")).toList()));
    }

    /** The module of a dotted name, or null if there is none. */
    PyModule find(String dotted) {
        PyModule m = loaded.get(dotted);
        if (m != null) return m;
        Supplier<PyModule> make = REGISTRY.get(dotted);
        if (make == null) return null;
        int dot = dotted.lastIndexOf('.');
        PyModule parent = dot < 0 ? null : load(dotted.substring(0, dot));
        m = loaded.get(dotted); // building the parent may have loaded it
        if (m == null) {
            m = make.get();
            loaded.put(dotted, m);
            // a package imports its submodules, as needle's and torch's __init__ do: after
            // `import needle as ndl`, ndl.nn.Module is there
            for (String child : REGISTRY.keySet())
                if (child.startsWith(dotted + ".") && child.indexOf('.', dotted.length() + 1) < 0) find(child);
        }
        if (parent != null && !parent.has(dotted.substring(dot + 1))) parent.add(dotted.substring(dot + 1), m);
        return m;
    }
}
