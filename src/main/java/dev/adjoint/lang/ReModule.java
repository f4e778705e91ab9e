package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Python's re (CPython 3.11) for str patterns: compile (with CPython's cache), search, match,
 * fullmatch, findall, finditer, split, sub, subn, escape, purge and the flags. ReParser reads
 * Python's syntax and writes Java's; ReScan runs the searches as CPython's do (pos and endpos,
 * empty matches); ReMatch is the match object; ReTemplate the replacement templates.
 */
final class ReModule {
    private ReModule() {}

    static final PyClass PATTERN = PyClass.builtin("Pattern", "re", BuiltinTypes.OBJECT, null);
    static final PyClass MATCH = PyClass.builtin("Match", "re", BuiltinTypes.OBJECT, null);
    /** re's flags in the order CPython's Pattern repr names them. */
    private static final Map<String, Integer> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put("TEMPLATE", 1);
        FLAGS.put("IGNORECASE", ReParser.IGNORECASE);
        FLAGS.put("LOCALE", ReParser.LOCALE);
        FLAGS.put("MULTILINE", ReParser.MULTILINE);
        FLAGS.put("DOTALL", ReParser.DOTALL);
        FLAGS.put("UNICODE", ReParser.UNICODE);
        FLAGS.put("VERBOSE", ReParser.VERBOSE);
        FLAGS.put("DEBUG", ReParser.DEBUG);
        FLAGS.put("ASCII", ReParser.ASCII);
    }

    static {
        Exceptions.named("re.error").method("__init__", a -> { // re.error(msg, pattern=None, pos=None)
            Args bound = a.expect(1, 3, "msg", "pattern", "pos").positionalFrom("msg", "pattern", "pos");
            errorFields((PyInstance) a.self(), Arrays.asList(bound.get(0), bound.option(1, "pattern", null), bound.option(2, "pos", null)));
            return null;
        });
    }

    /** CPython's _MAXCACHE: compiling the same pattern again returns the same object. */
    private static final int MAXCACHE = 512;
    private static final Map<List<Object>, Compiled> CACHE = new LinkedHashMap<>();

    static PyModule create() {
        PyModule m = new PyModule("re");
        m.add("error", Exceptions.named("re.error"));
        Map<String, String> shortNames = Map.of("TEMPLATE", "T", "IGNORECASE", "I", "LOCALE", "L", "MULTILINE", "M", "DOTALL", "S", "UNICODE", "U",
                "VERBOSE", "X", "DEBUG", "DEBUG", "ASCII", "A");
        for (String name : RegexFlag.names()) {
            m.add(name, RegexFlag.named(name));
            m.add(shortNames.get(name), RegexFlag.named(name));
        }
        m.add("NOFLAG", RegexFlag.named("NOFLAG"));
        m.add("Pattern", PATTERN).add("Match", MATCH);
        m.add(Builtin.of("purge", a -> {
            a.expect(0, 0);
            synchronized (CACHE) {
                CACHE.clear();
            }
            return null;
        }));
        m.add(Builtin.of("compile", a -> compiled(a.expect(0, 2, "pattern", "flags").positionalFrom("pattern", "flags").require("pattern"), 1)));
        m.add(Builtin.of("escape", a -> escape(a.expect(1, 1, "pattern").positionalFrom("pattern").get(0))));
        m.add(Builtin.of("search", a -> call(a, "search", "string")));
        m.add(Builtin.of("match", a -> call(a, "match", "string")));
        m.add(Builtin.of("fullmatch", a -> call(a, "fullmatch", "string")));
        m.add(Builtin.of("findall", a -> call(a, "findall", "string")));
        m.add(Builtin.of("finditer", a -> call(a, "finditer", "string")));
        m.add(Builtin.of("split", a -> call(a, "split", "string", "maxsplit")));
        m.add(Builtin.of("sub", a -> call(a, "sub", "repl", "string", "count")));
        m.add(Builtin.of("subn", a -> call(a, "subn", "repl", "string", "count")));
        return m;
    }

    /** re.NAME(pattern, ..., flags=0): the compiled pattern's method with the arguments between. */
    private static Object call(Args a, String name, String... parameters) {
        String[] all = new String[parameters.length + 2];
        all[0] = "pattern";
        System.arraycopy(parameters, 0, all, 1, parameters.length);
        all[all.length - 1] = "flags";
        Args bound = a.expect(0, all.length, all).positionalFrom(all);
        int required = name.startsWith("sub") ? 3 : 2;
        bound.require(Arrays.copyOf(all, required));
        Compiled p = compiled(bound, all.length - 1);
        List<Object> rest = new ArrayList<>(bound.positional().subList(1, Math.min(bound.size(), all.length - 1)));
        return p.call(name, rest, Map.of(), a.interpreter());
    }

    /** The pattern of argument 0 (a str or a compiled pattern) with the flags at position {@code flagsAt} or flags=. */
    private static Compiled compiled(Args a, int flagsAt) {
        Object p = a.get(0);
        long flags = Values.toLong(Values.plain(a.option(flagsAt, "flags", 0L)), "flags");
        if (p instanceof Compiled c) {
            if (flags != 0) throw PyError.value("cannot process flags argument with a compiled pattern");
            return c;
        }
        if (p instanceof PyBytes) throw PyError.notSupported("re with a bytes pattern (adjoint's re reads str patterns)");
        if (!(p instanceof String source)) throw PyError.type("first argument must be string or compiled pattern");
        return Compiled.of(source, (int) flags, message -> a.interpreter().warnAtCall("FutureWarning", message, a.span()));
    }

    /** A Python pattern compiled with re's flags (2 is re.I), for other modules that take patterns (warnings.filterwarnings). */
    static Pattern pattern(String source, int flags) {
        return Compiled.of(source, flags, message -> {}).pattern;
    }

    /** re.error(msg) at {@code pos} of {@code pattern} (no position if pos < 0), printed as CPython's. */
    static PyError error(String msg, String pattern, int pos) {
        if (pos < 0) return new PyError("re.error", msg).withArgs(msg, null, null);
        return new PyError("re.error", errorMessage(msg, pattern, pos)).withArgs(msg, pattern, (long) pos);
    }

    /** "msg at position 3", and "(line 2, column 1)" when the pattern has more than one line. */
    private static String errorMessage(String msg, String pattern, int pos) {
        String out = msg + " at position " + pos;
        if (pattern.indexOf('\n') < 0) return out;
        long[] place = lineAndColumn(pattern, pos);
        return out + " (line " + place[0] + ", column " + place[1] + ")";
    }

    /** The line and column (from 1) of code point {@code pos} of a pattern. */
    private static long[] lineAndColumn(String pattern, int pos) {
        int[] cps = pattern.codePoints().toArray();
        int line = 1, lineStart = 0;
        for (int i = 0; i < Math.min(pos, cps.length); i++)
            if (cps[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        return new long[] {line, pos - lineStart + 1};
    }

    /** re.error's msg, pattern, pos, lineno and colno (None without a position), its args the whole message. */
    static void errorFields(PyInstance ex, List<?> given) {
        Object msg = given.get(0), pattern = given.size() > 1 ? given.get(1) : null, pos = given.size() > 2 ? given.get(2) : null;
        ex.setOwn("msg", msg);
        ex.setOwn("pattern", pattern);
        ex.setOwn("pos", pos);
        boolean placed = pattern instanceof String && pos != null;
        int at = placed ? (int) Values.toLong(pos, "pos") : 0;
        long[] place = placed ? lineAndColumn((String) pattern, at) : null;
        ex.setOwn("args", Values.tuple(placed ? errorMessage(Repr.str(msg), (String) pattern, at) : msg));
        ex.setOwn("lineno", placed ? (Object) place[0] : null);
        ex.setOwn("colno", placed ? (Object) place[1] : null);
    }

    /** re.escape: CPython 3.7+'s special characters only get a backslash. */
    static String escape(Object v) {
        if (!(v instanceof String s)) throw PyError.type("decoding to str: need a bytes-like object, " + Values.typeName(v) + " found");
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) out.append('\\');
            out.appendCodePoint(c);
        });
        return out.toString();
    }

    /** A compiled pattern: re.compile's value, printed re.compile('\\w+'). */
    static final class Compiled implements TabledHostObject, HashedByValue {
        final String source;
        final int flags;
        final ReParser.Result parsed;
        final Pattern pattern;
        private Pattern advancing;

        private Compiled(String source, ReParser.Result parsed, Pattern pattern) {
            this.source = source;
            this.flags = parsed.flags();
            this.parsed = parsed;
            this.pattern = pattern;
        }

        static Compiled of(String source, int flags, java.util.function.Consumer<String> futureWarning) {
            List<Object> key = List.of(source, flags);
            synchronized (CACHE) {
                Compiled c = CACHE.get(key);
                if (c != null) return c;
            }
            if ((flags & ReParser.DEBUG) != 0) throw PyError.notSupported("re.DEBUG (CPython's dump of the compiled pattern)");
            ReParser.Result parsed = ReParser.parse(source, flags, futureWarning);
            if ((parsed.flags() & 1) != 0) throw PyError.notSupported("re.TEMPLATE (deprecated; CPython 3.11's matching without backtracking)");
            Compiled c = new Compiled(source, parsed, javaPattern(parsed.java(), parsed.javaFlags()));
            synchronized (CACHE) {
                if (CACHE.size() >= MAXCACHE) CACHE.remove(CACHE.keySet().iterator().next());
                CACHE.put(key, c);
            }
            return c;
        }

        private static Pattern javaPattern(String java, int flags) {
            try {
                return Pattern.compile(java, flags);
            } catch (PatternSyntaxException e) { // what Python accepts and Java's regex cannot hold (a group reference in a look-behind)
                throw new PyError("re.error", "adjoint cannot run this pattern on Java's regular expressions: " + e.getDescription());
            }
        }

        /** The pattern that must not match empty where the search starts: CPython's next search after an empty match. */
        Pattern advancing() {
            if (advancing == null) advancing = javaPattern("(?:" + parsed.java() + ")(?!\\G)", parsed.javaFlags());
            return advancing;
        }

        int groups() {
            return parsed.groups();
        }

        /** search, match, ... with their arguments after the pattern's. */
        Object call(String name, List<Object> args, Map<String, Object> keywords, Interpreter interpreter) {
            Args a = new Args(name, args, keywords, null, interpreter);
            switch (name) {
                case "search", "match", "fullmatch", "findall", "finditer" -> {
                    a = a.expect(0, 3, "string", "pos", "endpos").positionalFrom("string", "pos", "endpos").require("string");
                    ReScan scan = new ReScan(this, text(a.get(0)), index(a.option(1, "pos", 0L)), index(a.option(2, "endpos", Long.MAX_VALUE)));
                    return switch (name) {
                        case "search" -> scan.search();
                        case "match" -> scan.match(false);
                        case "fullmatch" -> scan.match(true);
                        case "findall" -> scan.findall();
                        default -> new PyIterator("callable_iterator", scan);
                    };
                }
                case "split" -> {
                    a = a.expect(0, 2, "string", "maxsplit").positionalFrom("string", "maxsplit").require("string");
                    return new ReScan(this, text(a.get(0)), 0, Long.MAX_VALUE).split(index(a.option(1, "maxsplit", 0L)));
                }
                default -> { // sub, subn
                    a = a.expect(0, 3, "repl", "string", "count").positionalFrom("repl", "string", "count").require("repl", "string");
                    Object repl = a.get(0);
                    String text = text(a.get(1));
                    long count = index(a.option(2, "count", 0L));
                    ReScan scan = new ReScan(this, text, 0, Long.MAX_VALUE);
                    Object[] done = scan.sub(replacement(repl, interpreter), count);
                    return name.equals("sub") ? done[0] : Values.tuple(done[0], done[1]);
                }
            }
        }

        /** A replacement: a template string (read once, its errors before any search) or a function of the match (None adds nothing). */
        private java.util.function.Function<ReMatch, Object> replacement(Object repl, Interpreter interpreter) {
            if (repl instanceof String r) {
                if (r.indexOf('\\') < 0) return m -> r;
                ReTemplate t = ReTemplate.parse(r, groups(), parsed.groupIndex());
                return m -> t.expand(m::groupText);
            }
            if (repl instanceof PyBytes) return m -> repl; // a bytes template, refused where the pieces are joined as CPython does
            if (!Values.callable(repl)) throw PyError.type("decoding to str: need a bytes-like object, " + Values.typeName(repl) + " found");
            return m -> interpreter.call(repl, List.of(m));
        }

        private static long index(Object v) {
            Object p = Values.plain(v) instanceof RegexFlag f ? f.value() : Values.plain(v); // re.sub(p, r, s, re.M): count 8, as in CPython
            if (!PyNumbers.isInt(p)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
            return Values.toLong(p, "index");
        }

        static String text(Object v) {
            if (v instanceof PyBytes) throw PyError.type("cannot use a string pattern on a bytes-like object");
            if (!(v instanceof String s)) throw PyError.type("expected string or bytes-like object, got '" + Values.typeName(v) + "'");
            return s;
        }

        @Override
        public String typeName() {
            return "re.Pattern";
        }

        @Override
        public PyClass pyClass() {
            return PATTERN;
        }

        private static final AttributeTable<Compiled> ATTRIBUTES = new AttributeTable<Compiled>()
                .value("flags", c -> (long) c.flags)
                .value("groups", c -> (long) c.groups())
                .value("groupindex", c -> {
                    PyDict d = new PyDict();
                    c.parsed.groupIndex().forEach((k, v) -> d.put(k, (long) v));
                    return d;
                })
                .value("pattern", c -> c.source);

        static {
            for (String name : List.of("search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn"))
                ATTRIBUTES.method(name, (c, a) -> c.call(name, a.positional(), a.keywords(), a.interpreter()));
        }

        @Override
        public AttributeTable<Compiled> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Compiled c && c.source.equals(source) && c.flags == flags;
        }

        @Override
        public int hashCode() {
            return source.hashCode() * 31 + flags;
        }

        /** CPython's repr: the pattern's repr (at most 200 characters) and the flags but UNICODE, which a str pattern has anyway. */
        @Override
        public String toString() {
            int shown = (flags & (ReParser.LOCALE | ReParser.UNICODE | ReParser.ASCII)) == ReParser.UNICODE ? flags & ~ReParser.UNICODE : flags;
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, Integer> f : FLAGS.entrySet())
                if ((shown & f.getValue()) != 0) {
                    names.add("re." + f.getKey());
                    shown &= ~f.getValue();
                }
            if (shown != 0) names.add("0x" + Integer.toHexString(shown));
            return "re.compile(" + truncated(Repr.repr(source), 200) + (names.isEmpty() ? "" : ", " + String.join("|", names)) + ")";
        }
    }

    /** The first {@code n} code points of a repr, as CPython's %.200R. */
    static String truncated(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }
}
