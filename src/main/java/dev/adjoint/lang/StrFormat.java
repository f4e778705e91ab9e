package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * {@code "...".format(...)} and {@code "..." % values}: the replacement fields and the printf-style
 * conversions map onto the format-spec mini-language ({@link FormatSpec}), so both round like
 * f-strings. Objects with {@code __format__} format themselves.
 */
final class StrFormat {
    private StrFormat() {}

    // ---- str.format ----

    static String format(String template, List<Object> args, Map<String, Object> kwargs, Interpreter in) {
        return new Fields(template, args, kwargs, in).run(0);
    }

    private static final class Fields {
        private final String t;
        private final List<Object> args;
        private final Map<String, Object> kwargs;
        private final Interpreter in;
        private int auto;
        private boolean manual;

        Fields(String template, List<Object> args, Map<String, Object> kwargs, Interpreter in) {
            this.t = template;
            this.args = args;
            this.kwargs = kwargs;
            this.in = in;
        }

        String run(int level) {
            StringBuilder out = new StringBuilder();
            int i = 0, n = t.length();
            while (i < n) {
                char c = t.charAt(i);
                if (c == '{') {
                    if (i + 1 < n && t.charAt(i + 1) == '{') {
                        out.append('{');
                        i += 2;
                        continue;
                    }
                    int close = matching(i);
                    out.append(field(t.substring(i + 1, close), level));
                    i = close + 1;
                } else if (c == '}') {
                    if (i + 1 < n && t.charAt(i + 1) == '}') {
                        out.append('}');
                        i += 2;
                        continue;
                    }
                    throw PyError.value("Single '}' encountered in format string");
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private int matching(int open) {
            int depth = 0;
            for (int i = open; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return i;
            }
            throw PyError.value(depth > 1 ? "unmatched '{' in format spec" : "Single '{' encountered in format string");
        }

        private String field(String body, int level) {
            if (level > 1) throw PyError.value("Max string recursion exceeded");
            int colon = -1, bang = -1, brackets = 0;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '[') brackets++;
                else if (c == ']') brackets--;
                else if (brackets == 0 && c == '!' && bang < 0) bang = i;
                else if (brackets == 0 && c == ':') {
                    colon = i;
                    break;
                }
            }
            int nameEnd = bang >= 0 ? bang : colon >= 0 ? colon : body.length();
            Object value = lookup(body.substring(0, nameEnd));
            if (bang >= 0) {
                int convEnd = colon >= 0 ? colon : body.length();
                if (convEnd - bang != 2) throw PyError.value("expected ':' after conversion specifier");
                value = convert(value, body.charAt(bang + 1));
            }
            String spec = colon >= 0 ? body.substring(colon + 1) : "";
            if (spec.contains("{")) spec = new Fields(spec, args, kwargs, in).share(this).run(level + 1);
            return formatValue(value, spec, in);
        }

        private Fields share(Fields outer) {
            auto = outer.auto;
            manual = outer.manual;
            return this;
        }

        private Object lookup(String name) {
            int end = 0;
            while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') end++;
            String first = name.substring(0, end);
            Object v;
            if (first.isEmpty()) {
                if (manual) throw PyError.value("cannot switch from manual field specification to automatic field numbering");
                v = positional(auto++);
            } else if (first.chars().allMatch(Character::isDigit)) {
                if (auto > 0) throw PyError.value("cannot switch from automatic field numbering to manual field specification");
                manual = true;
                v = positional(Integer.parseInt(first));
            } else {
                if (!kwargs.containsKey(first)) throw new PyError("KeyError", Repr.repr(first)).withArgs(first);
                v = kwargs.get(first);
            }
            int i = end;
            while (i < name.length()) {
                if (name.charAt(i) == '.') {
                    int j = i + 1;
                    while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') j++;
                    v = Attributes.get(in, v, name.substring(i + 1, j));
                    i = j;
                } else {
                    int j = name.indexOf(']', i);
                    if (j < 0) throw PyError.value("Missing ']' in format string");
                    String key = name.substring(i + 1, j);
                    v = Subscripts.get(in, v, key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? (Object) Long.parseLong(key) : key);
                    i = j + 1;
                }
            }
            return v;
        }

        private Object positional(int i) {
            if (i >= args.size()) throw PyError.index("Replacement index " + i + " out of range for positional args tuple");
            return args.get(i);
        }
    }

    /** !r, !s, !a of a replacement field. */
    static Object convert(Object value, char conversion) {
        return switch (conversion) {
            case 'r' -> Repr.repr(value);
            case 's' -> Repr.str(value);
            case 'a' -> ascii(Repr.repr(value));
            default -> throw PyError.value("Unknown conversion specifier " + conversion);
        };
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(c < 128 ? String.valueOf((char) c)
                : c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c)));
        return sb.toString();
    }

    /** format(value, spec): an object's own __format__, else the mini-language. */
    static String formatValue(Object value, String spec, Interpreter in) {
        if (value instanceof PyInstance i && i.has("__format__")) {
            Object r = i.call("__format__", spec);
            if (!(r instanceof String s)) throw PyError.type("__format__ must return a str, not " + Values.typeName(r));
            return s;
        }
        if (value instanceof PyFormattable f) return f.format(spec);
        if (spec.isEmpty() && !(value instanceof PyOperand) && !(value instanceof dev.adjoint.autograd.Tensor t && t.ndim() == 0)) return Repr.str(value);
        if (value instanceof PyInstance i && i.value() != null) return FormatSpec.format(i.value(), spec); // a str, int or float subclass: its type's __format__
        return FormatSpec.format(value, spec);
    }

    // ---- printf-style: "%.3f" % x ----

    static String percent(String fmt, Object values) {
        return percent(fmt, values, false);
    }

    /** bytes % values: the template and the result as text of one char per byte (latin-1). */
    static PyBytes percentBytes(PyBytes fmt, Object values) {
        String text = percent(new String(fmt.data(), java.nio.charset.StandardCharsets.ISO_8859_1), values, true);
        return PyBytes.of(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), fmt.mutable());
    }

    private static String percent(String fmt, Object values, boolean bytes) {
        List<?> args = values instanceof List<?> l && !(values instanceof PyList) ? l : java.util.Collections.singletonList(values);
        boolean single = !(values instanceof List<?> l2 && !(values instanceof PyList));
        PyDict mapping = values instanceof PyDict d ? d : null;
        StringBuilder out = new StringBuilder();
        int next = 0, i = 0, n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) throw PyError.value("incomplete format");
            Object key = null;
            boolean keyed = false;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (close < 0) throw PyError.value("incomplete format key");
                if (mapping == null) throw PyError.type("format requires a mapping");
                String k = fmt.substring(i + 1, close);
                if (!mapping.containsKey(k)) throw new PyError("KeyError", Repr.repr(k)).withArgs(k);
                key = mapping.get(k);
                keyed = true;
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) flags.append(fmt.charAt(i++));
            String width = "";
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                width = String.valueOf(Values.toLong(argument(args, next++, single, values), "* width"));
            } else {
                int s = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                width = fmt.substring(s, i);
            }
            String precision = null;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    precision = String.valueOf(Values.toLong(argument(args, next++, single, values), "* precision"));
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    precision = fmt.substring(s, i).isEmpty() ? "0" : fmt.substring(s, i);
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;
            if (i >= n) throw PyError.value("incomplete format");
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            Object v = keyed ? key : argument(args, next++, single, values);
            if (bytes && "sbrac".indexOf(conv) >= 0) {
                v = bytesText(conv, v);
                conv = 's';
            }
            out.append(conversion(conv, flags.toString(), width, precision, v));
        }
        if (mapping == null && next < args.size() && !(single && next == 1))
            throw PyError.type("not all arguments converted during string formatting");
        return out.toString();
    }

    /** What %s/%b, %r/%a and %c put into bytes, as latin-1 text: a bytes object's own bytes, ascii(v), one byte. */
    private static String bytesText(char conv, Object v) {
        if (conv == 'r' || conv == 'a') return (String) convert(v, 'a');
        if (v instanceof PyBytes b && (conv != 'c' || b.length() == 1)) return new String(b.data(), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (conv == 'c') {
            if (!PyNumbers.isInt(Values.number(v))) throw PyError.type("%c requires an integer in range(256) or a single byte");
            long n = Values.toLong(v, "%c");
            if (n < 0 || n > 255) throw PyError.overflow("%c arg not in range(256)");
            return String.valueOf((char) n);
        }
        throw PyError.type("%b requires a bytes-like object, or an object that implements __bytes__, not '" + Values.typeName(v) + "'");
    }

    private static Object argument(List<?> args, int i, boolean single, Object whole) {
        if (single) {
            if (i > 0) throw PyError.type("not enough arguments for format string");
            return whole;
        }
        if (i >= args.size()) throw PyError.type("not enough arguments for format string");
        return args.get(i);
    }

    private static String conversion(char conv, String flags, String width, String precision, Object value) {
        Object v = Values.number(value);
        String align = flags.contains("-") ? "<" : "";
        String sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        String alt = flags.contains("#") ? "#" : "";
        String zero = flags.contains("0") && align.isEmpty() ? "0" : "";
        switch (conv) {
            case 's', 'r', 'a' -> {
                String s = conv == 's' ? Repr.str(value) : conv == 'r' ? Repr.repr(value) : (String) convert(value, 'a');
                if (precision != null) s = CodePoints.substring(s, 0, Math.min(CodePoints.length(s), Integer.parseInt(precision)));
                return FormatSpec.format(s, (align.isEmpty() ? ">" : align) + width);
            }
            case 'c' -> {
                String ch = v instanceof String s && s.codePointCount(0, s.length()) == 1 ? s
                        : new String(Character.toChars((int) Values.toLong(v, "%c")));
                return FormatSpec.format(ch, (align.isEmpty() ? ">" : align) + width);
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                if (v instanceof Double d) v = PyNumbers.truncate(d);
                else if (v instanceof dev.adjoint.autograd.Tensor t && t.value().size() == 1) v = PyNumbers.truncate(t.item());
                if (!PyNumbers.isInt(v))
                    throw PyError.type("%" + conv + " format: " + (conv == 'x' || conv == 'X' || conv == 'o' ? "an integer" : "a real number")
                            + " is required, not " + Values.typeName(value));
                String type = conv == 'x' || conv == 'X' || conv == 'o' ? String.valueOf(conv) : "d";
                String spec = align + sign + alt + zero + width + type;
                String s = FormatSpec.format(PyNumbers.pos(v), spec);
                if (precision != null) s = minimumDigits(s, Integer.parseInt(precision));
                return s;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                Double d = Values.toDouble(v);
                if (d == null) throw PyError.type("must be real number, not " + Values.typeName(value));
                return FormatSpec.format(d, align + sign + alt + zero + width + "." + (precision == null ? "6" : precision) + conv);
            }
            default -> throw PyError.value("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv) + ")");
        }
    }

    /** %.3d: at least that many digits, zeros after the sign. */
    private static String minimumDigits(String s, int digits) {
        String t = s.strip();
        int sign = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        String body = t.substring(sign);
        if (body.length() >= digits) return s;
        String padded = t.substring(0, sign) + "0".repeat(digits - body.length()) + body;
        return s.length() > padded.length() ? " ".repeat(s.length() - padded.length()) + padded : padded;
    }
}
