package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's logging as training scripts use it: basicConfig(level=, format=, datefmt=, stream=,
 * force=), getLogger(name) with debug/info/warning/error/critical/log, setLevel, handlers
 * (StreamHandler to sys.stderr or any object with write, NullHandler) and Formatter with
 * %-style fields; records go to stderr in CPython's default format ("WARNING:root:text"), and a
 * logger with no handler anywhere prints warnings and worse as the bare text (CPython's last
 * resort). Loggers live in the session's logging module; a failed input puts their levels and
 * handlers back. No FileHandler: adjoint writes no files.
 */
final class LoggingModule implements Undoable {
    private static final Map<String, Long> LEVELS = Map.of("CRITICAL", 50L, "FATAL", 50L, "ERROR", 40L, "WARNING", 30L, "WARN", 30L, "INFO", 20L,
            "DEBUG", 10L, "NOTSET", 0L);
    static final String DEFAULT_FORMAT = "%(levelname)s:%(name)s:%(message)s";

    private final Map<String, Logger> loggers = new LinkedHashMap<>();
    private final Logger root = new Logger("root", 30L);
    private long disabledBelow = 0; // logging.disable(level): records at or below it are dropped

    private LoggingModule() {}

    @Override
    public Runnable snapshot() {
        long saved = disabledBelow;
        return () -> disabledBelow = saved;
    }

    static PyModule create() {
        LoggingModule state = new LoggingModule();
        PyModule m = new PyModule("logging");
        for (Map.Entry<String, Long> e : LEVELS.entrySet()) m.add(e.getKey(), e.getValue());
        m.add(Builtin.of("getLogger", a -> state.logger(a.expect(0, 1, "name").option(0, "name", null))));
        m.add(Builtin.of("basicConfig", a -> {
            state.basicConfig(a);
            return null;
        }));
        for (String level : List.of("debug", "info", "warning", "warn", "error", "critical", "exception")) {
            m.add(Builtin.of(level, a -> {
                if (state.root.handlers.isEmpty()) state.configure(null, null, null, null); // as CPython's module functions do
                state.root.log(a, levelOf(level), 0);
                return null;
            }));
        }
        m.add(Builtin.of("log", a -> {
            if (state.root.handlers.isEmpty()) state.configure(null, null, null, null);
            state.root.log(a, Values.toLong(a.get(0), "level"), 1);
            return null;
        }));
        m.add(Builtin.of("disable", a -> {
            long level = Values.toLong(a.expect(0, 1, "level").option(0, "level", 50L), "level");
            UndoLog.touch(state); // a failed input puts logging.disable back too
            state.disabledBelow = level;
            return null;
        }));
        m.add(Builtin.of("getLevelName", a -> levelName(a.expect(1, 1).get(0))));
        m.add(Builtin.of("StreamHandler", a -> new Handler(a.expect(0, 1, "stream").option(0, "stream", null))));
        m.add(Builtin.of("NullHandler", a -> {
            a.expect(0, 0);
            Handler h = new Handler(null);
            h.silent = true;
            return h;
        }));
        m.add(Builtin.of("FileHandler", a -> {
            throw PyError.notSupported("logging.FileHandler (adjoint writes no files); log to sys.stderr or sys.stdout with StreamHandler");
        }));
        m.add(Builtin.of("Formatter", a -> {
            a.expect(0, 3, "fmt", "datefmt", "style");
            return new Formatter(text(a.option(0, "fmt", null), "%(message)s"), text(a.option(1, "datefmt", null), null));
        }));
        m.add("root", state.root);
        return m;
    }

    private static String text(Object v, String absent) {
        return v == null ? absent : Repr.str(v);
    }

    private static long levelOf(String method) {
        return switch (method) {
            case "debug" -> 10L;
            case "info" -> 20L;
            case "warning", "warn" -> 30L;
            case "error", "exception" -> 40L;
            default -> 50L;
        };
    }

    /** A level as setLevel takes it: a number or a name ("INFO"). */
    private static long level(Object v) {
        v = Values.plain(v);
        if (v instanceof String s) {
            Long n = LEVELS.get(s);
            if (n == null) throw PyError.value("Unknown level: " + Repr.repr(s));
            return n;
        }
        if (!PyNumbers.isInt(v)) throw PyError.type("Level not an integer or a valid string: " + Repr.repr(v));
        return Values.toLong(v, "level");
    }

    private static Object levelName(Object level) {
        level = Values.plain(level);
        for (String name : List.of("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG", "NOTSET"))
            if (LEVELS.get(name).equals(level)) return name;
        if (level instanceof String s && LEVELS.containsKey(s)) return LEVELS.get(s);
        return "Level " + Repr.str(level);
    }

    private Logger logger(Object name) {
        if (name == null || name.equals("root")) return root;
        String n = Repr.str(name);
        return loggers.computeIfAbsent(n, k -> new Logger(k, 0L));
    }

    /** The nearest configured ancestor: "a" for "a.b" if it was made, else the root. */
    private Logger parentOf(Logger logger) {
        if (logger == root) return null;
        String name = logger.name;
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            Logger up = loggers.get(name.substring(0, dot));
            if (up != null) return up;
        }
        return root;
    }

    private void basicConfig(Args a) {
        a.expect(0, 0, "level", "format", "datefmt", "stream", "force", "style", "filename", "filemode", "handlers", "encoding", "errors");
        if (a.has("filename"))
            throw PyError.notSupported("logging.basicConfig(filename=...) (adjoint writes no files); log to sys.stderr or stream=sys.stdout");
        if (a.flag("force", false)) {
            UndoLog.touch(root);
            root.handlers.clear();
        }
        if (!root.handlers.isEmpty()) return; // as CPython: configured once, unless force=True
        configure(a.keyword("format"), a.keyword("datefmt"), a.keyword("stream"), a.keyword("level"));
    }

    private void configure(Object format, Object datefmt, Object stream, Object level) {
        Handler h = new Handler(stream);
        h.formatter = new Formatter(text(format, DEFAULT_FORMAT), text(datefmt, null));
        UndoLog.touch(root);
        root.handlers.add(h);
        if (level != null) root.level = level(level);
    }

    /** A log record's fields, as Formatter's %-style format reads them. */
    private static PyDict record(Logger logger, long level, String message, Args a) {
        PyDict r = new PyDict();
        r.put("name", logger.name);
        r.put("levelno", level);
        r.put("levelname", levelName(level));
        r.put("message", message);
        r.put("msg", message);
        Warnings.Place place = a.interpreter().placeOf(a.span(), 1);
        String path = place.filename();
        r.put("pathname", path);
        String file = path.substring(path.lastIndexOf('/') + 1);
        r.put("filename", file);
        r.put("module", file.endsWith(".py") ? file.substring(0, file.length() - 3) : file);
        r.put("lineno", place.lineno());
        r.put("funcName", a.interpreter().runningFunctionName());
        long now = System.currentTimeMillis();
        r.put("created", now / 1000.0);
        r.put("msecs", (double) (now % 1000));
        r.put("process", ProcessHandle.current().pid());
        r.put("processName", "MainProcess");
        r.put("thread", 1L);
        r.put("threadName", "MainThread");
        return r;
    }

    /** A logger: its own level (NOTSET: ask the parent), handlers, and whether records go up to the parent's handlers too. */
    private final class Logger implements TabledHostObject, Undoable {
        final String name;
        long level;
        boolean propagate = true;
        final List<Handler> handlers = new ArrayList<>();

        Logger(String name, long level) {
            this.name = name;
            this.level = level;
        }

        long effectiveLevel() {
            for (Logger l = this; l != null; l = parentOf(l)) if (l.level != 0) return l.level;
            return 0;
        }

        boolean enabledFor(long level) {
            return level > disabledBelow && level >= effectiveLevel();
        }

        /** logger.info(msg, *args) and kin: msg % args when there are args, then each handler up the chain. */
        void log(Args a, long level, int skip) {
            List<Object> positional = a.positional();
            if (positional.size() <= skip) throw a.typeError("missing 1 required positional argument: 'msg'");
            if (!enabledFor(level)) return;
            Object msg = positional.get(skip);
            List<Object> args = positional.subList(skip + 1, positional.size());
            String message = Repr.str(msg);
            RuntimeException badFormat = null;
            try {
                if (!args.isEmpty())
                    message = Repr.str(Operators.binary(TokenType.PERCENT, message, args.size() == 1 && args.get(0) instanceof PyDict d ? d : Values.tuple(args)));
            } catch (PyError | LangError e) { // CPython's handlers report it on stderr and the program goes on
                badFormat = e;
            }
            PyDict record = record(this, level, message, a);
            Object excInfo = a.keyword("exc_info");
            if (a.has("exc_info") ? Values.truthy(excInfo) : a.function().equals("exception")) {
                LangError handled = a.interpreter().handledError();
                record.put("exc_text", handled == null ? "NoneType: None" : Traceback.of(handled, a.interpreter()));
            }
            List<Handler> handlers = new ArrayList<>();
            for (Logger l = this; l != null; l = l.propagate ? parentOf(l) : null) handlers.addAll(l.handlers);
            String lastResort = level >= 30 && handlers.isEmpty() ? message + (record.containsKey("exc_text") ? "\n" + record.get("exc_text") : "") + "\n" : null;
            if (badFormat != null) {
                String report = loggingError(a, badFormat, msg, args);
                for (Handler h : handlers) if (h.accepts(level)) SysModule.STDERR.write(a.interpreter().printer(), report);
                if (lastResort != null) SysModule.STDERR.write(a.interpreter().printer(), report);
                return;
            }
            for (Handler h : handlers) h.emit(a.interpreter(), record, level);
            if (lastResort != null) SysModule.STDERR.write(a.interpreter().printer(), lastResort); // CPython's lastResort handler
        }

        /**
         * CPython's Handler.handleError report of a message its arguments do not fit. CPython's
         * block also lists the frames inside its logging package where the error arose; those are
         * left out here (adjoint has no such source).
         */
        private String loggingError(Args a, RuntimeException bad, Object msg, List<Object> args) {
            String error = bad instanceof LangError e ? Traceback.lastLine(e) : ((PyError) bad).type() + ": " + bad.getMessage();
            StringBuilder sb = new StringBuilder("--- Logging error ---\n").append(error).append("\nCall stack:\n");
            for (Traceback.Entry e : a.interpreter().stack(a.span())) sb.append(Traceback.frame(e, false, false));
            return sb.append("Message: ").append(Repr.repr(msg)).append("\nArguments: ").append(Repr.repr(Values.tuple(args))).append('\n').toString();
        }

        @Override
        public Runnable snapshot() {
            long savedLevel = level;
            boolean savedPropagate = propagate;
            List<Handler> savedHandlers = new ArrayList<>(handlers);
            return () -> {
                level = savedLevel;
                propagate = savedPropagate;
                handlers.clear();
                handlers.addAll(savedHandlers);
            };
        }

        @Override
        public String typeName() {
            return this == root ? "RootLogger" : "Logger";
        }

        private static final AttributeTable<Logger> ATTRIBUTES = new AttributeTable<Logger>()
                .method("addHandler", (l, a) -> l.changeHandlers(a, true))
                .method("getChild", (l, a) -> l.module().logger((l == l.module().root ? "" : l.name + ".") + Repr.str(a.expect(1, 1).get(0))))
                .method("getEffectiveLevel", (l, a) -> l.effectiveLevel())
                .value("handlers", l -> new PyList(new ArrayList<Object>(l.handlers)))
                .method("hasHandlers", (l, a) -> {
                    for (Logger k = l; k != null; k = k.propagate ? l.module().parentOf(k) : null) if (!k.handlers.isEmpty()) return true;
                    return false;
                })
                .method("isEnabledFor", (l, a) -> l.enabledFor(Values.toLong(a.expect(1, 1).get(0), "level")))
                .value("level", l -> l.level)
                .method("log", (l, a) -> {
                    l.log(a, Values.toLong(a.get(0), "level"), 1);
                    return null;
                })
                .value("name", l -> l.name)
                .value("parent", l -> l.module().parentOf(l))
                .value("propagate", l -> l.propagate)
                .method("removeHandler", (l, a) -> l.changeHandlers(a, false))
                .method("setLevel", (l, a) -> {
                    long level = level(a.expect(1, 1).get(0));
                    UndoLog.touch(l);
                    l.level = level;
                    return null;
                });

        static { // a method for each level, as logging.debug(...) and the others
            for (String method : List.of("critical", "debug", "error", "exception", "info", "warning", "warn")) ATTRIBUTES.method(method, (l, a) -> {
                l.log(a, levelOf(method), 0);
                return null;
            });
        }

        private LoggingModule module() {
            return LoggingModule.this;
        }

        /** addHandler(h) ({@code add}) or removeHandler(h). */
        private Object changeHandlers(Args a, boolean add) {
            if (!(a.expect(1, 1).get(0) instanceof Handler h)) throw PyError.type("a handler is needed, not " + Values.typeName(a.get(0)));
            UndoLog.touch(this);
            if (!add) handlers.remove(h);
            else if (!handlers.contains(h)) handlers.add(h);
            return null;
        }

        @Override
        public AttributeTable<Logger> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public boolean setAttribute(String attr, Object value) {
            if (!attr.equals("propagate") && !attr.equals("level")) return false;
            UndoLog.touch(this);
            if (attr.equals("level")) level = level(value);
            else propagate = Values.truthy(value);
            return true;
        }

        @Override
        public String toString() {
            return "<" + typeName() + " " + name + " (" + levelName(effectiveLevel()) + ")>";
        }
    }

    /** A StreamHandler (to sys.stderr unless given a stream) or a NullHandler (silent). */
    private static final class Handler implements TabledHostObject, Undoable {
        final Object stream;
        long level;
        Formatter formatter = new Formatter("%(message)s", null);
        boolean silent;

        Handler(Object stream) {
            this.stream = stream;
        }

        boolean accepts(long recordLevel) {
            return !silent && recordLevel >= level;
        }

        void emit(Interpreter in, PyDict record, long recordLevel) {
            if (!accepts(recordLevel)) return;
            String line = formatter.format(record) + (record.containsKey("exc_text") ? "\n" + record.get("exc_text") : "") + "\n";
            if (stream == null) SysModule.STDERR.write(in.printer(), line);
            else if (stream instanceof SysModule.Stream s) s.write(in.printer(), line);
            else in.call(Attributes.get(in, stream, "write"), Arrays.asList(line));
        }

        @Override
        public Runnable snapshot() {
            long savedLevel = level;
            Formatter savedFormatter = formatter;
            return () -> {
                level = savedLevel;
                formatter = savedFormatter;
            };
        }

        @Override
        public String typeName() {
            return silent ? "NullHandler" : "StreamHandler";
        }

        private static final AttributeTable<Handler> ATTRIBUTES = new AttributeTable<Handler>()
                .method("close", (h, a) -> null)
                .method("flush", (h, a) -> null)
                .value("formatter", h -> h.formatter)
                .value("level", h -> h.level)
                .method("setFormatter", (h, a) -> {
                    if (!(a.expect(1, 1).get(0) instanceof Formatter f)) throw PyError.type("a Formatter is needed, not " + Values.typeName(a.get(0)));
                    UndoLog.touch(h);
                    h.formatter = f;
                    return null;
                })
                .method("setLevel", (h, a) -> {
                    long l = level(a.expect(1, 1).get(0));
                    UndoLog.touch(h);
                    h.level = l;
                    return null;
                });

        @Override
        public AttributeTable<Handler> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            return silent ? "<NullHandler (NOTSET)>" : "<StreamHandler <stderr> (" + levelName(level) + ")>";
        }
    }

    /** fmt % record, with %(asctime)s as CPython writes it ("2026-12-02 08:40:01,123", or datefmt by strftime's common codes). */
    private record Formatter(String fmt, String datefmt) implements HostObject {
        String format(PyDict record) {
            if (fmt.contains("%(asctime)")) {
                LocalDateTime now = LocalDateTime.now();
                record.put("asctime", datefmt == null ? now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")) : Strftime.format(datefmt, now, Moment.localZone(LocalDateTime.now(java.time.ZoneOffset.UTC))));
            }
            return Repr.str(Operators.binary(TokenType.PERCENT, fmt, record));
        }

        @Override
        public String typeName() {
            return "Formatter";
        }
    }
}
