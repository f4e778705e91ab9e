package dev.adjoint.lang;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module bound by import: one of adjoint's (math, torch, needle, ...: named members, read-only
 * from the language), or one run from a file (fibo.py), whose members are the globals its code
 * sees, as in CPython (fibo.x = 1 changes what fibo's functions read).
 */
public final class PyModule implements HostObject {
    private final String name;
    private final Map<String, Object> members;
    /** The file a module was run from (its absolute path), or null for adjoint's own. */
    private final String file;
    /** A namespace package (folders without __init__.py): the user's, though it has no file. */
    private boolean namespace;
    /** Why a member is absent, said when one is asked for (os: "adjoint does not run commands ..."); null for none. */
    private final String absentNote;

    public PyModule(String name) {
        this(name, null);
    }

    public PyModule(String name, String absentNote) {
        this(name, absentNote, new LinkedHashMap<>(), null);
    }

    private PyModule(String name, String absentNote, Map<String, Object> members, String file) {
        this.name = name;
        this.absentNote = absentNote;
        this.members = members;
        this.file = file;
    }

    /** A module run from {@code file}: {@code globals} is the namespace its code runs in. */
    static PyModule fromFile(String name, Map<String, Object> globals, String file) {
        return new PyModule(name, null, globals, file);
    }

    /** A namespace package: its __path__ is its folders, it has no file and runs no code. */
    static PyModule namespacePackage(String name, Map<String, Object> globals) {
        PyModule m = new PyModule(name, null, globals, null);
        m.namespace = true;
        return m;
    }

    /** The file a module was run from (absolute), or null. */
    String file() {
        return file;
    }

    /** A file's module's globals, the map its code runs in (reload runs the file again in it). */
    Map<String, Object> globals() {
        return members;
    }

    /** Whether the module is the user's (run from a file, or a namespace package of folders), not one of adjoint's. */
    boolean isOfFiles() {
        return file != null || namespace;
    }

    /** A package's __path__ (the folders its submodules are found in), or null for a module that is no package. */
    Iterable<Object> packagePath() {
        return isOfFiles() && members.get("__path__") instanceof PyList folders ? folders : null;
    }

    /** ": why" after a missing member's error, or "". */
    String absentNote() {
        return absentNote == null ? "" : " (" + absentNote + ")";
    }

    /** " (FILE)" after an ImportError's message for a module run from a file, as CPython says it; else "". */
    String fileNote() {
        return file != null ? " (" + file + ")" : namespace ? " (unknown location)" : "";
    }

    public String name() {
        return name;
    }

    /** A member whose value is read anew each time it is asked for (needle.autograd.TENSOR_COUNTER). */
    public interface Live {
        Object value();
    }

    /** Adds a member while the module is built. */
    public PyModule add(String member, Object value) {
        members.put(member, value);
        return this;
    }

    /** Adds a builtin; torch's and NumPy's bind their keywords by the libraries' parameter names ({@link KeywordNames}). */
    public PyModule add(Builtin b) {
        if (name.startsWith("torch") || name.startsWith("numpy")) {
            Builtin.Fn bound = KeywordNames.binding(name + "." + b.name(), b.fn());
            if (bound != b.fn()) b = new Builtin(b.name(), b.constructor(), bound);
        }
        return add(b.name(), b);
    }

    public Map<String, Object> members() {
        return java.util.Collections.unmodifiableMap(members);
    }

    /**
     * module.__dict__ and vars(module): a live view of a file's module's globals (or the session's,
     * for __main__); adjoint's own modules give a copy of their names, which are read-only.
     */
    PyDict namespace() {
        if (name.equals("__main__")) return Interpreter.mainView(members);
        if (isOfFiles()) return Interpreter.globalsView(members);
        PyDict copy = new PyDict();
        members.forEach(copy::put);
        return copy;
    }

    @Override
    public String typeName() {
        return "module";
    }

    @Override
    public Object attribute(String member) {
        if (member.equals("__name__")) return name;
        Object v = members.get(member);
        return v instanceof Live live ? live.value() : v;
    }

    @Override
    public boolean attributeIsNone(String member) {
        return members.containsKey(member) && members.get(member) == null;
    }

    /** Whether the module has the member (a member may be None). */
    public boolean has(String member) {
        return members.containsKey(member);
    }

    @Override
    public Collection<String> attributeNames() {
        return members.keySet();
    }

    @Override
    public boolean setAttribute(String member, Object value) {
        // sys.argv = [...] before argparse, as notebooks do; threading.excepthook = hook; __main__: the session's globals
        if (!isOfFiles() && !name.equals("sys") && !name.equals("threading") && !name.equals("__main__")) return false;
        members.put(member, value);
        return true;
    }

    @Override
    public String toString() {
        if (namespace) return "<module '" + name + "' (namespace)>";
        Object shown = file != null ? file : name.equals("__main__") ? members.get("__file__") : null; // a script's __main__ is from its file
        return "<module '" + name + "' " + (shown == null ? "(built-in)" : "from '" + shown + "'") + ">";
    }
}
