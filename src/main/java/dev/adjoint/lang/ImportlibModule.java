package dev.adjoint.lang;

/**
 * Python's importlib, what notebooks call: {@code import_module(name)} and {@code reload(module)}
 * (a homework's edited module run again without restarting the kernel), and
 * {@code invalidate_caches()}, which has nothing to clear: adjoint looks at the folders at each import.
 */
final class ImportlibModule {
    private ImportlibModule() {}

    static PyModule create() {
        PyModule m = new PyModule("importlib");
        m.add(Builtin.of("import_module", a -> {
            a.expect(1, 2, "name", "package");
            Object name = a.option(0, "name", null);
            if (!(name instanceof String n)) throw PyError.type("module name must be str, not " + Values.typeName(name));
            return a.interpreter().imports().importModule(n, a.option(1, "package", null));
        }));
        m.add(Builtin.of("reload", a -> a.interpreter().imports().reload(a.expect(1, 1, "module").get(0))));
        m.add(Builtin.of("invalidate_caches", a -> {
            a.expect(0, 0);
            return null;
        }));
        return m;
    }
}
