package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's built-in exception classes (BaseException down to ZeroDivisionError), and how an
 * adjoint error meets them: every {@link LangError} names its Python type, so {@code except
 * RuntimeError:} catches an autograd error and {@code except Exception as e:} gets an exception
 * object whose str() is the message.
 */
public final class Exceptions {
    private static final Map<String, PyClass> CLASSES = new LinkedHashMap<>();

    public static final PyClass BASE_EXCEPTION = base();

    static {
        PyClass exception = add("Exception", BASE_EXCEPTION);
        add("SystemExit", BASE_EXCEPTION).define("code", // sys.exit(3)'s 3: None without arguments, the tuple of several
                new Descriptors.Property(Builtin.of("code", a -> exitCode(args(a.get(0)))), null, null));
        add("KeyboardInterrupt", BASE_EXCEPTION);
        add("GeneratorExit", BASE_EXCEPTION);
        add("StopIteration", exception).define("value", // what a generator returned: StopIteration(42).value is 42
                new Descriptors.Property(Builtin.of("value", a -> args(a.get(0)).isEmpty() ? null : args(a.get(0)).get(0)), null, null));
        PyClass arithmetic = add("ArithmeticError", exception);
        add("FloatingPointError", arithmetic);
        add("OverflowError", arithmetic);
        add("ZeroDivisionError", arithmetic);
        add("AssertionError", exception);
        add("AttributeError", exception);
        add("BufferError", exception);
        add("EOFError", exception);
        PyClass importError = add("ImportError", exception);
        add("ModuleNotFoundError", importError);
        PyClass lookup = add("LookupError", exception);
        add("IndexError", lookup);
        PyClass key = add("KeyError", lookup);
        key.method("__str__", a -> {
            List<?> args = args(a.self());
            return args.size() == 1 ? Repr.repr(args.get(0)) : BaseExceptionMethods.str(args);
        });
        add("MemoryError", exception);
        PyClass name = add("NameError", exception);
        add("UnboundLocalError", name);
        PyClass os = add("OSError", exception);
        os.method("__init__", a -> {
            osFields((PyInstance) a.self(), a.positional());
            return null;
        });
        os.method("__str__", a -> {
            PyInstance self = (PyInstance) a.self();
            Object errno = self.own("errno"), strerror = self.own("strerror"), filename = self.own("filename");
            if (filename != null) return "[Errno " + Repr.str(errno) + "] " + Repr.str(strerror) + ": " + Repr.repr(filename);
            if (errno != null && strerror != null) return "[Errno " + Repr.str(errno) + "] " + Repr.str(strerror);
            return BaseExceptionMethods.str(args(self));
        });
        CLASSES.put("IOError", os); // Python 3's IOError and EnvironmentError are OSError itself
        CLASSES.put("EnvironmentError", os);
        add("FileNotFoundError", os);
        add("FileExistsError", os);
        add("IsADirectoryError", os);
        add("NotADirectoryError", os);
        add("PermissionError", os);
        add("BlockingIOError", os);
        add("ChildProcessError", os);
        PyClass connection = add("ConnectionError", os);
        add("BrokenPipeError", connection);
        add("ConnectionAbortedError", connection);
        add("ConnectionRefusedError", connection);
        add("ConnectionResetError", connection);
        add("InterruptedError", os);
        add("ProcessLookupError", os);
        add("TimeoutError", os);
        PyClass runtime = add("RuntimeError", exception);
        add("NotImplementedError", runtime);
        add("RecursionError", runtime);
        PyClass syntax = add("SyntaxError", exception);
        syntax.method("__init__", a -> {
            syntaxFields((PyInstance) a.self(), a.positional());
            return null;
        });
        syntax.method("__str__", a -> syntaxStr((PyInstance) a.self()));
        add("TabError", add("IndentationError", syntax));
        add("SystemError", exception);
        add("TypeError", exception);
        PyClass value = add("ValueError", exception);
        PyClass unicode = add("UnicodeError", value);
        PyClass decode = add("UnicodeDecodeError", unicode);
        decode.method("__init__", a -> {
            if (a.size() != 5 || !a.keywords().isEmpty()) throw PyError.type("function takes exactly 5 arguments (" + a.size() + " given)");
            decodeFields((PyInstance) a.self(), a.positional());
            return null;
        });
        decode.method("__str__", a -> decodeStr((PyInstance) a.self()));
        add("UnicodeEncodeError", unicode);
        add("UnicodeTranslateError", unicode);
        add("StopAsyncIteration", exception);
        add("ReferenceError", exception);
        PyClass warning = add("Warning", exception);
        add("UserWarning", warning);
        add("DeprecationWarning", warning);
        add("RuntimeWarning", warning);
        add("FutureWarning", warning);
        add("PendingDeprecationWarning", warning);
        add("SyntaxWarning", warning);
        add("ImportWarning", warning);
        add("UnicodeWarning", warning);
        add("BytesWarning", warning);
        add("ResourceWarning", warning);
        exceptionGroups(exception);
        add("EncodingWarning", warning);
    }

    /** Names of decimal's signals, each with its bases (decimal's own or built-in), in CPython's class tree (before LIBRARY, which reads it). */
    static final String[][] DECIMAL_SIGNALS = {
            {"DecimalException", "ArithmeticError"}, {"Clamped", "DecimalException"}, {"InvalidOperation", "DecimalException"},
            {"ConversionSyntax", "InvalidOperation"}, {"DivisionImpossible", "InvalidOperation"},
            {"DivisionUndefined", "InvalidOperation", "ZeroDivisionError"}, {"InvalidContext", "InvalidOperation"},
            {"DivisionByZero", "DecimalException", "ZeroDivisionError"}, {"Inexact", "DecimalException"}, {"Rounded", "DecimalException"},
            {"Subnormal", "DecimalException"}, {"Overflow", "Inexact", "Rounded"}, {"Underflow", "Inexact", "Rounded", "Subnormal"},
            {"FloatOperation", "DecimalException", "TypeError"}};

    /** Library modules' exceptions by the qualified name their errors carry, so except catches them by their bases (NumPy names its casting error UFuncTypeError). */
    private static final Map<String, PyClass> LIBRARY = withPickleErrors(withDecimalSignals(Map.ofEntries(
            library("numpy.AxisError", "AxisError", "numpy", "ValueError", "IndexError"),
            library("numpy.core._exceptions._UFuncOutputCastingError", "UFuncTypeError", "numpy.core._exceptions", "TypeError"),
            library("numpy.core._exceptions._UFuncInputCastingError", "UFuncTypeError", "numpy.core._exceptions", "TypeError"),
            library("numpy.core._exceptions._UFuncNoLoopError", "UFuncTypeError", "numpy.core._exceptions", "TypeError"),
            library("numpy.linalg.LinAlgError", "LinAlgError", "numpy.linalg", "Exception"),
            library("numpy.RankWarning", "RankWarning", "numpy", "UserWarning"),
            library("re.error", "error", "re", "Exception"),
            library("threading.BrokenBarrierError", "BrokenBarrierError", "threading", "RuntimeError"),
            library("_queue.Empty", "Empty", "_queue", "Exception"),
            library("queue.Full", "Full", "queue", "Exception"),
            library("concurrent.futures._base.CancelledError", "CancelledError", "concurrent.futures._base", "Exception"),
            library("struct.error", "error", "struct", "Exception"),
            library("_csv.Error", "Error", "_csv", "Exception"),
            library("zlib.error", "error", "zlib", "Exception"),
            library("io.UnsupportedOperation", "UnsupportedOperation", "io", "OSError", "ValueError"),
            library("gzip.BadGzipFile", "BadGzipFile", "gzip", "OSError"),
            library("statistics.StatisticsError", "StatisticsError", "statistics", "ValueError"),
            library("dataclasses.FrozenInstanceError", "FrozenInstanceError", "dataclasses", "AttributeError"),
            library("json.decoder.JSONDecodeError", "JSONDecodeError", "json.decoder", "ValueError"),
            library("unittest.case.SkipTest", "SkipTest", "unittest.case", "Exception"),
            library("argparse.ArgumentTypeError", "ArgumentTypeError", "argparse", "Exception"),
            library("argparse.ArgumentError", "ArgumentError", "argparse", "Exception"),
            library("torch.autograd.gradcheck.GradcheckError", "GradcheckError", "torch.autograd.gradcheck", "RuntimeError"),
            library("torch._C._LinAlgError", "_LinAlgError", "torch._C", "RuntimeError"),
            library("IPython.core.error.StdinNotImplementedError", "StdinNotImplementedError", "IPython.core.error", "NotImplementedError"))));

    /** pickle's errors: PicklingError and UnpicklingError are PickleErrors (an except of either catches its own). */
    private static Map<String, PyClass> withPickleErrors(Map<String, PyClass> others) {
        Map<String, PyClass> all = new java.util.HashMap<>(others);
        PyClass base = PyClass.builtinException("PickleError", "_pickle", List.of(CLASSES.get("Exception")));
        all.put("_pickle.PickleError", base);
        all.put("_pickle.PicklingError", PyClass.builtinException("PicklingError", "_pickle", List.of(base)));
        all.put("_pickle.UnpicklingError", PyClass.builtinException("UnpicklingError", "_pickle", List.of(base)));
        return Map.copyOf(all);
    }

    private static Map<String, PyClass> withDecimalSignals(Map<String, PyClass> others) {
        Map<String, PyClass> all = new java.util.HashMap<>(others);
        for (String[] signal : DECIMAL_SIGNALS) {
            List<PyClass> bases = new java.util.ArrayList<>();
            for (int i = 1; i < signal.length; i++) bases.add(CLASSES.containsKey(signal[i]) ? CLASSES.get(signal[i]) : all.get("decimal." + signal[i]));
            all.put("decimal." + signal[0], PyClass.builtinException(signal[0], "decimal", bases));
        }
        return Map.copyOf(all);
    }

    /** A library module's exception class, under its qualified name, with built-in bases. */
    private static Map.Entry<String, PyClass> library(String qualified, String name, String module, String... bases) {
        return Map.entry(qualified, PyClass.builtinException(name, module, java.util.Arrays.stream(bases).map(CLASSES::get).toList()));
    }

    private Exceptions() {}

    private static PyClass base() {
        PyClass c = PyClass.builtin("BaseException", BuiltinTypes.OBJECT, null);
        c.define("__new__", new Descriptors.StaticMethod(Builtin.of("__new__", ClassHooks::exceptionNew)));
        c.method("__init__", a -> {
            PyInstance self = (PyInstance) a.self();
            self.setOwn("args", Values.tuple(a.positional()));
            // NameError(name=...), AttributeError(name=..., obj=...), ImportError(name=..., path=...)
            nameFields(self, a.keyword("name"), a.keyword(self.pyClass().isSubclassOf(CLASSES.get("ImportError")) ? "path" : "obj"));
            return null;
        });
        c.method("__str__", a -> BaseExceptionMethods.str(args(a.self())));
        c.method("__repr__", a -> {
            PyInstance self = (PyInstance) a.self();
            List<?> args = args(self);
            String items = Repr.repr(args);
            if (args.size() == 1) items = items.substring(0, items.length() - 2) + ")";
            return self.pyClass().name() + items;
        });
        // what a raise sets on the exception it raises (PEP 3134): the defaults every exception starts with
        c.define("__cause__", null);
        c.define("__context__", null);
        c.define("__suppress_context__", false);
        c.define("__traceback__", null);
        c.method("with_traceback", a -> { // raise e.with_traceback(tb): the traceback goes on from tb's frames
            Object tb = a.expect(1, 1).get(0);
            if (tb != null && !(tb instanceof TracebackObject)) throw PyError.type("__traceback__ must be a traceback or None");
            ((PyInstance) a.self()).setOwn("__traceback__", tb);
            return a.self();
        });
        c.method("add_note", a -> { // PEP 678: notes a handler adds before raising again
            PyInstance self = (PyInstance) a.self();
            Object note = a.expect(1, 1).get(0);
            if (!(note instanceof String)) throw PyError.type("note must be a str, not '" + Values.typeName(note) + "'");
            Object notes = self.own("__notes__");
            if (!(notes instanceof PyList)) {
                notes = new PyList();
                self.setOwn("__notes__", notes);
            }
            ((PyList) notes).add(note);
            return null;
        });
        CLASSES.put("BaseException", c);
        return c;
    }

    /**
     * PEP 654's BaseExceptionGroup and ExceptionGroup(message, exceptions): raised, caught by
     * except and except*, with .message and .exceptions and CPython's str ("problems (2
     * sub-exceptions)"); split, subgroup and derive are in {@link ExceptionGroups}.
     */
    private static void exceptionGroups(PyClass exception) {
        PyClass base = add("BaseExceptionGroup", BASE_EXCEPTION);
        base.method("__init__", a -> {
            Object message = a.expect(2, 2).get(0), items = a.get(1);
            List<Object> exceptions = ExceptionGroups.checkedMembers(message, items);
            PyInstance self = (PyInstance) a.self();
            self.setOwn("args", Values.tuple(List.of(message, items)));
            self.setOwn("message", message);
            self.setOwn("exceptions", Values.tuple(exceptions));
            return null;
        });
        ExceptionGroups.define(base);
        base.method("__str__", a -> {
            List<?> args = args(a.self());
            int n = Values.items(args.get(1)).size();
            return args.get(0) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        });
        CLASSES.put("ExceptionGroup", PyClass.builtinException("ExceptionGroup", "builtins", List.of(base, exception)));
    }

    private static PyClass add(String name, PyClass base) {
        PyClass c = PyClass.builtin(name, base, null);
        CLASSES.put(name, c);
        return c;
    }

    /** CPython's errno table of OSError.__new__ (Linux numbers): OSError(errno, ...) makes the subclass that errno stands for. */
    private static final Map<Long, String> OS_ERRORS = Map.ofEntries(Map.entry(1L, "PermissionError"), Map.entry(2L, "FileNotFoundError"),
            Map.entry(3L, "ProcessLookupError"), Map.entry(4L, "InterruptedError"), Map.entry(10L, "ChildProcessError"),
            Map.entry(11L, "BlockingIOError"), Map.entry(13L, "PermissionError"), Map.entry(17L, "FileExistsError"),
            Map.entry(20L, "NotADirectoryError"), Map.entry(21L, "IsADirectoryError"), Map.entry(32L, "BrokenPipeError"),
            Map.entry(103L, "ConnectionAbortedError"), Map.entry(104L, "ConnectionResetError"), Map.entry(108L, "BrokenPipeError"),
            Map.entry(110L, "TimeoutError"), Map.entry(111L, "ConnectionRefusedError"), Map.entry(114L, "BlockingIOError"),
            Map.entry(115L, "BlockingIOError"));

    /** The class OSError(errno, strerror, ...) really makes: the errno's subclass when cls is OSError itself, else cls. */
    static PyClass osErrorSubclass(PyClass cls, Object errno) {
        Object n = errno instanceof Boolean b ? (b ? 1L : 0L) : Values.plain(errno); // True is errno 1, as in CPython
        if (cls != CLASSES.get("OSError") || !(n instanceof Long)) return cls;
        String sub = OS_ERRORS.get(n);
        return sub == null ? cls : CLASSES.get(sub);
    }

    /** The args tuple of an exception object. */
    static List<?> args(Object self) {
        if (self instanceof PyInstance i && i.own("args") instanceof List<?> l) return l;
        return List.of();
    }

    private static final class BaseExceptionMethods {
        static String str(List<?> args) {
            if (args.isEmpty()) return "";
            if (args.size() == 1) return Repr.str(args.get(0));
            return Repr.repr(args);
        }
    }

    /** Every built-in exception class by name, for the builtins table. */
    static Map<String, PyClass> all() {
        return CLASSES;
    }

    /** A library module's exception class by its qualified name (numpy.linalg.LinAlgError), for its module to bind. */
    public static PyClass library(String qualifiedName) {
        return LIBRARY.get(qualifiedName);
    }

    static PyClass named(String name) {
        PyClass c = CLASSES.get(name);
        if (c == null) c = LIBRARY.get(name);
        return c != null ? c : CLASSES.get("RuntimeError");
    }

    /** The class of the exception an error is. */
    static PyClass classOf(LangError e) {
        if (e.exception() instanceof PyInstance i) return i.pyClass();
        return named(e.type());
    }

    /** Whether the error is an instance of the built-in exception class {@code name} (or of a subclass). */
    public static boolean matches(LangError e, String name) {
        return classOf(e).isSubclassOf(named(name));
    }

    /** The exception object of an error, made on first request: an instance of its class with the message as its argument. */
    static Object objectOf(LangError e, Interpreter interpreter) {
        if (e.exception() != null) return e.exception();
        PyInstance ex = new PyInstance(named(e.type()), interpreter);
        ex.setOwn("args", e.args() != null ? Values.tuple(e.args()) : e.detail().isEmpty() ? List.of() : Values.tuple(e.detail()));
        if (ex.pyClass().isSubclassOf(CLASSES.get("OSError"))) osFields(ex, e.args() != null ? e.args() : args(ex));
        if (ex.pyClass().isSubclassOf(CLASSES.get("SyntaxError"))) syntaxFields(ex, args(ex));
        if (e.args() != null && e.args().size() == 5 && ex.pyClass().isSubclassOf(CLASSES.get("UnicodeDecodeError"))) decodeFields(ex, e.args());
        if (e.args() != null && ex.pyClass().isSubclassOf(named(JsonModule.DECODE_ERROR))) JsonModule.decodeFields(ex, e.args());
        if (e.args() != null && ex.pyClass().isSubclassOf(named("re.error"))) ReModule.errorFields(ex, e.args());
        Object[] nameAndObject = e.nameAndObject();
        if (nameAndObject != null) nameFields(ex, nameAndObject[0], nameAndObject[1]);
        else nameFields(ex, null, null);
        e.withException(ex);
        if (e.caughtDepth() >= 0) keepTraceback(e, interpreter); // made while it is handled: its traceback as it was caught
        return ex;
    }

    /** CPython 3.10's NameError.name and AttributeError.name and .obj (None unless given): what "Did you mean" is computed from. */
    private static void nameFields(PyInstance ex, Object name, Object obj) {
        if (ex.pyClass().isSubclassOf(CLASSES.get("ImportError"))) { // name and path of the module; msg the message
            ex.setOwn("name", name);
            ex.setOwn("path", obj);
            ex.setOwn("msg", args(ex).size() == 1 ? args(ex).get(0) : null);
        }
        if (ex.pyClass().isSubclassOf(CLASSES.get("NameError"))) ex.setOwn("name", name);
        if (ex.pyClass().isSubclassOf(CLASSES.get("AttributeError"))) {
            ex.setOwn("name", name);
            ex.setOwn("obj", obj);
        }
    }

    /**
     * OSError(errno, strerror[, filename]): CPython keeps errno, strerror and filename as attributes
     * and only the first two in args; with any other arguments the three are None.
     */
    private static void osFields(PyInstance ex, List<?> given) {
        boolean numbered = given.size() >= 2 && given.size() <= 5;
        ex.setOwn("errno", numbered ? given.get(0) : null);
        ex.setOwn("strerror", numbered ? given.get(1) : null);
        ex.setOwn("filename", numbered && given.size() >= 3 ? given.get(2) : null);
        ex.setOwn("args", Values.tuple(numbered && given.size() >= 3 ? given.subList(0, 2) : given));
    }

    /** UnicodeDecodeError(encoding, object, start, end, reason): CPython keeps the five as attributes and args. */
    private static void decodeFields(PyInstance ex, List<?> given) {
        ex.setOwn("args", Values.tuple(new java.util.ArrayList<Object>(given)));
        String[] fields = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < fields.length; i++) ex.setOwn(fields[i], given.get(i));
    }

    /** str() of a UnicodeDecodeError, as CPython's: one byte named, or the range of bytes. */
    private static String decodeStr(PyInstance ex) {
        Object object = ex.own("object"), start = ex.own("start"), end = ex.own("end");
        if (!(object instanceof PyBytes b) || !(start instanceof Long s) || !(end instanceof Long en)) return BaseExceptionMethods.str(args(ex));
        String head = "'" + Repr.str(ex.own("encoding")) + "' codec can't decode ";
        if (en == s + 1 && s >= 0 && s < b.data().length)
            return head + "byte 0x" + String.format("%02x", b.data()[(int) (long) s] & 0xff) + " in position " + s + ": " + Repr.str(ex.own("reason"));
        return head + "bytes in position " + s + "-" + (en - 1) + ": " + Repr.str(ex.own("reason"));
    }

    /**
     * SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): CPython keeps msg
     * and the place as attributes (None when not given); args stay as given.
     */
    private static void syntaxFields(PyInstance ex, List<?> given) {
        ex.setOwn("args", Values.tuple(new java.util.ArrayList<Object>(given)));
        List<?> place = given.size() == 2 && given.get(1) instanceof List<?> p && p.size() >= 4 && p.size() <= 6 ? p : List.of();
        ex.setOwn("msg", given.isEmpty() ? null : given.get(0));
        String[] fields = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        for (int i = 0; i < fields.length; i++) ex.setOwn(fields[i], i < place.size() ? place.get(i) : null);
        ex.setOwn("print_file_and_line", null);
    }

    /** str() of a SyntaxError: "msg (file, line N)" with the file's last path part, as CPython's. */
    private static String syntaxStr(PyInstance ex) {
        List<?> args = args(ex);
        Object msg = ex.own("msg"), file = ex.own("filename"), line = ex.own("lineno");
        if (msg == null && args.size() != 1) return BaseExceptionMethods.str(args);
        String text = Repr.str(msg == null ? args.get(0) : msg);
        boolean hasFile = file instanceof String, hasLine = line instanceof Long;
        String name = hasFile ? ((String) file).substring(((String) file).lastIndexOf('/') + 1) : null;
        if (hasFile && hasLine) return text + " (" + name + ", line " + line + ")";
        if (hasLine) return text + " (line " + line + ")";
        if (hasFile) return text + " (" + name + ")";
        return text;
    }

    /** How an uncaught SystemExit ends the process: its exit status, and the text CPython prints to stderr first (or null). */
    public record Exit(int status, String message) {}

    /**
     * The exit of an uncaught SystemExit (exit(), quit(), sys.exit(code), raise SystemExit), by
     * CPython's rules: no code or None is 0, an int is the status, anything else is printed and 1.
     * Null for any other error.
     */
    /** SystemExit's code from its arguments, as CPython's SystemExit.__init__ sets it. */
    private static Object exitCode(List<?> args) {
        return args.isEmpty() ? null : args.size() == 1 ? args.get(0) : Values.tuple(new java.util.ArrayList<Object>(args));
    }

    public static Exit exitOf(LangError e) {
        if (!matches(e, "SystemExit")) return null;
        Object code = exitCode(e.exception() != null ? args(e.exception()) : e.args() != null ? e.args() : List.of());
        if (code == null) return new Exit(0, null);
        if (code instanceof Boolean b) return new Exit(b ? 1 : 0, null);
        if (code instanceof Long n) return new Exit((int) (long) n, null);
        if (code instanceof java.math.BigInteger) return new Exit(-1, null);
        return new Exit(1, Repr.str(code));
    }

    /**
     * {@code raise error from cause}: the exception's __cause__ (an exception, a class made into
     * one, or None) and __suppress_context__; the error shown before it when nobody catches it.
     */
    static void setCause(LangError error, Object cause, LangError causeError, Interpreter interpreter, Span span) {
        Object c = cause instanceof PyClass k && k.isSubclassOf(BASE_EXCEPTION) ? k.call(interpreter, List.of(), Map.of(), span) : cause;
        if (c != null && !(c instanceof PyInstance i && i.pyClass().isSubclassOf(BASE_EXCEPTION)))
            throw LangError.python("TypeError", "exception causes must derive from BaseException", span);
        PyInstance ex = (PyInstance) objectOf(error, interpreter);
        ex.setOwn("__cause__", c);
        ex.setOwn("__suppress_context__", true);
        error.chainTo(c == null ? null : causeError != null && causeError.exception() == c ? causeError : raise(c, interpreter, null), true);
    }

    /**
     * An error raised while {@code handled} was being handled (in its except or finally clause):
     * its __context__, and the error shown before it ("During handling of the above exception...").
     */
    static void setContext(LangError error, LangError handled, Interpreter interpreter) {
        if (error instanceof Interrupted i && !i.catchable() || handled instanceof Interrupted h && !h.catchable()) return;
        Object ex = objectOf(error, interpreter), context = objectOf(handled, interpreter);
        if (ex == context || !(ex instanceof PyInstance i) || i.own("__context__") != Environment.UNBOUND) return;
        i.setOwn("__context__", context);
        if (error.chained() == null && !Boolean.TRUE.equals(i.own("__suppress_context__"))) error.chainTo(handled, false);
    }

    /**
     * The error a raise statement throws for {@code value} (a class is instantiated with no
     * arguments). An exception with a __traceback__ (raised before, or given one by with_traceback)
     * keeps it: its traceback goes on from those frames, as CPython's raise e adds to e.__traceback__.
     */
    static LangError raise(Object value, Interpreter interpreter, Span span) {
        Object ex = value instanceof PyClass c && c.isSubclassOf(BASE_EXCEPTION) ? c.call(interpreter, List.of(), Map.of(), span) : value;
        if (!(ex instanceof PyInstance i) || !i.pyClass().isSubclassOf(BASE_EXCEPTION))
            throw LangError.python("TypeError", "exceptions must derive from BaseException", span);
        PyClass builtin = i.pyClass().builtinBase();
        LangError error = LangError.python(builtin == null ? "Exception" : builtin.name(), i.pyClass().name(), i.str(), "", span).withException(i);
        if (i.own("__traceback__") instanceof TracebackObject tb) error.goingOnFrom(tb.entries());
        return error;
    }

    /** The exception of an error caught in the frame running now gets its traceback (__traceback__, sys.exc_info()[2]): the frames it passed, from here down. */
    static void keepTraceback(LangError e, Interpreter interpreter) {
        if (objectOf(e, interpreter) instanceof PyInstance ex)
            ex.setOwn("__traceback__", TracebackObject.of(e.traceback(), e.placeInCurrentFrame(), interpreter, e.caughtDepth()));
    }
}
