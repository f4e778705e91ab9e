package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an import statement finds its modules, as CPython's importlib does: a dotted name part by
 * part (each package's __init__.py runs once, before its submodules, which are then its
 * attributes), relative names (from . import x) against the running module's package, and the
 * names {@code from M import ...} takes (a package's submodule is imported when it is no attribute
 * yet). Running a module's file is the interpreter's ({@link Runner}).
 */
final class Imports {
    /** Runs a module's code in {@code names}, the module's namespace, and gives the module. */
    interface Runner {
        PyModule run(String name, java.nio.file.Path file, Map<String, Object> names);
    }

    private final Modules modules;
    private final Runner runner;

    Imports(Modules modules, Runner runner) {
        this.modules = modules;
        this.runner = runner;
    }

    /**
     * The absolute name of {@code from .x import y}'s ".x" in a module whose globals are
     * {@code globals}: its package (its __package__, else its __name__, without the last part unless
     * it is a package), up one package per dot after the first.
     */
    static String absolute(String relative, Map<String, Object> globals) {
        int level = 0;
        while (level < relative.length() && relative.charAt(level) == '.') level++;
        if (level == 0) return relative;
        String rest = relative.substring(level);
        String pack;
        if (globals.get("__package__") instanceof String p) {
            pack = p;
        } else {
            String name = globals.get("__name__") instanceof String n ? n : "";
            pack = globals.containsKey("__path__") ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        }
        if (pack.isEmpty()) throw new PyError("ImportError", "attempted relative import with no known parent package");
        String[] parts = pack.split("\\.");
        if (parts.length < level) throw new PyError("ImportError", "attempted relative import beyond top-level package");
        String base = String.join(".", java.util.Arrays.asList(parts).subList(0, parts.length - level + 1));
        return rest.isEmpty() ? base : base + "." + rest;
    }

    /** {@code import a.b.c}: a, then a.b, then a.b.c, each once a session; gives a.b.c. */
    PyModule module(String dotted) {
        PyModule m = null;
        String name = null;
        for (String part : dotted.split("\\.")) {
            name = name == null ? part : name + "." + part;
            m = one(name, part, m);
        }
        return m;
    }

    private PyModule one(String name, String part, PyModule parent) {
        if (modules.isLoaded(name)) return modules.find(name);
        if (parent == null) return top(name);
        if (!parent.isOfFiles()) { // a submodule of adjoint's own (torch.nn): its table has it, or says what it has
            PyModule m = modules.find(name);
            return m != null ? m : modules.load(name);
        }
        Iterable<Object> folders = parent.packagePath();
        if (folders == null) throw new PyError("ModuleNotFoundError", "No module named '" + name + "'; '" + parent.name() + "' is not a package");
        Modules.Found found = Modules.locate(part, folders);
        if (found == null) throw new PyError("ModuleNotFoundError", "No module named '" + name + "'");
        PyModule m = run(name, found);
        parent.setAttribute(part, m); // after it ran, as CPython binds a submodule to its package
        return m;
    }

    /**
     * A top-level name: a package of files on sys.path comes first (a needle homework's own
     * python/needle, never silently replaced by adjoint's needle), then adjoint's own module, then
     * NAME.py, then a namespace package (folders NAME without __init__.py).
     */
    private PyModule top(String name) {
        Modules.Found found = modules.locate(name);
        if (found != null && found.file() != null && found.isPackage()) return run(name, found);
        PyModule own = modules.find(name);
        if (own != null) return own;
        if (found != null) return run(name, found);
        return modules.load(name); // says it is not there
    }

    private PyModule run(String name, Modules.Found found) {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("__name__", name);
        names.put("__doc__", null);
        names.put("__package__", found.isPackage() ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        if (found.isPackage()) names.put("__path__", new PyList(new ArrayList<>(found.folders())));
        if (found.file() == null) { // a namespace package: no code of its own
            names.put("__file__", null);
            PyModule m = PyModule.namespacePackage(name, names);
            modules.register(name, m);
            return m;
        }
        names.put("__file__", found.file().toAbsolutePath().toString());
        return runner.run(name, found.file(), names);
    }

    /**
     * {@code from M import name}: M's attribute; for a package, its submodule M.name, imported if it
     * is no attribute yet (so that {@code from . import ops} in __init__.py runs ops.py); else
     * CPython's ImportError, which names a module still running (a circular import).
     */
    Object name(PyModule m, String dotted, String name) {
        if (m.has(name)) return m.attribute(name);
        if (m.isOfFiles()) {
            if (modules.isLoaded(dotted + "." + name)) return modules.find(dotted + "." + name); // a submodule still running
            if (m.packagePath() != null && Modules.locate(name, m.packagePath()) != null) {
                PyModule sub = module(dotted + "." + name);
                return m.has(name) ? m.attribute(name) : sub;
            }
        } else {
            PyModule sub = modules.find(dotted + "." + name);
            if (sub != null) return sub;
        }
        String partly = modules.isRunning(dotted) ? "partially initialized module '" + dotted + "' (most likely due to a circular import)" : "'" + dotted + "'";
        throw new PyError("ImportError", "cannot import name '" + name + "' from " + partly + m.absentNote() + m.fileNote())
                .withHint(Suggestions.didYouMean(name, m.attributeNames()));
    }

    /** The names {@code from M import *} binds: M's __all__ (a package's submodules among them imported), else its names without a leading underscore. */
    Map<String, Object> star(PyModule m, String dotted) {
        Map<String, Object> bound = new LinkedHashMap<>();
        if (m.isOfFiles() && m.has("__all__")) {
            for (Object item : Values.items(m.attribute("__all__"))) {
                if (!(item instanceof String key))
                    throw PyError.type("Item in " + dotted + ".__all__ must be str, not " + Values.typeName(item));
                if (!m.has(key) && m.packagePath() != null && Modules.locate(key, m.packagePath()) != null) module(dotted + "." + key);
                if (!m.has(key)) throw new PyError("AttributeError", "module '" + dotted + "' has no attribute '" + key + "'");
                bound.put(key, m.attribute(key));
            }
            return bound;
        }
        for (String key : new ArrayList<>(m.members().keySet()))
            if (!key.startsWith("_")) bound.put(key, m.attribute(key));
        return bound;
    }
}
