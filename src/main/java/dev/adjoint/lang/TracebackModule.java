package dev.adjoint.lang;

/**
 * Python's traceback as except clauses use it: {@code print_exc()} writes the traceback of the
 * error being handled to stderr (or {@code file=}), {@code format_exc()} returns it, both in
 * CPython 3.11's text ({@link Traceback}); with no error being handled, "NoneType: None".
 */
final class TracebackModule {
    private TracebackModule() {}

    static PyModule create() {
        PyModule m = new PyModule("traceback");
        m.add(Builtin.of("format_exc", a -> {
            a.expect(0, 2, "limit", "chain");
            return text(a.interpreter());
        }));
        m.add(Builtin.of("print_exc", a -> {
            a.expect(0, 3, "limit", "file", "chain");
            Object file = a.keyword("file");
            if (file == null) SysModule.STDERR.write(a.interpreter().printer(), text(a.interpreter()));
            else a.interpreter().call(Attributes.get(a.interpreter(), file, "write"), java.util.Arrays.asList(text(a.interpreter())));
            return null;
        }));
        return m;
    }

    private static String text(Interpreter in) {
        LangError handled = in.handledError();
        return (handled == null ? "NoneType: None" : Traceback.of(handled, in)) + "\n";
    }
}
