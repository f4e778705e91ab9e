package dev.adjoint.lang;

import java.util.List;

/**
 * The harmless part of Python's sys module: version_info, maxsize, platform, float_info, int_info,
 * sys.stdout.write, sys.exit, and get/setrecursionlimit (the session's limit of nested calls). Nothing here reaches files, processes, the
 * interpreter's internals or the network.
 */
final class SysModule {
    private SysModule() {}

    /** The Python adjoint speaks: 3.11 (the micro version is not claimed). */
    static final List<Object> VERSION = List.of(3L, 11L, 0L, "final", 0L);

    static PyModule create() {
        PyModule m = new PyModule("sys");
        m.add("version_info", new StructSequence("sys.version_info", List.of("major", "minor", "micro", "releaselevel", "serial"), VERSION));
        m.add("version", "3.11.0 (adjoint: Python run by a Java interpreter)");
        m.add("maxsize", Long.MAX_VALUE);
        m.add("platform", platform(System.getProperty("os.name", "")));
        m.add("float_info", new StructSequence("sys.float_info",
                List.of("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"),
                List.of(Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L)));
        m.add("int_info", new StructSequence("sys.int_info",
                List.of("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"), List.of(30L, 4L, 4300L, 640L)));
        Stream stdout = new Stream("stdout");
        m.add("stdout", stdout).add("__stdout__", stdout); // (sys.__stdin__ is the session's, as sys.stdin: Modules)
        m.add("stderr", STDERR).add("__stderr__", STDERR);
        m.add(Builtin.of("exit", a -> {
            Object code = a.expect(0, 1).size() == 0 ? null : a.get(0);
            if (code == null) throw new PyError("SystemExit", "").withArgs(); // sys.exit() and sys.exit(None): SystemExit(), as CPython raises it
            throw SiteBuiltins.systemExit(code);
        }));
        m.add(Builtin.of("_getframe", a -> { // sys._getframe(depth=0): the frame depth calls up from the caller
            long depth = a.expect(0, 1, "depth").size() == 0 ? 0 : Values.toLong(a.get(0), "depth");
            FrameObject f = FrameObject.at(a.interpreter(), a.span(), (int) Math.max(0, Math.min(depth, Integer.MAX_VALUE))); // a negative depth is 0
            if (f == null) throw PyError.value("call stack is not deep enough");
            return f;
        }));
        m.add(Builtin.of("exc_info", a -> { // the exception being handled (in an except or finally clause, an __exit__, or a function they call)
            a.expect(0, 0);
            LangError handled = a.interpreter().handledError();
            if (handled == null) return Values.tuple(java.util.Arrays.asList(null, null, null));
            Object ex = Exceptions.objectOf(handled, a.interpreter());
            return Values.tuple(java.util.Arrays.asList(BuiltinTypes.of(ex), ex, Attributes.get(a.interpreter(), ex, "__traceback__")));
        }));
        m.add(Builtin.of("exception", a -> { // Python 3.11's sys.exception(): sys.exc_info()[1]
            a.expect(0, 0);
            LangError handled = a.interpreter().handledError();
            return handled == null ? null : Exceptions.objectOf(handled, a.interpreter());
        }));
        m.add(Builtin.of("intern", a -> { // the same table as the code's identifier-like literals (CodeConstants)
            Object s = a.expect(1, 1).get(0);
            if (!(s instanceof String str)) throw PyError.type("intern() argument must be str, not " + Values.typeName(s));
            return str.intern();
        }));
        m.add(Builtin.of("getrecursionlimit", a -> (long) a.expect(0, 0).interpreter().recursionLimit()));
        m.add(Builtin.of("getswitchinterval", a -> { // how often threads take turns (Gil)
            a.expect(0, 0);
            return Gil.SWITCH_MS / 1000.0;
        }));
        m.add(Builtin.of("setrecursionlimit", a -> {
            Object v = Values.plain(a.expect(1, 1).get(0));
            if (!PyNumbers.isInt(v)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
            if (PyNumbers.big(v).signum() <= 0) throw PyError.value("recursion limit must be greater or equal than 1");
            if (PyNumbers.big(v).bitLength() > 31) throw PyError.overflow("Python int too large to convert to C int");
            a.interpreter().setRecursionLimit(PyNumbers.big(v).intValue());
            return null;
        }));
        m.add(Builtin.of("get_int_max_str_digits", a -> {
            a.expect(0, 0);
            return (long) PyNumbers.maxStrDigits();
        }));
        m.add(Builtin.of("set_int_max_str_digits", a -> {
            Object v = Values.plain(a.expect(0, 1, "maxdigits").option(0, "maxdigits", null));
            if (v == null && !a.has("maxdigits")) throw PyError.type("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            if (!PyNumbers.isInt(v)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
            java.math.BigInteger digits = PyNumbers.big(v);
            if (digits.signum() != 0 && digits.compareTo(java.math.BigInteger.valueOf(640)) < 0) throw PyError.value("maxdigits must be 0 or larger than 640");
            if (digits.bitLength() > 31) throw PyError.overflow("Python int too large to convert to C int");
            a.interpreter().setMaxStrDigits(digits.intValue());
            return null;
        }));
        return m;
    }

    /** CPython's name for the operating system: linux, darwin, win32. */
    private static String platform(String osName) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) return "darwin";
        if (os.startsWith("windows")) return "win32";
        return os.startsWith("linux") ? "linux" : os.replace(" ", "");
    }

    /** Writes to sys.stdout or sys.stderr ({@code stream}) as it is now: what a program assigned there, or redirect_stderr's. */
    static void write(Interpreter in, String stream, String text) {
        Object file = Attributes.get(in, in.modules().load("sys"), stream);
        in.call(Attributes.get(in, file, "write"), java.util.Arrays.asList((Object) text));
    }

    /** sys.stderr: one object, so that logging writes where print(file=sys.stderr) does. */
    static final Stream STDERR = new Stream("stderr");

    /** sys.stdout and sys.stderr: write(text) prints it as print(text, end="") does and returns its length; flush() does nothing. */
    static final class Stream implements TabledHostObject {
        private final String name;
        private final Builtin write;

        Stream(String name) {
            this.name = name;
            this.write = Builtin.of("write", a -> {
                Object v = a.expect(1, 1).get(0);
                if (!(v instanceof String s)) throw PyError.type("write() argument must be str, not " + Values.typeName(v));
                write(a.interpreter().printer(), s);
                return (long) s.codePointCount(0, s.length());
            });
        }

        /** Writes text to this stream of the printer. */
        void write(Printer printer, String text) {
            if (name.equals("stderr")) printer.writeError(text);
            else printer.write(text);
        }

        private final Builtin flush = Builtin.of("flush", a -> {
            a.expect(0, 0);
            return null;
        });

        @Override
        public String typeName() {
            return "TextIOWrapper";
        }

        private static final AttributeTable<Stream> ATTRIBUTES = new AttributeTable<Stream>()
                .value("flush", s -> s.flush)
                // at adjoint's prompt both are the terminal; a script's, a pipe's and a notebook's output is not asked about
                .method("isatty", (s, a) -> a.expect(0, 0).interpreter().printer().stdin().terminal())
                .value("write", s -> s.write);

        @Override
        public AttributeTable<Stream> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            return "<_io.TextIOWrapper name='<" + name + ">' mode='w' encoding='utf-8'>";
        }
    }
}
