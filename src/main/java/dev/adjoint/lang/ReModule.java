package dev.adjoint.lang;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Python's re on Java's regular expressions, for what a text-processing exercise uses: compile,
 * search, match, fullmatch, findall, finditer, sub, subn, split, escape and the flags I, M, S, X;
 * match objects with group, groups, groupdict, start, end and span. Python's spellings are
 * translated ((?P<name>...), (?P=name), \1 and \g<name> in replacements); \w, \d and \s are
 * Unicode-aware, as in Python 3. A pattern Java cannot read is re.error with Java's description.
 */
final class ReModule {
    private ReModule() {}

    private static final PyClass PATTERN = PyClass.builtin("Pattern", "re", BuiltinTypes.OBJECT, null);
    private static final PyClass MATCH = PyClass.builtin("Match", "re", BuiltinTypes.OBJECT, null);
    private static final Map<String, Integer> FLAGS = Map.of("IGNORECASE", 2, "MULTILINE", 8, "DOTALL", 16, "VERBOSE", 64, "ASCII", 256);

    static PyModule create() {
        PyModule m = new PyModule("re");
        m.add("error", Exceptions.named("re.error"));
        Map<String, String> shortNames = Map.of("IGNORECASE", "I", "MULTILINE", "M", "DOTALL", "S", "VERBOSE", "X", "ASCII", "A");
        for (Map.Entry<String, Integer> f : FLAGS.entrySet()) {
            m.add(f.getKey(), (long) f.getValue());
            m.add(shortNames.get(f.getKey()), (long) f.getValue());
        }
        m.add("UNICODE", 32L).add("U", 32L).add("NOFLAG", 0L).add("LOCALE", 4L).add("L", 4L).add("DEBUG", 128L);
        m.add("Pattern", PATTERN).add("Match", MATCH);
        m.add(Builtin.of("purge", a -> {
            a.expect(0, 0);
            return null; // adjoint keeps no cache of compiled patterns
        }));
        m.add(Builtin.of("compile", a -> compiled(a.expect(1, 2, "pattern", "flags"), 1)));
        m.add(Builtin.of("escape", a -> {
            String s = a.expect(1, 1).string(0);
            StringBuilder out = new StringBuilder();
            s.codePoints().forEach(c -> {
                if (c < 128 && !Character.isLetterOrDigit(c) && c != '_') out.append('\\');
                out.appendCodePoint(c);
            });
            return out.toString();
        }));
        for (String name : List.of("search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn"))
            m.add(Builtin.of(name, a -> {
                int textAt = name.startsWith("sub") ? 2 : 1;
                int flagsAt = name.startsWith("sub") ? 4 : name.equals("split") ? 3 : 2; // after count= / maxsplit=
                a.expect(textAt + 1, flagsAt + 1, "flags", "count", "maxsplit");
                Compiled p = compiled(a, flagsAt);
                List<Object> rest = new ArrayList<>(a.positional().subList(1, Math.min(a.size(), textAt + 1)));
                return p.call(name, rest, a);
            }));
        return m;
    }

    /** The pattern of argument 0 (a str or a compiled pattern) with the flags at position {@code flagsAt} or flags=. */
    private static Compiled compiled(Args a, int flagsAt) {
        Object p = a.get(0);
        if (p instanceof Compiled c) return c;
        if (!(p instanceof String source)) throw PyError.type("first argument must be string or compiled pattern");
        Object f = a.option(flagsAt, "flags", 0L);
        return Compiled.of(source, (int) Values.toLong(f, "flags"));
    }

    /** A Python pattern compiled with re's flags (2 is re.I), for other modules that take patterns (warnings.filterwarnings). */
    static Pattern pattern(String source, int flags) {
        return Compiled.of(source, flags).pattern;
    }

    /** Python's pattern syntax in Java's: named groups and their back references. */
    private static String javaPattern(String source) {
        return source.replace("(?P<", "(?<").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>");
    }

    /** A compiled pattern: re.compile's value, printed re.compile('\\w+'). */
    static final class Compiled implements TabledHostObject {
        private final String source;
        private final int flags;
        private final Pattern pattern;

        private Compiled(String source, int flags, Pattern pattern) {
            this.source = source;
            this.flags = flags;
            this.pattern = pattern;
        }

        static Compiled of(String source, int flags) {
            int java = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
            if ((flags & 4) != 0) throw PyError.value("cannot use LOCALE flag with a str pattern");
            if ((flags & 128) != 0) throw PyError.notSupported("re.DEBUG (CPython's dump of the compiled pattern)");
            if ((flags & 256) != 0 && (flags & 32) != 0) throw PyError.value("ASCII and UNICODE flags are incompatible");
            if ((flags & 256) != 0) java = 0;
            if ((flags & 2) != 0) java |= Pattern.CASE_INSENSITIVE;
            if ((flags & 8) != 0) java |= Pattern.MULTILINE;
            if ((flags & 16) != 0) java |= Pattern.DOTALL;
            if ((flags & 64) != 0) java |= Pattern.COMMENTS;
            try {
                return new Compiled(source, flags, Pattern.compile(javaPattern(source), java));
            } catch (PatternSyntaxException e) {
                throw new PyError("re.error", e.getDescription() + " at position " + Math.max(0, e.getIndex()));
            }
        }

        /** search, match, ... with the text (and repl) in {@code args}. */
        Object call(String name, List<Object> args, Args a) {
            switch (name) {
                case "search", "match", "fullmatch" -> {
                    String text = text(args.get(0));
                    Matcher m = pattern.matcher(text);
                    boolean found = name.equals("search") ? m.find() : name.equals("match") ? m.lookingAt() : m.matches();
                    return found ? new MatchValue(this, text, m.toMatchResult()) : null;
                }
                case "findall" -> {
                    String text = text(args.get(0));
                    PyList out = new PyList();
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        dev.adjoint.ndarray.ComputationInterrupted.poll();
                        if (m.groupCount() == 0) out.add(m.group());
                        else if (m.groupCount() == 1) out.add(orEmpty(m.group(1)));
                        else {
                            List<Object> groups = new ArrayList<>();
                            for (int g = 1; g <= m.groupCount(); g++) groups.add(orEmpty(m.group(g)));
                            out.add(Values.tuple(groups));
                        }
                    }
                    return out;
                }
                case "finditer" -> {
                    String text = text(args.get(0));
                    Matcher m = pattern.matcher(text);
                    List<Object> all = new ArrayList<>();
                    while (m.find()) all.add(new MatchValue(this, text, m.toMatchResult()));
                    return new PyIterator("callable_iterator", all.iterator());
                }
                case "split" -> {
                    String text = text(args.get(0));
                    long max = Values.toLong(a.option(2, "maxsplit", 0L), "maxsplit");
                    PyList out = new PyList();
                    Matcher m = pattern.matcher(text);
                    int last = 0, n = 0;
                    while ((max == 0 || n < max) && m.find()) {
                        out.add(text.substring(last, m.start()));
                        for (int g = 1; g <= m.groupCount(); g++) out.add(m.group(g));
                        last = m.end();
                        n++;
                    }
                    out.add(text.substring(last));
                    return out;
                }
                default -> { // sub, subn
                    Object repl = args.get(0);
                    String text = text(args.get(1));
                    long max = Values.toLong(a.option(3, "count", 0L), "count");
                    Matcher m = pattern.matcher(text);
                    StringBuilder out = new StringBuilder();
                    int last = 0;
                    long n = 0;
                    while ((max == 0 || n < max) && m.find()) {
                        out.append(text, last, m.start());
                        if (repl instanceof String r) out.append(expand(r, m));
                        else out.append(text(a.interpreter().call(repl, Arrays.asList(new MatchValue(this, text, m.toMatchResult())))));
                        last = m.end();
                        n++;
                    }
                    out.append(text.substring(last));
                    return name.equals("sub") ? out.toString() : Values.tuple(out.toString(), n);
                }
            }
        }

        private static String text(Object v) {
            if (!(v instanceof String s)) throw PyError.type("expected string or bytes-like object, got '" + Values.typeName(v) + "'");
            return s;
        }

        private static Object orEmpty(String s) {
            return s == null ? "" : s;
        }

        /** A replacement template: \1, \g<1>, \g<name>, and \n \t \\ escapes. */
        static String expand(String template, Matcher m) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c != '\\' || i + 1 == template.length()) {
                    out.append(c);
                    continue;
                }
                char d = template.charAt(++i);
                if (Character.isDigit(d)) {
                    int j = i;
                    while (j + 1 < template.length() && Character.isDigit(template.charAt(j + 1)) && j - i < 1) j++;
                    out.append(orEmpty(m.group(Integer.parseInt(template.substring(i, j + 1)))));
                    i = j;
                } else if (d == 'g' && i + 1 < template.length() && template.charAt(i + 1) == '<') {
                    int close = template.indexOf('>', i);
                    String g = template.substring(i + 2, close);
                    out.append(orEmpty(g.chars().allMatch(Character::isDigit) ? m.group(Integer.parseInt(g)) : m.group(g)));
                    i = close;
                } else {
                    out.append(switch (d) {
                        case 'n' -> "\n";
                        case 't' -> "\t";
                        case '\\' -> "\\";
                        default -> "\\" + d;
                    });
                }
            }
            return out.toString();
        }

        @Override
        public String typeName() {
            return "re.Pattern";
        }

        @Override
        public PyClass pyClass() {
            return PATTERN;
        }

        /** Its attributes: flags, pattern and the module's functions as methods, the pattern their first argument. */
        private static final AttributeTable<Compiled> ATTRIBUTES = new AttributeTable<Compiled>()
                .value("flags", c -> (long) c.flags)
                .value("pattern", c -> c.source);

        static {
            for (String name : List.of("search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn"))
                ATTRIBUTES.method(name, (c, a) -> {
                    int texts = name.startsWith("sub") ? 2 : 1;
                    a.expect(texts, texts + 1, "count", "maxsplit");
                    return c.call(name, a.positional().subList(0, texts), new Args(name, c.prepend(a.positional()), a.keywords(), a.span(), a.interpreter()));
                });
        }

        @Override
        public AttributeTable<Compiled> attributeTable() {
            return ATTRIBUTES;
        }

        private List<Object> prepend(List<Object> args) {
            List<Object> out = new ArrayList<>();
            out.add(this);
            out.addAll(args);
            return out;
        }

        @Override
        public String toString() {
            StringBuilder names = new StringBuilder();
            for (String f : List.of("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII"))
                if ((flags & FLAGS.get(f)) != 0) names.append(names.length() > 0 ? "|" : "").append("re.").append(f);
            return "re.compile(" + Repr.repr(source) + (names.length() > 0 ? ", " + names : "") + ")";
        }
    }

    /** A match: group(), groups(), groupdict(), start(), end(), span(), m[1]. */
    static final class MatchValue implements TabledHostObject, Subscriptable {
        private final Compiled pattern;
        private final String text;
        private final java.util.regex.MatchResult m;

        MatchValue(Compiled pattern, String text, java.util.regex.MatchResult m) {
            this.pattern = pattern;
            this.text = text;
            this.m = m;
        }

        private Object group(Object which) {
            Object w = Values.plain(which);
            try {
                return w instanceof String name ? named(name) : m.group((int) Values.toLong(w, "group"));
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw PyError.index("no such group");
            }
        }

        private String named(String name) {
            Matcher again = pattern.pattern.matcher(text);
            again.region(m.start(), text.length());
            if (!again.lookingAt() && !again.find()) throw PyError.index("no such group");
            return again.group(name);
        }

        private long index(int utf16) {
            return text.codePointCount(0, utf16);
        }

        @Override
        public Object getItem(Object key) {
            return group(key);
        }

        @Override
        public String typeName() {
            return "re.Match";
        }

        @Override
        public PyClass pyClass() {
            return MATCH;
        }

        private static final AttributeTable<MatchValue> ATTRIBUTES = new AttributeTable<MatchValue>()
                .method("end", (x, a) -> x.index(x.m.end(a.expect(0, 1).size() == 0 ? 0 : (int) Values.toLong(a.get(0), "group"))))
                .value("endpos", x -> (long) x.text.codePointCount(0, x.text.length()))
                .method("expand", (x, a) -> {
                    Matcher again = x.pattern.pattern.matcher(x.text);
                    again.region(x.m.start(), x.text.length());
                    if (!again.lookingAt()) again.find();
                    return Compiled.expand(a.expect(1, 1, "template").string(0), again);
                })
                .method("group", (x, a) -> {
                    if (a.size() == 0) return x.m.group();
                    if (a.size() == 1) return x.group(a.get(0));
                    List<Object> out = new ArrayList<>();
                    for (Object w : a.positional()) out.add(x.group(w));
                    return Values.tuple(out);
                })
                .method("groupdict", (x, a) -> {
                    a.expect(0, 0);
                    PyDict d = new PyDict();
                    Matcher names = Pattern.compile("\\(\\?P?<([a-zA-Z_]\\w*)>").matcher(x.pattern.source);
                    while (names.find()) d.put(names.group(1), x.named(names.group(1)));
                    return d;
                })
                .method("groups", (x, a) -> {
                    Object absent = a.expect(0, 1, "default").option(0, "default", null);
                    List<Object> out = new ArrayList<>();
                    for (int g = 1; g <= x.m.groupCount(); g++) out.add(x.m.group(g) == null ? absent : x.m.group(g));
                    return Values.tuple(out);
                })
                .value("lastgroup", x -> x.lastIndex() == 0 ? null : x.groupNames().get(x.lastIndex()))
                .value("lastindex", x -> x.lastIndex() == 0 ? null : (Object) (long) x.lastIndex())
                .value("pos", x -> 0L)
                .value("re", x -> x.pattern)
                .method("span", (x, a) -> {
                    int g = a.expect(0, 1).size() == 0 ? 0 : (int) Values.toLong(a.get(0), "group");
                    return Values.tuple(x.index(x.m.start(g)), x.index(x.m.end(g)));
                })
                .method("start", (x, a) -> x.index(x.m.start(a.expect(0, 1).size() == 0 ? 0 : (int) Values.toLong(a.get(0), "group"))))
                .value("string", x -> x.text);

        @Override
        public AttributeTable<MatchValue> attributeTable() {
            return ATTRIBUTES;
        }

        /** The group that closed last (CPython's lastindex): the matched group ending last, the outer one of groups ending together; 0 if none matched. */
        private int lastIndex() {
            int last = 0;
            for (int g = 1; g <= m.groupCount(); g++) if (m.start(g) >= 0 && (last == 0 || m.end(g) > m.end(last))) last = g;
            return last;
        }

        /** The names of the named groups by their numbers, read from the pattern's source. */
        private Map<Integer, String> groupNames() {
            Map<Integer, String> names = new java.util.HashMap<>();
            String src = pattern.source;
            int group = 0;
            boolean inClass = false;
            for (int i = 0; i < src.length(); i++) {
                char c = src.charAt(i);
                if (c == '\\') i++;
                else if (inClass) inClass = c != ']';
                else if (c == '[') inClass = true;
                else if (c == '(') {
                    boolean special = i + 1 < src.length() && src.charAt(i + 1) == '?';
                    Matcher named = Pattern.compile("\\(\\?P?<([a-zA-Z_]\\w*)>").matcher(src).region(i, src.length());
                    if (named.lookingAt()) names.put(++group, named.group(1));
                    else if (!special) group++;
                }
            }
            return names;
        }

        @Override
        public String toString() {
            return "<re.Match object; span=(" + index(m.start()) + ", " + index(m.end()) + "), match=" + Repr.repr(m.group()) + ">";
        }
    }
}
