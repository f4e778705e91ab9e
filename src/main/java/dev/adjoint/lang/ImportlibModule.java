package dev.adjoint.lang;

/**
 * Python's importlib, what notebooks call: {@code import_module(name)} (a name computed at run
 * time; relative to {@code package} for ".x"), {@code reload(module)} (a homework's edited module
 * run again without restarting the kernel) and {@code invalidate_caches()}, which has nothing to
 * clear: adjoint looks at the folders at each import. Also the builtins module (what exec() puts in
 * a dict as {@code __builtins__}: CPython 3.11's names that adjoint has).
 */
final class ImportlibModule {
    private ImportlibModule() {}

    static PyModule create() {
        PyModule m = new PyModule("importlib");
        m.add(Builtin.of("import_module", a -> {
            a.expect(1, 2, "name", "package");
            Object name = a.option(0, "name", null);
            if (!(name instanceof String n)) throw PyError.type("import_module() argument 'name' must be str, not " + Values.typeName(name));
            return a.interpreter().imports().importModule(n, a.option(1, "package", null));
        }));
        m.add(Builtin.of("reload", a -> a.interpreter().imports().reload(a.expect(1, 1, "module").get(0))));
        m.add(Builtin.of("invalidate_caches", a -> {
            a.expect(0, 0);
            return null;
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
