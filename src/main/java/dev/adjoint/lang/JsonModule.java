package dev.adjoint.lang;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's json: dumps and loads as CPython 3.11 writes and reads (its separators, indent,
 * sort_keys, ensure_ascii escapes, NaN and Infinity, the "keys must be str..." and "not JSON
 * serializable" TypeErrors, JSONDecodeError's "Expecting value: line 1 column 1 (char 0)").
 * dump and load need files, which programs do not reach.
 */
final class JsonModule {
    private JsonModule() {}

    static final String DECODE_ERROR = "json.decoder.JSONDecodeError";

    static PyModule create() {
        PyModule m = new PyModule("json");
        m.add(Builtin.of("dumps", a -> {
            a.expect(1, 1, "indent", "sort_keys", "ensure_ascii", "separators", "default");
            Object indent = a.keyword("indent");
            String step = indent == null ? null : indent instanceof String s ? s : " ".repeat(Math.max(0, Values.toInt(indent, "indent")));
            Object separators = a.keyword("separators");
            String item = step == null ? ", " : ",", key = ": ";
            if (separators != null) {
                List<Object> pair = Values.items(separators);
                item = Repr.str(pair.get(0));
                key = Repr.str(pair.get(1));
            }
            Writer w = new Writer(step, item, key, a.flag("sort_keys", false), a.flag("ensure_ascii", true), a.keyword("default"), a.interpreter());
            w.value(a.get(0), 0);
            return w.out.toString();
        }));
        m.add(Builtin.of("loads", a -> new Reader(a.expect(1, 1).string(0)).document()));
        m.add(Builtin.of("load", a -> { // json.load(f): the file's whole text (files are read, never written: no dump)
            Object text = a.interpreter().call(Attributes.get(a.interpreter(), a.expect(1, 1).get(0), "read"), List.of());
            if (text instanceof PyBytes b) text = new String(b.data(), java.nio.charset.StandardCharsets.UTF_8);
            if (!(text instanceof String s)) throw PyError.type("the JSON object must be str, bytes or bytearray, not " + Values.typeName(text));
            return new Reader(s).document();
        }));
        m.add("JSONDecodeError", Exceptions.named(DECODE_ERROR));
        return m;
    }

    /** CPython's encoder, one value at a time; nesting is bounded by the values themselves (a cycle is refused). */
    private static final class Writer {
        final StringBuilder out = new StringBuilder();
        final String step, item, key;
        final boolean sortKeys, ascii;
        final Object fallback;
        final Interpreter in;
        final java.util.Set<Object> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Writer(String step, String item, String key, boolean sortKeys, boolean ascii, Object fallback, Interpreter in) {
            this.step = step;
            this.item = item;
            this.key = key;
            this.sortKeys = sortKeys;
            this.ascii = ascii;
            this.fallback = fallback;
            this.in = in;
        }

        void value(Object v, int depth) {
            v = Values.plain(v);
            if (v == null) out.append("null");
            else if (v instanceof Boolean b) out.append(b ? "true" : "false");
            else if (v instanceof Long || v instanceof BigInteger) out.append(v);
            else if (v instanceof Double d) out.append(number(d));
            else if (v instanceof String s) string(s);
            else if (v instanceof PyDict d) object(d, depth);
            else if (v instanceof List<?> l) array(l, depth);
            else if (fallback != null) value(in.call(fallback, Arrays.asList(v)), depth);
            else throw PyError.type("Object of type " + Values.typeName(v) + " is not JSON serializable");
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
                out.append(first ? "" : item);
                first = false;
                newline(depth + 1);
                string(keyText(e.key()));
                out.append(key);
                value(e.value(), depth + 1);
            }
            newline(depth);
            out.append('}');
            open.remove(d);
        }

        private static String keyText(Object k) {
            k = Values.plain(k);
            if (k instanceof String s) return s;
            if (k == null) return "null";
            if (k instanceof Boolean b) return b ? "true" : "false";
            if (k instanceof Long || k instanceof BigInteger) return k.toString();
            if (k instanceof Double d) return number(d);
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
        private int at, depth;

        Reader(String s) {
            this.s = s;
        }

        Object document() {
            skip();
            Object v = value();
            skip();
            if (at < s.length()) throw error("Extra data", at);
            return v;
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
            if (s.startsWith("NaN", at)) return word(3, Double.NaN);
            if (s.startsWith("Infinity", at)) return word(8, Double.POSITIVE_INFINITY);
            if (s.startsWith("-Infinity", at)) return word(9, Double.NEGATIVE_INFINITY);
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
            if (m.group(2) == null && m.group(3) == null) return PyNumbers.normalize(new BigInteger(m.group(1)));
            return Double.parseDouble(m.group());
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

        private PyDict object() {
            nest();
            at++;
            PyDict out = new PyDict();
            skip();
            if (at < s.length() && s.charAt(at) == '}') {
                at++;
                depth--;
                return out;
            }
            while (true) {
                skip();
                if (at >= s.length() || s.charAt(at) != '"') throw error("Expecting property name enclosed in double quotes", at);
                String k = string();
                skip();
                if (at >= s.length() || s.charAt(at) != ':') throw error("Expecting ':' delimiter", at);
                at++;
                skip();
                out.put(k, value());
                skip();
                if (at < s.length() && s.charAt(at) == '}') break;
                if (at >= s.length() || s.charAt(at) != ',') throw error("Expecting ',' delimiter", at);
                at++;
            }
            at++;
            depth--;
            return out;
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

        /** "Expecting value: line 1 column 1 (char 0)": lines and columns counted from 1, as CPython's. */
        private PyError error(String what, int pos) {
            int line = 1, lineStart = 0;
            for (int i = 0; i < pos && i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new PyError(DECODE_ERROR, what + ": line " + line + " column " + (pos - lineStart + 1) + " (char " + pos + ")");
        }
    }
}
