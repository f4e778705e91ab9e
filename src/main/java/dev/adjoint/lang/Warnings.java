package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A session's warning filters and what has been shown, as CPython's warnings module keeps them:
 * the first filter that matches a warning decides its action (default, always, once, module,
 * ignore, error); "default" shows a warning once per place, "once" once per text. The program's
 * warnings.warn and the engine's own warnings (the scheduler's call-order warning, ...) both pass
 * here, so filterwarnings("ignore") silences both. A filter change forgets what was shown, as
 * CPython's registries do when the filters' version changes.
 */
public final class Warnings implements Undoable {
    /** One entry of warnings.filters; a null pattern matches anything, lineno 0 any line. */
    record Filter(String action, Pattern message, PyClass category, Pattern module, long lineno) {
        boolean matches(String text, PyClass c, String mod, long line) {
            return (message == null || message.matcher(text).lookingAt()) && c.isSubclassOf(category)
                    && (module == null || module.matcher(mod).lookingAt()) && (lineno == 0 || lineno == line);
        }
    }

    /** Where a warning was issued: the file and line CPython names, the module filters match, the source line if known. */
    public record Place(String filename, long lineno, String module, String line) {}

    static final Set<String> ACTIONS = Set.of("default", "always", "once", "module", "ignore", "error");

    /** Null until first needed: the defaults name exception classes, whose table is a good part of a session's start. */
    private List<Filter> filters;
    private final Set<List<Object>> shown = new HashSet<>(); // "default" and "module": per place, forgotten when filters change
    private final Set<List<Object>> shownOnce = new HashSet<>(); // "once": per text, for the whole session
    private PyList record; // catch_warnings(record=True): warnings are appended here instead of shown

    private List<Filter> filters() {
        if (filters == null) filters = defaults();
        return filters;
    }

    /** CPython 3.11's default filters (a DeprecationWarning is shown only when __main__ issues it). */
    private static List<Filter> defaults() {
        return new ArrayList<>(List.of(
                new Filter("default", null, Exceptions.named("DeprecationWarning"), Pattern.compile("__main__\\z"), 0),
                new Filter("ignore", null, Exceptions.named("DeprecationWarning"), null, 0),
                new Filter("ignore", null, Exceptions.named("PendingDeprecationWarning"), null, 0),
                new Filter("ignore", null, Exceptions.named("ImportWarning"), null, 0),
                new Filter("ignore", null, Exceptions.named("ResourceWarning"), null, 0)));
    }

    /** filterwarnings/simplefilter: a new first filter (or last, with append), replacing an equal one as CPython does. */
    void add(Filter f, boolean append) {
        UndoLog.touch(this);
        filters().remove(f);
        if (append) filters().add(f);
        else filters().add(0, f);
        shown.clear();
    }

    /** resetwarnings(): no filters at all (not even the defaults), as in CPython. */
    void reset() {
        UndoLog.touch(this);
        filters().clear();
        shown.clear();
    }

    /** What catch_warnings saves on entry and puts back on exit. */
    record Saved(List<Filter> filters, PyList record) {}

    Saved save(PyList newRecord) {
        UndoLog.touch(this);
        Saved s = new Saved(new ArrayList<>(filters()), record);
        record = newRecord != null ? newRecord : record;
        shown.clear();
        return s;
    }

    void restore(Saved s) {
        UndoLog.touch(this);
        filters = new ArrayList<>(s.filters());
        record = s.record();
        shown.clear();
    }

    /**
     * Issues a warning: {@code warning} is the Warning instance. Shown as CPython's
     * "file:line: Category: text" with the source line (program warnings), through {@code engine}
     * for the engine's own (adjoint's "warning: " line), appended when recorded, raised for "error".
     */
    void warn(PyInstance warning, Place at, Interpreter in, java.util.function.Consumer<String> engine) {
        warn(warning, at, in, engine, true);
    }

    /** A compiler's warning: CPython passes no registry, so "default" and "module" show it every time. */
    void warnUnregistered(PyInstance warning, Place at, Interpreter in) {
        warn(warning, at, in, null, false);
    }

    private void warn(PyInstance warning, Place at, Interpreter in, java.util.function.Consumer<String> engine, boolean registry) {
        PyClass category = warning.pyClass();
        String text = warning.str();
        String action = "default";
        for (Filter f : filters())
            if (f.matches(text, category, at.module(), at.lineno())) {
                action = f.action();
                break;
            }
        if (action.equals("ignore")) return;
        if (action.equals("error")) throw Exceptions.raise(warning, in, null);
        List<Object> place = List.of(text, category, at.module(), at.lineno());
        boolean first = switch (action) {
            case "once" -> shownOnce.add(List.of(text, category));
            case "module" -> !registry || shown.add(List.of(text, category, at.module()));
            case "always" -> true;
            default -> !registry || shown.add(place);
        };
        if (!first) return;
        if (record != null) {
            record.add(new WarningMessage(warning, category, at));
            return;
        }
        if (engine != null) engine.accept(category.name() + ": " + text);
        else in.printer().writeError(at.filename() + ":" + at.lineno() + ": " + category.name() + ": " + text + "\n"
                + (at.line() == null || at.line().isBlank() ? "" : "  " + at.line().strip() + "\n"));
    }

    @Override
    public Runnable snapshot() {
        List<Filter> f = new ArrayList<>(filters());
        Set<List<Object>> s = new HashSet<>(shown), once = new HashSet<>(shownOnce);
        PyList r = record;
        return () -> {
            filters = f;
            shown.clear();
            shown.addAll(s);
            shownOnce.clear();
            shownOnce.addAll(once);
            record = r;
        };
    }

    /** A recorded warning (catch_warnings(record=True)): message, category, filename, lineno, line, as CPython's WarningMessage. */
    static final class WarningMessage implements TabledHostObject {
        private final PyInstance message;
        private final PyClass category;
        private final Place at;

        WarningMessage(PyInstance message, PyClass category, Place at) {
            this.message = message;
            this.category = category;
            this.at = at;
        }

        @Override
        public String typeName() {
            return "WarningMessage";
        }

        private static final AttributeTable<WarningMessage> ATTRIBUTES = new AttributeTable<WarningMessage>()
                .value("category", w -> w.category)
                .value("file", w -> null)
                .value("filename", w -> w.at.filename())
                .value("line", w -> null)
                .value("lineno", w -> w.at.lineno())
                .value("message", w -> w.message)
                .value("source", w -> null);

        @Override
        public AttributeTable<WarningMessage> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            return "{message : " + Repr.repr(message) + ", category : " + Repr.repr(category.name()) + ", filename : " + Repr.repr(at.filename())
                    + ", lineno : " + at.lineno() + ", line : None}";
        }
    }
}
