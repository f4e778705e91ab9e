package dev.adjoint.lang;

/**
 * Python's traceback as except clauses use it: {@code print_exc()} writes the traceback of the
 * error being handled to stderr (or {@code file=}), {@code format_exc()} returns it, both in
 * CPython 3.11's text ({@link Traceback}); with no error being handled, "NoneType: None".
 * {@code format_exception_only(e)} gives the last line of one.
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
        m.add(Builtin.of("format_exception_only", a -> {
            a.expect(1, 2, "value");
            return onlyLines(a.positional().size() > 1 || a.has("value") ? a.option(1, "value", null) : a.get(0));
        }));
        return m;
    }

    /** format_exception_only(exc): "Type: message\n" (the module in front unless builtins or __main__), then the exception's notes. */
    static PyList onlyLines(Object exc) {
        PyList lines = new PyList();
        if (exc == null) {
            lines.add("NoneType: None\n");
            return lines;
        }
        PyClass type = BuiltinTypes.of(exc);
        if (type.isSubclassOf(Exceptions.named("SyntaxError"))) throw PyError.notSupported("traceback.format_exception_only of a SyntaxError");
        String name = type.module().equals("builtins") || type.module().equals("__main__") ? type.qualifiedName() : type.module() + "." + type.qualifiedName();
        String message = Repr.str(exc);
        lines.add(message.isEmpty() ? name + "\n" : name + ": " + message + "\n");
        if (exc instanceof PyInstance i && i.own("__notes__") instanceof PyList notes) for (Object note : notes) lines.add(Repr.str(note) + "\n");
        return lines;
    }

    private static String text(Interpreter in) {
        LangError handled = in.handledError();
        return (handled == null ? "NoneType: None" : Traceback.of(handled, in)) + "\n";
    }
}
