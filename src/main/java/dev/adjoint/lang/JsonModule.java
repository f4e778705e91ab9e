package dev.adjoint.lang;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's json: dumps/dump and loads/load as CPython 3.11 writes and reads (its separators,
 * indent, sort_keys, ensure_ascii escapes, skipkeys, allow_nan, NaN and Infinity, the "keys must
 * be str..." and "not JSON serializable" TypeErrors, JSONDecodeError's "Expecting value: line 1
 * column 1 (char 0)" and its msg, doc, pos, lineno and colno), default= and a JSONEncoder subclass's default(), loads' object_hook,
 * object_pairs_hook, parse_float, parse_int and parse_constant, and JSONDecoder.
 */
final class JsonModule {
    private JsonModule() {}

    static final String DECODE_ERROR = "json.decoder.JSONDecodeError";

    /** The options dumps and JSONEncoder take, in JSONEncoder's order. */
    private static final String[] ENCODER_OPTIONS = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators",
            "default"};
    private static final String[] DECODER_OPTIONS = {"object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"};

    static {
        Exceptions.named(DECODE_ERROR).method("__init__", a -> { // JSONDecodeError(msg, doc, pos)
            decodeFields((PyInstance) a.self(), a.positional());
            return null;
        });
    }

    /** JSONDecodeError(msg, doc, pos): CPython's errmsg, its args' one item; lines and columns counted from 1. */
    private static String decodeMessage(String msg, String doc, long pos) {
        return msg + ": line " + lineno(doc, pos) + " column " + colno(doc, pos) + " (char " + pos + ")";
    }

    private static long lineno(String doc, long pos) {
        long n = 1;
        for (int i = 0; i < Math.min(pos, doc.length()); i++) if (doc.charAt(i) == '\n') n++;
        return n;
    }

    private static long colno(String doc, long pos) {
        return pos - doc.lastIndexOf('\n', (int) Math.min(pos, doc.length()) - 1);
    }

    /**
     * The attributes CPython's JSONDecodeError.__init__ sets (msg, doc, pos, lineno, colno) and its
     * args, the message alone: for one json.loads raised and for one made by JSONDecodeError(msg, doc, pos).
     */
    static void decodeFields(PyInstance ex, List<?> given) {
        if (given.size() > 3) throw PyError.type("JSONDecodeError.__init__() takes 4 positional arguments but " + (given.size() + 1) + " were given");
        if (given.size() < 3)
            throw Interpreter.missingArguments("JSONDecodeError.__init__()", "positional", new ArrayList<>(List.of("msg", "doc", "pos").subList(given.size(), 3)));
        Object msg = given.get(0), doc = given.get(1), pos = Values.plain(given.get(2));
        if (!(doc instanceof String text)) throw PyError.attribute("'" + Values.typeName(doc) + "' object has no attribute 'count'");
        if (!PyNumbers.isInt(pos)) throw PyError.type("slice indices must be integers or None or have an __index__ method");
        long at = Values.toLong(pos, "pos");
        ex.setOwn("args", Values.tuple(decodeMessage(Repr.str(msg), text, at)));
        ex.setOwn("msg", msg);
        ex.setOwn("doc", doc);
        ex.setOwn("pos", pos);
        ex.setOwn("lineno", lineno(text, at));
        ex.setOwn("colno", colno(text, at));
    }

    static PyModule create() {
        PyModule m = new PyModule("json");
        PyClass encoder = encoderClass(), decoder = decoderClass();
        m.add(Builtin.of("dumps", a -> dumps(a.expect(1, 1, concat(ENCODER_OPTIONS, "cls")))));
        m.add(Builtin.of("dump", a -> { // json.dump(obj, fp): the text written to fp (io.StringIO, sys.stdout, an open file)
            a.expect(2, 2, concat(ENCODER_OPTIONS, "cls"));
            String text = dumps(a);
            a.interpreter().call(Attributes.get(a.interpreter(), a.get(1), "write"), List.of(text));
            return null;
        }));
        m.add(Builtin.of("loads", a -> loads(a.expect(1, 1, concat(DECODER_OPTIONS, "cls")), a.get(0))));
        m.add(Builtin.of("load", a -> { // json.load(f): the file's whole text
            a.expect(1, 1, concat(DECODER_OPTIONS, "cls"));
            Object text = a.interpreter().call(Attributes.get(a.interpreter(), a.get(0), "read"), List.of());
            return loads(a, text);
        }));
        m.add("JSONEncoder", encoder).add("JSONDecoder", decoder);
        m.add("JSONDecodeError", Exceptions.named(DECODE_ERROR));
        return m;
    }

    private static String[] concat(String[] names, String more) {
        String[] all = Arrays.copyOf(names, names.length + 1);
        all[names.length] = more;
        return all;
    }

    /** dumps(obj, **options): cls=E makes E(**options) and asks its encode(obj), so a subclass's default() is used. */
    private static String dumps(Args a) {
        Object cls = a.keyword("cls");
        java.util.Map<String, Object> options = new java.util.LinkedHashMap<>(a.keywords());
        options.remove("cls");
        if (cls == null) return Writer.of(options, null, a.interpreter()).encode(a.get(0));
        Object encoder = ((Callable) cls).call(a.interpreter(), List.of(), options, a.span());
        Object text = a.interpreter().call(Attributes.get(a.interpreter(), encoder, "encode"), Arrays.asList(a.get(0)));
        return (String) text;
    }

    /** loads(s, **hooks): cls=D makes D(**hooks) and asks its decode(s). */
    private static Object loads(Args a, Object text) {
        if (text instanceof PyBytes b) text = new String(b.data(), java.nio.charset.StandardCharsets.UTF_8);
        if (!(text instanceof String s)) throw PyError.type("the JSON object must be str, bytes or bytearray, not " + Values.typeName(text));
        Object cls = a.keyword("cls");
        java.util.Map<String, Object> options = new java.util.LinkedHashMap<>(a.keywords());
        options.remove("cls");
        if (cls == null) return new Reader(s, Hooks.of(options::get, a.interpreter())).document();
        Object decoder = ((Callable) cls).call(a.interpreter(), List.of(), options, a.span());
        return a.interpreter().call(Attributes.get(a.interpreter(), decoder, "decode"), Arrays.asList(s));
    }

    /**
     * json.JSONEncoder: its options kept as CPython keeps them (skipkeys, ensure_ascii, ...,
     * item_separator, key_separator, indent), encode(o), and default(o), which a subclass
     * overrides to turn what JSON lacks (a set, a tensor) into what it has.
     */
    private static PyClass encoderClass() {
        PyClass cls = PyClass.library("JSONEncoder", "json.encoder", null);
        cls.method("__init__", a -> {
            keywordsOnly(a, "JSONEncoder", ENCODER_OPTIONS);
            PyInstance self = (PyInstance) a.self();
            java.util.Map<String, Object> options = new java.util.HashMap<>(a.keywords());
            Writer w = Writer.of(options, null, a.interpreter());
            self.setOwn("skipkeys", w.skipKeys);
            self.setOwn("ensure_ascii", w.ascii);
            self.setOwn("check_circular", options.containsKey("check_circular") ? Values.truthy(options.get("check_circular")) : true);
            self.setOwn("allow_nan", w.allowNan);
            self.setOwn("sort_keys", w.sortKeys);
            self.setOwn("indent", options.get("indent"));
            self.setOwn("item_separator", w.item);
            self.setOwn("key_separator", w.key);
            if (options.get("default") != null) self.setOwn("default", options.get("default"));
            return null;
        });
        cls.method("default", a -> {
            throw notSerializable(a.expect(1, 1).get(0));
        });
        cls.method("encode", a -> {
            PyInstance self = (PyInstance) a.self();
            Interpreter in = a.interpreter();
            java.util.Map<String, Object> options = new java.util.HashMap<>();
            for (String name : new String[] {"skipkeys", "ensure_ascii", "allow_nan", "sort_keys", "indent"})
                options.put(name, Attributes.get(in, self, name));
            options.put("separators", Values.tuple(Attributes.get(in, self, "item_separator"), Attributes.get(in, self, "key_separator")));
            return Writer.of(options, Attributes.get(in, self, "default"), in).encode(a.expect(1, 1).get(0));
        });
        return cls;
    }

    /** json.JSONDecoder: decode(s) and raw_decode(s, idx=0) with the hooks it was made with. */
    private static PyClass decoderClass() {
        PyClass cls = PyClass.library("JSONDecoder", "json.decoder", null);
        cls.method("__init__", a -> {
            keywordsOnly(a, "JSONDecoder", DECODER_OPTIONS);
            PyInstance self = (PyInstance) a.self();
            for (String name : DECODER_OPTIONS) self.setOwn(name, name.equals("strict") ? (Object) a.flag("strict", true) : a.keyword(name));
            return null;
        });
        cls.method("decode", a -> {
            Object s = a.expect(1, 1).get(0);
            if (!(s instanceof String text)) throw PyError.type("the JSON object must be str, bytes or bytearray, not " + Values.typeName(s));
            return new Reader(text, hooks(a)).document();
        });
        cls.method("raw_decode", a -> {
            a.expect(1, 2, "idx");
            if (!(a.get(0) instanceof String text)) throw PyError.type("first argument must be a string, not " + Values.typeName(a.get(0)));
            Reader r = new Reader(text, hooks(a));
            r.at = a.integer(1, "idx", 0);
            Object v = r.valueAt();
            return Values.tuple(v, (long) r.at);
        });
        return cls;
    }

    /** A constructor of keyword-only options: CPython's TypeErrors name the class's __init__. */
    private static void keywordsOnly(Args a, String cls, String[] options) {
        if (a.size() > 0) throw PyError.type(cls + ".__init__() takes 1 positional argument but " + (a.size() + 1) + " were given");
        for (String k : a.keywords().keySet())
            if (!Arrays.asList(options).contains(k)) throw PyError.type(cls + ".__init__() got an unexpected keyword argument '" + k + "'");
    }

    private static Hooks hooks(Args a) {
        PyInstance self = (PyInstance) a.self();
        return Hooks.of(name -> Attributes.get(a.interpreter(), self, name), a.interpreter());
    }

    /** What loads' hooks make of objects, floats, ints and NaN/Infinity (null: the plain value). */
    private record Hooks(Object object, Object pairs, Object parseFloat, Object parseInt, Object parseConstant, Interpreter in) {
        static Hooks of(java.util.function.Function<String, Object> option, Interpreter in) {
            return new Hooks(option.apply("object_hook"), option.apply("object_pairs_hook"), option.apply("parse_float"), option.apply("parse_int"),
                    option.apply("parse_constant"), in);
        }

        Object object(List<Object[]> members) {
            if (pairs != null) {
                PyList list = new PyList();
                for (Object[] kv : members) list.add(Values.tuple(kv[0], kv[1]));
                return in.call(pairs, Arrays.asList(list));
            }
            PyDict d = new PyDict();
            for (Object[] kv : members) d.put(kv[0], kv[1]);
            return object == null ? d : in.call(object, Arrays.asList(d));
        }

        Object number(String text, boolean integer) {
            Object hook = integer ? parseInt : parseFloat;
            if (hook != null) return in.call(hook, Arrays.asList(text));
            return integer ? PyNumbers.normalize(new BigInteger(text)) : (Object) Double.parseDouble(text);
        }

        Object constant(String name, double value) {
            return parseConstant == null ? value : in.call(parseConstant, Arrays.asList(name));
        }
    }

    /** CPython's encoder, one value at a time; nesting is bounded by the values themselves (a cycle is refused). */
    /** CPython's TypeError names the type by its __name__ (int64, not numpy.int64). */
    private static PyError notSerializable(Object o) {
        return PyError.type("Object of type " + BuiltinTypes.of(o).name() + " is not JSON serializable");
    }

    private static final class Writer {
        final StringBuilder out = new StringBuilder();
        final String step, item, key;
        final boolean sortKeys, ascii, skipKeys, allowNan;
        final Object fallback;
        final Interpreter in;
        final java.util.Set<Object> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        private Writer(String step, String item, String key, boolean[] flags, Object fallback, Interpreter in) {
            this.step = step;
            this.item = item;
            this.key = key;
            this.sortKeys = flags[0];
            this.ascii = flags[1];
            this.skipKeys = flags[2];
            this.allowNan = flags[3];
            this.fallback = fallback;
            this.in = in;
        }

        /** A writer of dumps' options (indent, separators, sort_keys, ...); {@code fallback} is default() when the options give none. */
        static Writer of(java.util.Map<String, Object> options, Object fallback, Interpreter in) {
            Object indent = options.get("indent");
            String step = indent == null ? null : indent instanceof String s ? s : " ".repeat(Math.max(0, Values.toInt(indent, "indent")));
            Object separators = options.get("separators");
            String item = step == null ? ", " : ",", key = ": ";
            if (separators != null) {
                List<Object> pair = Values.items(separators);
                if (pair.size() != 2) throw PyError.value("too many values to unpack (expected 2)");
                item = Repr.str(pair.get(0));
                key = Repr.str(pair.get(1));
            }
            boolean[] flags = {flag(options, "sort_keys", false), flag(options, "ensure_ascii", true), flag(options, "skipkeys", false),
                    flag(options, "allow_nan", true)};
            Object given = options.get("default");
            return new Writer(step, item, key, flags, given != null ? given : fallback, in);
        }

        private static boolean flag(java.util.Map<String, Object> options, String name, boolean absent) {
            return options.containsKey(name) ? Values.truthy(options.get(name)) : absent;
        }

        String encode(Object v) {
            value(v, 0);
            return out.toString();
        }

        void value(Object v, int depth) {
            v = Values.plain(v);
            if (v instanceof PyInstance i && (i.value() instanceof PyDict || i.value() instanceof List || i.value() instanceof String || PyNumbers.isNumber(i.value())))
                v = i.value(); // a dict, list, str or int subclass's object is written as its value, as CPython's encoder does
            if (v == null) out.append("null");
            else if (v instanceof Boolean b) out.append(b ? "true" : "false");
            else if (v instanceof Long || v instanceof BigInteger) out.append(v);
            else if (v instanceof Double d) out.append(checked(d));
            else if (v instanceof String s) string(s);
            else if (v instanceof PyDict d) object(d, depth);
            else if (v instanceof List<?> l) array(l, depth);
            else if (v instanceof PyOperand o && o.pythonNumber() instanceof Double d && BuiltinTypes.of(v).isSubclassOf(BuiltinTypes.FLOAT))
                out.append(checked(d)); // numpy.float64 is a float: CPython's encoder writes float.__repr__ of it
            else if (fallback != null) value(in.call(fallback, Arrays.asList(v)), depth);
            else throw notSerializable(v);
        }

        private String checked(double d) {
            if (!allowNan && !Double.isFinite(d)) throw PyError.value("Out of range float values are not JSON compliant");
            return number(d);
        }

        private static String number(double d) {
            if (Double.isNaN(d)) return "NaN";
            if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
            return PyNumbers.repr(d);
        }

        private void enter(Object container) {
            if (!open.add(container)) throw PyError.value("Circular reference detected");
            dev.adjoint.ndarray.ComputationInterrupted.poll();
        }

        private void array(List<?> l, int depth) {
            if (l.isEmpty()) {
                out.append("[]");
                return;
            }
            enter(l);
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                out.append(i == 0 ? "" : item);
                newline(depth + 1);
                value(l.get(i), depth + 1);
            }
            newline(depth);
            out.append(']');
            open.remove(l);
        }

        private void object(PyDict d, int depth) {
            if (d.size() == 0) {
                out.append("{}");
                return;
            }
            enter(d);
            List<PyDict.Entry> entries = new ArrayList<>(d.entries());
            if (sortKeys) entries.sort((x, y) -> Operators.less(x.key(), y.key()) ? -1 : Operators.less(y.key(), x.key()) ? 1 : 0);
            out.append('{');
            boolean first = true;
            for (PyDict.Entry e : entries) {
                String k = keyText(e.key());
                if (k == null) continue; // skipkeys=True
                out.append(first ? "" : item);
                first = false;
                newline(depth + 1);
                string(k);
                out.append(key);
                value(e.value(), depth + 1);
            }
            newline(depth);
            out.append('}');
            open.remove(d);
        }

        /** The key's text, or null for a key skipkeys=True drops. */
        private String keyText(Object k) {
            k = Values.plain(k);
            if (k instanceof PyInstance i && (i.value() instanceof String || PyNumbers.isNumber(i.value()))) k = i.value();
            if (k instanceof String s) return s;
            if (k == null) return "null";
            if (k instanceof Boolean b) return b ? "true" : "false";
            if (k instanceof Long || k instanceof BigInteger) return k.toString();
            if (k instanceof Double d) return checked(d);
            if (skipKeys) return null;
            throw PyError.type("keys must be str, int, float, bool or None, not " + Values.typeName(k));
        }

        private void newline(int depth) {
            if (step != null) out.append('\n').append(step.repeat(depth));
        }

        private void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || ascii && c > 0x7e) out.append(String.format("\\u%04x", (int) c)); // UTF-16 units: surrogate pairs as CPython writes them
                        else out.append(c);
                    }
                }
            }
            out.append('"');
        }
    }

    /** A recursive-descent reader of one JSON document, its errors CPython's JSONDecodeError text. */
    private static final class Reader {
        private static final int MAX_DEPTH = 1000;
        private final String s;
        private final Hooks hooks;
        private int at, depth;

        Reader(String s, Hooks hooks) {
            this.s = s;
            this.hooks = hooks;
        }

        Object document() {
            skip();
            Object v = value();
            skip();
            if (at < s.length()) throw error("Extra data", at);
            return v;
        }

        /** raw_decode: one value from {@code at}, leaving {@code at} after it. */
        Object valueAt() {
            if (at < s.length() && " \t\n\r".indexOf(s.charAt(at)) >= 0) throw error("Expecting value", at);
            return value();
        }

        private Object value() {
            if (at >= s.length()) throw error("Expecting value", at);
            char c = s.charAt(at);
            if (c == '{') return object();
            if (c == '[') return array();
            if (c == '"') return string();
            if (s.startsWith("null", at)) return word(4, null);
            if (s.startsWith("true", at)) return word(4, true);
            if (s.startsWith("false", at)) return word(5, false);
            if (s.startsWith("NaN", at)) return word(3, hooks.constant("NaN", Double.NaN));
            if (s.startsWith("Infinity", at)) return word(8, hooks.constant("Infinity", Double.POSITIVE_INFINITY));
            if (s.startsWith("-Infinity", at)) return word(9, hooks.constant("-Infinity", Double.NEGATIVE_INFINITY));
            return number();
        }

        private Object word(int length, Object v) {
            at += length;
            return v;
        }

        private Object number() {
            java.util.regex.Matcher m = NUMBER.matcher(s).region(at, s.length());
            if (!m.lookingAt()) throw error("Expecting value", at);
            at = m.end();
            return hooks.number(m.group(), m.group(2) == null && m.group(3) == null);
        }

        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)?");

        private PyList array() {
            nest();
            at++;
            PyList out = new PyList();
            skip();
            if (at < s.length() && s.charAt(at) == ']') {
                at++;
                depth--;
                return out;
            }
            while (true) {
                skip();
                out.add(value());
                skip();
                if (at < s.length() && s.charAt(at) == ']') break;
                if (at >= s.length() || s.charAt(at) != ',') throw error("Expecting ',' delimiter", at);
                at++;
            }
            at++;
            depth--;
            return out;
        }

        private Object object() {
            nest();
            at++;
            List<Object[]> out = new ArrayList<>();
            skip();
            if (at < s.length() && s.charAt(at) == '}') {
                at++;
                depth--;
                return hooks.object(out);
            }
            while (true) {
                skip();
                if (at >= s.length() || s.charAt(at) != '"') throw error("Expecting property name enclosed in double quotes", at);
                String k = string();
                skip();
                if (at >= s.length() || s.charAt(at) != ':') throw error("Expecting ':' delimiter", at);
                at++;
                skip();
                out.add(new Object[] {k, value()});
                skip();
                if (at < s.length() && s.charAt(at) == '}') break;
                if (at >= s.length() || s.charAt(at) != ',') throw error("Expecting ',' delimiter", at);
                at++;
            }
            at++;
            depth--;
            return hooks.object(out);
        }

        private String string() {
            int start = at++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (at >= s.length()) throw error("Unterminated string starting at", start);
                char c = s.charAt(at++);
                if (c == '"') return sb.toString();
                if (c < 0x20) throw error("Invalid control character at", at - 1);
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (at >= s.length()) throw error("Unterminated string starting at", start);
                char e = s.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (at + 4 > s.length() || !s.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) throw error("Invalid \\uXXXX escape", at - 1);
                        sb.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw error("Invalid \\escape", at - 2);
                }
            }
        }

        private void nest() {
            if (++depth > MAX_DEPTH) throw new PyError("RecursionError", "maximum recursion depth exceeded while decoding a JSON document");
        }

        private void skip() {
            while (at < s.length() && " \t\n\r".indexOf(s.charAt(at)) >= 0) at++;
        }

        /** "Expecting value: line 1 column 1 (char 0)", with msg, doc and pos for the exception's attributes. */
        private PyError error(String what, int pos) {
            return new PyError(DECODE_ERROR, decodeMessage(what, s, pos)).withArgs(what, s, (long) pos);
        }
    }
}
