package dev.adjoint.lang;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Python's warnings module: warn (shown on stderr as CPython shows it, "file:line: Category:
 * text" and the line), filterwarnings, simplefilter, resetwarnings, catch_warnings (with
 * record=True), formatwarning. The filters themselves live in the session's {@link Warnings}.
 */
final class WarningsModule {
    private WarningsModule() {}

    static PyModule create() {
        PyModule m = new PyModule("warnings");
        m.add(Builtin.of("warn", WarningsModule::warn));
        m.add(Builtin.of("filterwarnings", a -> {
            a.expect(1, 6, "action", "message", "category", "module", "lineno", "append");
            String message = string(a.option(1, "message", ""), "message must be a string");
            String module = string(a.option(3, "module", ""), "module must be a string");
            addFilter(a, a.option(0, "action", null), message, a.option(2, "category", warning()), module, a.option(4, "lineno", 0L),
                    a.option(5, "append", false));
            return null;
        }));
        m.add(Builtin.of("simplefilter", a -> {
            a.expect(1, 4, "action", "category", "lineno", "append");
            addFilter(a, a.option(0, "action", null), "", a.option(1, "category", warning()), "", a.option(2, "lineno", 0L), a.option(3, "append", false));
            return null;
        }));
        m.add(Builtin.of("resetwarnings", a -> {
            a.expect(0, 0);
            a.interpreter().warnings().reset();
            return null;
        }));
        m.add(Builtin.of("catch_warnings", a -> {
            a.expect(0, 0, "record", "module", "action", "category", "lineno", "append");
            return new CatchWarnings(a.flag("record", false), a.keyword("action"), a.keywords().getOrDefault("category", warning()),
                    a.keywords().getOrDefault("lineno", 0L), a.flag("append", false));
        }));
        m.add(Builtin.of("formatwarning", a -> {
            a.expect(4, 5, "message", "category", "filename", "lineno", "line");
            Object line = a.option(4, "line", null);
            return Repr.str(a.get(2)) + ":" + Repr.str(a.get(3)) + ": " + ((PyClass) a.get(1)).name() + ": " + Repr.str(a.get(0)) + "\n"
                    + (line == null || Repr.str(line).isBlank() ? "" : "  " + Repr.str(line).strip() + "\n");
        }));
        return m;
    }

    private static PyClass warning() {
        return Exceptions.named("Warning");
    }

    /** warn(message, category=None, stacklevel=1): a Warning instance gives its own category, as in CPython. */
    private static Object warn(Args a) {
        a.expect(1, 4, "message", "category", "stacklevel", "source");
        Object message = a.option(0, "message", null), category = a.option(1, "category", null);
        Interpreter in = a.interpreter();
        PyInstance w;
        if (message instanceof PyInstance i && i.pyClass().isSubclassOf(warning())) {
            w = i;
        } else {
            if (category == null) category = Exceptions.named("UserWarning");
            if (!(category instanceof PyClass c) || !c.isSubclassOf(warning()))
                throw PyError.type("category must be a Warning subclass, not '" + Values.typeName(category) + "'");
            w = (PyInstance) in.call(c, Arrays.asList(message));
        }
        int level = a.intValue(a.option(2, "stacklevel", 1L), "stacklevel");
        in.warnings().warn(w, in.placeOf(a.span(), Math.max(1, level)), in, null);
        return null;
    }

    private static String string(Object v, String otherwise) {
        if (!(v instanceof String s)) throw new PyError("AssertionError", otherwise);
        return s;
    }

    /** A filter from filterwarnings/simplefilter's arguments, checked as CPython's asserts check them. */
    private static void addFilter(Args a, Object action, String message, Object category, String module, Object lineno, Object append) {
        Warnings.Filter f = filter(action, message, category, module, lineno);
        a.interpreter().warnings().add(f, Values.truthy(append));
    }

    private static Warnings.Filter filter(Object action, String message, Object category, String module, Object lineno) {
        if (!(action instanceof String s) || !Warnings.ACTIONS.contains(s)) throw new PyError("AssertionError", "invalid action: " + Repr.repr(action));
        if (!(category instanceof PyClass c)) throw new PyError("AssertionError", "category must be a class");
        if (!c.isSubclassOf(warning())) throw new PyError("AssertionError", "category must be a Warning subclass");
        if (!PyNumbers.isInt(lineno) || lineno instanceof Boolean || PyNumbers.big(lineno).signum() < 0)
            throw new PyError("AssertionError", "lineno must be an int >= 0");
        Pattern m = message.isEmpty() ? null : ReModule.pattern(message, 2), mod = module.isEmpty() ? null : ReModule.pattern(module, 0);
        return new Warnings.Filter(s, m, c, mod, PyNumbers.big(lineno).longValue());
    }

    /** catch_warnings(): the filters (and where warnings go) are put back as they were when the with block ends. */
    static final class CatchWarnings implements HostObject, ContextManager {
        private final boolean record;
        private final Object action, category, lineno;
        private final boolean append;
        private Warnings.Saved saved;
        private Interpreter in;

        CatchWarnings(boolean record, Object action, Object category, Object lineno, boolean append) {
            this.record = record;
            this.action = action;
            this.category = category;
            this.lineno = lineno;
            this.append = append;
            if (action != null) filter(action, "", category, "", lineno); // checked at once, as CPython does in __enter__
        }

        @Override
        public Object enter(Interpreter interpreter) {
            if (saved != null) throw new PyError("RuntimeError", "Cannot enter " + this + " twice");
            in = interpreter;
            PyList log = record ? new PyList() : null;
            saved = in.warnings().save(log);
            if (action != null) in.warnings().add(filter(action, "", category, "", lineno), append);
            return log;
        }

        @Override
        public void exit() {
            in.warnings().restore(saved);
        }

        @Override
        public String typeName() {
            return "catch_warnings";
        }

        @Override
        public String toString() {
            return record ? "catch_warnings(record=True)" : "catch_warnings()";
        }
    }
}
