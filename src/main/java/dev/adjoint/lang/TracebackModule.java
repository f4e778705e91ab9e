package dev.adjoint.lang;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's traceback module as CPython 3.11's: print_exc/format_exc of the exception being handled
 * ("NoneType: None" when none is), print_exception/format_exception of an exception (3.10's (exc)
 * or the old (type, value, tb)) with its chained causes and contexts, format_exception_only,
 * extract_tb/format_tb/print_tb and walk_tb of a traceback object, extract_stack/format_stack/
 * print_stack and walk_stack of the running frames, format_list/print_list, FrameSummary and
 * StackSummary (a list of them). The text is {@link Traceback}'s, as the terminal shows a
 * script's uncaught error: "  File "x.py", line 3, in f", the line, CPython's carets.
 */
final class TracebackModule {
    private TracebackModule() {}

    static final PyClass FRAME_SUMMARY = frameSummaryClass();
    static final PyClass STACK_SUMMARY = stackSummaryClass();
    static final PyClass TRACEBACK_EXCEPTION = tracebackExceptionClass();
    /** print_exception(exc)'s "value and tb not given" (CPython's _sentinel). */
    private static final Object NOT_GIVEN = new Object();

    static PyModule create() {
        PyModule m = new PyModule("traceback");
        m.add("FrameSummary", FRAME_SUMMARY).add("StackSummary", STACK_SUMMARY).add("TracebackException", TRACEBACK_EXCEPTION);
        m.add(Builtin.of("format_exc", a -> {
            a.expect(0, 2, "limit", "chain");
            return String.join("", handled(a, a.option(0, "limit", null), a.option(1, "chain", true)));
        }));
        m.add(Builtin.of("print_exc", a -> {
            a.expect(0, 3, "limit", "file", "chain");
            write(a.interpreter(), a.option(1, "file", null), String.join("", handled(a, a.option(0, "limit", null), a.option(2, "chain", true))));
            return null;
        }));
        m.add(Builtin.of("format_exception", a -> {
            a.expect(1, 5, "value", "tb", "limit", "chain");
            return new PyList(exception(a, a.option(3, "limit", null), a.option(4, "chain", true)));
        }));
        m.add(Builtin.of("print_exception", a -> {
            a.expect(1, 6, "value", "tb", "limit", "file", "chain");
            write(a.interpreter(), a.option(4, "file", null), String.join("", exception(a, a.option(3, "limit", null), a.option(5, "chain", true))));
            return null;
        }));
        m.add(Builtin.of("format_exception_only", a -> {
            a.expect(1, 2, "value");
            return onlyLines(a.positional().size() > 1 || a.has("value") ? a.option(1, "value", null) : a.get(0));
        }));
        m.add(Builtin.of("extract_tb", a -> {
            a.expect(1, 2, "limit");
            return summary(a.interpreter(), tracebackEntries(a.get(0)), a.option(1, "limit", null), false);
        }));
        m.add(Builtin.of("format_tb", a -> {
            a.expect(1, 2, "limit");
            return format(summary(a.interpreter(), tracebackEntries(a.get(0)), a.option(1, "limit", null), false));
        }));
        m.add(Builtin.of("print_tb", a -> {
            a.expect(1, 3, "limit", "file");
            PyList lines = format(summary(a.interpreter(), tracebackEntries(a.get(0)), a.option(1, "limit", null), false));
            write(a.interpreter(), a.option(2, "file", null), joined(lines));
            return null;
        }));
        m.add(Builtin.of("extract_stack", a -> {
            a.expect(0, 2, "f", "limit");
            return summary(a.interpreter(), stackEntries(a, a.option(0, "f", null)), a.option(1, "limit", null), true);
        }));
        m.add(Builtin.of("format_stack", a -> {
            a.expect(0, 2, "f", "limit");
            return format(summary(a.interpreter(), stackEntries(a, a.option(0, "f", null)), a.option(1, "limit", null), true));
        }));
        m.add(Builtin.of("print_stack", a -> {
            a.expect(0, 3, "f", "limit", "file");
            PyList lines = format(summary(a.interpreter(), stackEntries(a, a.option(0, "f", null)), a.option(1, "limit", null), true));
            write(a.interpreter(), a.option(2, "file", null), joined(lines));
            return null;
        }));
        m.add(Builtin.of("format_list", a -> format(a.expect(1, 1).get(0))));
        m.add(Builtin.of("print_list", a -> {
            a.expect(1, 2, "file");
            write(a.interpreter(), a.option(1, "file", null), joined(format(a.get(0))));
            return null;
        }));
        m.add(Builtin.of("walk_tb", a -> { // (tb_frame, tb_lineno) of each traceback object, outermost first
            List<Object> pairs = new ArrayList<>();
            for (Object tb = a.expect(1, 1).get(0); tb instanceof TracebackObject t; tb = t.next()) pairs.add(Values.tuple(t.frame(), t.line()));
            return PyIterator.generator("walk_tb", pairs.iterator());
        }));
        m.add(Builtin.of("walk_stack", a -> { // (frame, f_lineno) from the frame given outwards
            Object f = a.expect(1, 1).get(0);
            // CPython 3.11's walk_stack(None) starts four frames above its own generator's, wherever that is consumed
            if (f == null) throw PyError.notSupported("traceback.walk_stack(None); give it a frame: traceback.walk_stack(sys._getframe())");
            if (!(f instanceof FrameObject)) throw PyError.attribute("'" + Values.typeName(f) + "' object has no attribute 'f_lineno'");
            List<Object> pairs = new ArrayList<>();
            FrameObject frame = (FrameObject) f;
            for (; frame != null; frame = frame.back()) pairs.add(Values.tuple(frame, (long) frame.line()));
            return PyIterator.generator("walk_stack", pairs.iterator());
        }));
        return m;
    }

    /** print_exc's and format_exc's text: the exception being handled (sys.exc_info()), or "NoneType: None". */
    private static List<String> handled(Args a, Object limit, Object chain) {
        LangError handled = a.interpreter().handledError();
        if (handled == null) return List.of("NoneType: None\n");
        Object ex = Exceptions.objectOf(handled, a.interpreter());
        return lines(a.interpreter(), ex, Attributes.get(a.interpreter(), ex, "__traceback__"), limit, Values.truthy(chain));
    }

    /** format_exception(exc, /, value, tb, limit, chain) as 3.10 takes it: (exc), or (type, value, tb) of which the type is not used. */
    private static List<String> exception(Args a, Object limit, Object chain) {
        Object value = a.option(1, "value", NOT_GIVEN), tb = a.option(2, "tb", NOT_GIVEN);
        if ((value == NOT_GIVEN) != (tb == NOT_GIVEN)) throw PyError.value("Both or neither of value and tb must be given");
        if (value == NOT_GIVEN) {
            value = a.get(0);
            tb = value instanceof PyInstance ? Attributes.get(a.interpreter(), value, "__traceback__") : null;
        }
        return lines(a.interpreter(), value, tb, limit, Values.truthy(chain));
    }

    /**
     * CPython's TracebackException.format: the exceptions chained before {@code exc} (its __cause__,
     * else its __context__ unless suppressed, and theirs; each once), each with its traceback and
     * last line and CPython's sentence after it, then exc's own.
     */
    static List<String> lines(Interpreter in, Object exc, Object tb, Object limit, boolean chain) {
        List<Object> exceptions = new ArrayList<>(List.of(exc == null ? NOT_GIVEN : exc)), tracebacks = new ArrayList<>(Collections.singletonList(tb));
        List<String> sentences = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(exc);
        for (Object e = exc; chain && e instanceof PyInstance i;) {
            Object cause = i.own("__cause__"), context = i.own("__context__");
            Object next;
            String sentence;
            if (cause instanceof PyInstance) {
                next = cause;
                sentence = "\nThe above exception was the direct cause of the following exception:\n\n";
            } else if (context instanceof PyInstance && !Values.truthy(Attributes.get(in, i, "__suppress_context__"))) {
                next = context;
                sentence = "\nDuring handling of the above exception, another exception occurred:\n\n";
            } else break;
            if (!seen.add(next)) break;
            exceptions.add(0, next);
            tracebacks.add(0, Attributes.get(in, next, "__traceback__"));
            sentences.add(0, sentence);
            e = next;
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < exceptions.size(); k++) {
            if (tracebacks.get(k) instanceof TracebackObject t) {
                out.add("Traceback (most recent call last):\n");
                out.addAll(format(summary(in, t.entries(), limit, false)).stream().map(Object::toString).toList());
            }
            out.addAll(onlyLines(exceptions.get(k) == NOT_GIVEN ? null : exceptions.get(k)).stream().map(Object::toString).toList());
            if (k < sentences.size()) out.add(sentences.get(k));
        }
        return out;
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

    /** The frames of a traceback object, outermost first; none for None. */
    private static List<Traceback.Entry> tracebackEntries(Object tb) {
        if (tb == null) return List.of();
        if (!(tb instanceof TracebackObject t)) throw PyError.attribute("'" + Values.typeName(tb) + "' object has no attribute 'tb_frame'");
        return t.entries();
    }

    /** The frames from the given frame (the caller's when None) out to the top level, innermost first. */
    private static List<Traceback.Entry> stackEntries(Args a, Object f) {
        if (f != null && !(f instanceof FrameObject)) throw PyError.attribute("'" + Values.typeName(f) + "' object has no attribute 'f_code'");
        FrameObject frame = f == null ? FrameObject.at(a.interpreter(), a.span(), 0) : (FrameObject) f;
        List<Traceback.Entry> out = new ArrayList<>();
        for (; frame != null; frame = frame.back()) out.add(frame.entry());
        return out;
    }

    /**
     * A StackSummary of the frames, as CPython's extract_tb (outermost first; {@code limit} keeps the
     * first, a negative one the last) and extract_stack ({@code innermostFirst}: limit keeps the
     * innermost, and the summary is turned to list the outermost first).
     */
    private static Object summary(Interpreter in, List<Traceback.Entry> frames, Object limit, boolean innermostFirst) {
        List<Traceback.Entry> kept = frames;
        if (limit != null) {
            long n = Values.toLong(limit, "limit");
            kept = n >= 0 ? frames.subList(0, (int) Math.min(n, frames.size())) : frames.subList((int) Math.max(0, frames.size() + n), frames.size());
        }
        PyList summaries = new PyList();
        for (Traceback.Entry e : kept) summaries.add(frameSummary(in, e, !innermostFirst)); // CPython 3.11 places a traceback's frames by column, a stack's only by line
        if (innermostFirst) Collections.reverse(summaries);
        return STACK_SUMMARY.call(in, List.of(summaries), Map.of(), null);
    }

    /** The FrameSummary of a frame: its file, line, function, the line's text and its place (columns in UTF-8 bytes, as CPython's). */
    private static PyInstance frameSummary(Interpreter in, Traceback.Entry e, boolean placed) {
        Span where = e.where();
        String text = e.source().text();
        boolean readable = where != null && e.source().linesReadable();
        Map<String, Object> keywords = new java.util.LinkedHashMap<>();
        keywords.put("line", readable ? Traceback.lineAt(text, where.offset()) : "");
        if (where != null && placed) {
            int start = Traceback.lineStart(text, where.offset()), end = Math.min(where.end(), text.length());
            int endStart = Traceback.lineStart(text, end);
            keywords.put("end_lineno", (long) e.line() + text.substring(where.offset(), end).chars().filter(c -> c == '\n').count());
            keywords.put("colno", (long) utf8Length(text.substring(start, where.offset())));
            keywords.put("end_colno", (long) utf8Length(text.substring(endStart, end)));
        }
        return (PyInstance) FRAME_SUMMARY.call(in, Arrays.asList(e.file(), (long) e.line(), e.function()), keywords, null);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The character of {@code line} at UTF-8 byte {@code bytes}, as CPython's _byte_offset_to_character_offset. */
    private static int characterAt(String line, long bytes) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return new String(b, 0, (int) Math.max(0, Math.min(bytes, b.length)), StandardCharsets.UTF_8).length();
    }

    /** StackSummary.format / format_list: each FrameSummary (or (file, line, name, text) tuple) as CPython's text, repeats folded. */
    private static PyList format(Object frames) {
        List<String> texts = new ArrayList<>();
        List<Object> places = new ArrayList<>();
        for (Object f : Values.items(frames)) {
            if (f instanceof PyInstance s && s.pyClass().isSubclassOf(FRAME_SUMMARY)) {
                texts.add(summaryText(s));
                places.add(List.of(s.own("filename"), s.own("lineno"), s.own("name")));
            } else {
                List<?> t = Values.items(f);
                if (t.size() != 4) throw PyError.value("not enough values to unpack (expected 4, got " + t.size() + ")");
                String line = t.get(3) == null ? null : Repr.str(t.get(3));
                texts.add(Traceback.frameText(Repr.str(t.get(0)), Values.toLong(t.get(1), "lineno"), Repr.str(t.get(2)), line, -1, -1));
                places.add(List.of(t.get(0), t.get(1), t.get(2)));
            }
        }
        return new PyList(new ArrayList<Object>(Traceback.repeatsFolded(texts, places)));
    }

    /** CPython's format_frame_summary of one FrameSummary: carets when it has columns and they are not the whole line. */
    private static String summaryText(PyInstance s) {
        Object raw = s.own("_line"), lineno = s.own("lineno"), colno = s.own("colno"), endColno = s.own("end_colno");
        String original = raw instanceof String r ? r.replaceFirst("\n$", "") : null;
        int start = -1, end = -1;
        if (original != null && colno instanceof Long c && endColno instanceof Long ec) {
            start = characterAt(original, c);
            end = Operators.equal(lineno, s.own("end_lineno")) ? characterAt(original, ec) : original.length() + 1; // a place going on to later lines
        }
        return Traceback.frameText(Repr.str(s.own("filename")), lineno instanceof Long n ? n : 0, Repr.str(s.own("name")), original, start, end);
    }

    private static String joined(PyList lines) {
        StringBuilder sb = new StringBuilder();
        for (Object line : lines) sb.append(line);
        return sb.toString();
    }

    /** Writes to {@code file}, or to sys.stderr as it is now (redirect_stderr, an assigned sys.stderr). */
    private static void write(Interpreter in, Object file, String text) {
        if (file == null) SysModule.write(in, "stderr", text);
        else in.call(Attributes.get(in, file, "write"), Arrays.asList((Object) text));
    }

    /**
     * traceback.FrameSummary(filename, lineno, name, *, lookup_line=True, locals=None, line=None,
     * end_lineno=None, colno=None, end_colno=None): its fields, line the text stripped; indexed and
     * unpacked as (filename, lineno, name, line), equal to such a tuple.
     */
    private static PyClass frameSummaryClass() {
        PyClass c = PyClass.library("FrameSummary", "traceback", null);
        c.method("__init__", a -> {
            a.expect(3, 3, "lookup_line", "locals", "line", "end_lineno", "colno", "end_colno");
            PyInstance self = (PyInstance) a.self();
            self.setOwn("filename", a.get(0));
            self.setOwn("lineno", a.get(1));
            self.setOwn("name", a.get(2));
            self.setOwn("_line", a.keyword("line"));
            self.setOwn("locals", localsShown(a.keyword("locals")));
            for (String field : List.of("end_lineno", "colno", "end_colno")) self.setOwn(field, a.keyword(field));
            if (a.keyword("line") == null && Values.truthy(a.has("lookup_line") ? a.keyword("lookup_line") : true)) Attributes.get(a.interpreter(), self, "line");
            return null;
        });
        c.define("line", new Descriptors.Property(new BuiltinMethod("line", a -> {
            PyInstance self = (PyInstance) a.self();
            if (self.own("_line") == null && self.own("lineno") != null) self.setOwn("_line", fileLine(self.own("filename"), self.own("lineno")));
            return self.own("_line") instanceof String s ? s.strip() : null;
        }), null, null));
        c.method("__repr__", a -> {
            PyInstance self = (PyInstance) a.self();
            return "<FrameSummary file " + Repr.str(self.own("filename")) + ", line " + Repr.str(self.own("lineno")) + " in " + Repr.str(self.own("name")) + ">";
        });
        c.method("__len__", a -> 4L);
        c.method("__getitem__", a -> Subscripts.get(a.interpreter(), fields(a), a.expect(1, 1).get(0)));
        c.method("__iter__", a -> new PyIterator("tuple_iterator", fields(a).iterator()));
        c.method("__eq__", a -> {
            Object other = a.expect(1, 1).get(0);
            if (other instanceof PyInstance o && o.pyClass().isSubclassOf(c))
                return Operators.equal(fields(a), fieldsOf(a.interpreter(), o)) && Operators.equal(((PyInstance) a.self()).own("locals"), o.own("locals"));
            if (other instanceof List<?> && !(other instanceof PyList)) return Operators.equal(fields(a), other);
            return Dunders.NOT_IMPLEMENTED;
        });
        return c;
    }

    /** Line {@code lineno} of the file (with its newline), as linecache.getline reads it: "" when there is no such file or line. */
    private static String fileLine(Object filename, Object lineno) {
        if (!(filename instanceof String file) || !(lineno instanceof Long n) || n < 1 || file.startsWith("<")) return "";
        String[] lines;
        try {
            lines = ReadOnlyFiles.text(file).split("(?<=\n)", -1);
        } catch (RuntimeException unreadable) {
            return "";
        }
        return n <= lines.length ? lines[(int) (n - 1)] : "";
    }

    /** FrameSummary's locals: each value by its repr, or None when none are given. */
    private static PyDict localsShown(Object locals) {
        if (!(locals instanceof PyDict d) || d.size() == 0) return null;
        PyDict shown = new PyDict();
        for (Object name : Values.items(d)) shown.put(name, Repr.repr(d.get(name)));
        return shown;
    }

    private static List<Object> fields(Args a) {
        return fieldsOf(a.interpreter(), (PyInstance) a.self());
    }

    /** (filename, lineno, name, line) of a FrameSummary. */
    private static List<Object> fieldsOf(Interpreter in, PyInstance s) {
        return Values.tuple(s.own("filename"), s.own("lineno"), s.own("name"), Attributes.get(in, s, "line"));
    }

    /**
     * traceback.TracebackException(exc_type, exc_value, exc_traceback, *, limit=None, ...) and
     * from_exception(exc): exc_type, stack (a StackSummary), the exceptions chained before it as
     * TracebackExceptions of their own (__cause__, __context__), __suppress_context__, __notes__;
     * format(chain=True) and format_exception_only() give format_exception's lines, str() the
     * exception's. It formats the exception as it is when formatted (CPython's keeps a copy of its text).
     */
    private static PyClass tracebackExceptionClass() {
        PyClass c = PyClass.library("TracebackException", "traceback", null);
        c.method("__init__", a -> {
            a.expect(3, 3, "limit", "lookup_lines", "capture_locals", "compact", "max_group_width", "max_group_depth");
            if (Values.truthy(a.keyword("capture_locals"))) throw PyError.notSupported("TracebackException(capture_locals=True)");
            Interpreter in = a.interpreter();
            List<Object[]> pending = new ArrayList<>(); // (TracebackException, exception) whose chained ones are still to make
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            describe(in, (PyInstance) a.self(), a.get(0), a.get(1), a.get(2), a.keyword("limit"));
            seen.add(a.get(1));
            pending.add(new Object[] {a.self(), a.get(1)});
            while (!pending.isEmpty()) {
                Object[] next = pending.remove(0);
                PyInstance te = (PyInstance) next[0];
                for (String link : List.of("__cause__", "__context__")) {
                    Object chained = next[1] instanceof PyInstance e ? e.own(link) : null;
                    if (chained instanceof PyInstance ch && seen.add(ch)) {
                        PyInstance made = new PyInstance(c, in);
                        describe(in, made, BuiltinTypes.of(ch), ch, Attributes.get(in, ch, "__traceback__"), a.keyword("limit"));
                        te.setOwn(link, made);
                        pending.add(new Object[] {made, ch});
                    }
                }
            }
            return null;
        });
        c.define("from_exception", new Descriptors.ClassMethod(new BuiltinMethod("from_exception", a -> {
            Interpreter in = a.interpreter();
            Object exc = a.get(0);
            return in.call(a.self(), Arrays.asList(BuiltinTypes.of(exc), exc, Attributes.get(in, exc, "__traceback__")), a.keywords(), null);
        })));
        c.method("format", a -> {
            a.expect(0, 0, "chain");
            PyInstance self = (PyInstance) a.self();
            List<String> lines = lines(a.interpreter(), self.own("_exc_value"), self.own("_exc_traceback"), self.own("_limit"),
                    Values.truthy(a.has("chain") ? a.keyword("chain") : true));
            return PyIterator.generator("TracebackException.format", lines.iterator());
        });
        c.method("format_exception_only", a -> PyIterator.generator("TracebackException.format_exception_only",
                onlyLines(((PyInstance) a.expect(0, 0).self()).own("_exc_value")).iterator()));
        c.method("__str__", a -> ((PyInstance) a.self()).own("_str"));
        return c;
    }

    /** The fields of a TracebackException of {@code value} (its type, stack, text and notes), none of its chain yet. */
    private static void describe(Interpreter in, PyInstance te, Object type, Object value, Object tb, Object limit) {
        te.setOwn("exc_type", type);
        te.setOwn("_exc_value", value);
        te.setOwn("_exc_traceback", tb);
        te.setOwn("_limit", limit);
        te.setOwn("stack", summary(in, tracebackEntries(tb), limit, false));
        te.setOwn("_str", value == null ? "None" : Repr.str(value));
        te.setOwn("__notes__", value instanceof PyInstance v && v.own("__notes__") != Environment.UNBOUND ? v.own("__notes__") : null);
        te.setOwn("__cause__", null);
        te.setOwn("__context__", null);
        te.setOwn("__suppress_context__", value instanceof PyInstance ? Attributes.get(in, value, "__suppress_context__") : false);
        te.setOwn("exceptions", null);
    }

    /** traceback.StackSummary: a list of FrameSummary objects whose format() gives their text as format_list does. */
    private static PyClass stackSummaryClass() {
        Map<String, Object> namespace = Map.of("format", new BuiltinMethod("format", a -> format(a.expect(0, 0).self()), "StackSummary"));
        return PyClass.user("StackSummary", "traceback", List.of(BuiltinTypes.LIST), namespace); // made as a class statement makes a list's subclass

    }
}
