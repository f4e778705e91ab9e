package dev.adjoint.lang;

/**
 * Python's builtins module (what exec() puts in a dict as {@code __builtins__}: CPython 3.11's
 * names that adjoint has) and importlib.import_module, import by a name computed at run time.
 */
final class ImportlibModule {
    private ImportlibModule() {}

    static PyModule create() {
        PyModule m = new PyModule("importlib");
        m.add(Builtin.of("import_module", a -> {
            a.expect(1, 2, "name", "package");
            Object name = a.option(0, "name", null);
            if (!(name instanceof String n)) throw PyError.type("import_module() argument 'name' must be str, not " + Values.typeName(name));
            if (n.startsWith(".")) throw PyError.notSupported("importlib.import_module of a relative name");
            return a.interpreter().importByName(n, true);
        }));
        return m;
    }

    static PyModule builtins() {
        PyModule m = new PyModule("builtins");
        java.util.Map<String, Object> table = Builtins.table();
        for (String name : Suggestions.CPYTHON_BUILTINS) {
            Object v = table.get(name);
            if (v != null) m.add(name, v);
        }
        m.add("None", null).add("True", true).add("False", false);
        return m;
    }
}
