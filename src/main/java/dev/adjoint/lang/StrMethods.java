package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The methods of str, as Python 3.11 defines them (split, join, strip, find, format, startswith, ...). */
final class StrMethods {
    private StrMethods() {}

    static void register(PyClass str) {
        str.method("upper", a -> self(a.expect(0, 0)).toUpperCase(Locale.ROOT));
        str.method("encode", a -> {
            a.expect(0, 2, "encoding", "errors");
            return PyBytes.of(BytesMethods.encode(self(a), Repr.str(a.option(0, "encoding", "utf-8")), Repr.str(a.option(1, "errors", "strict"))));
        });
        str.method("lower", a -> lower(self(a.expect(0, 0)), 0));
        str.method("casefold", a -> casefold(self(a.expect(0, 0))));
        str.method("swapcase", a -> swapcase(self(a.expect(0, 0))));
        str.method("capitalize", a -> {
            String s = self(a.expect(0, 0));
            if (s.isEmpty()) return s;
            int first = Character.charCount(s.codePointAt(0));
            return titleCase(s.codePointAt(0)) + lower(s, first);
        });
        str.method("title", a -> title(self(a.expect(0, 0))));
        str.method("strip", a -> strip(a, true, true));
        str.method("lstrip", a -> strip(a, true, false));
        str.method("rstrip", a -> strip(a, false, true));
        str.method("split", a -> split(a, false));
        str.method("rsplit", a -> split(a, true));
        str.method("splitlines", StrMethods::splitlines);
        str.method("join", StrMethods::join);
        str.method("replace", StrMethods::replace);
        str.method("find", a -> (long) find(a, false, false));
        str.method("rfind", a -> (long) find(a, true, false));
        str.method("index", a -> (long) find(a, false, true));
        str.method("rindex", a -> (long) find(a, true, true));
        str.method("count", StrMethods::count);
        str.method("translate", StrMethods::translate);
        str.define("maketrans", new Descriptors.StaticMethod(Builtin.of("maketrans", StrMethods::maketrans)));
        str.method("startswith", a -> affix(a, true));
        str.method("endswith", a -> affix(a, false));
        str.method("removeprefix", a -> {
            String s = self(a.expect(1, 1)), p = a.string(0);
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        str.method("removesuffix", a -> {
            String s = self(a.expect(1, 1)), p = a.string(0);
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        });
        str.method("center", a -> justify(a, '^'));
        str.method("ljust", a -> justify(a, '<'));
        str.method("rjust", a -> justify(a, '>'));
        str.method("zfill", a -> {
            String s = self(a.expect(1, 1));
            int width = a.integer(0), length = CodePoints.length(s);
            if (length >= width) return s;
            int sign = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
            return s.substring(0, sign) + "0".repeat(width - length) + s.substring(sign);
        });
        str.method("partition", a -> partition(a, false));
        str.method("rpartition", a -> partition(a, true));
        str.method("expandtabs", StrMethods::expandtabs);
        str.method("format", a -> StrFormat.format(self(a), a.positional(), a.keywords(), a.interpreter()));
        str.method("format_map", a -> StrFormat.format(self(a.expect(1, 1)), List.of(), mapping(a.get(0)), a.interpreter()));
        // Python's digits include superscripts and circled numbers (numeric type Digit): one digit value, not a fraction
        str.method("isdigit", a -> test(a, c -> Character.isDigit(c)
                || (Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0 && Character.getNumericValue(c) <= 9)));
        str.method("isdecimal", a -> test(a, Character::isDigit));
        str.method("isnumeric", a -> test(a, StrMethods::numeric));
        str.method("isalpha", a -> test(a, Character::isLetter));
        str.method("isalnum", a -> test(a, c -> Character.isLetter(c) || numeric(c))); // CPython's: alpha, decimal, digit or numeric
        str.method("isspace", a -> test(a, c -> Character.isWhitespace(c) || Character.isSpaceChar(c)));
        str.method("isascii", a -> self(a.expect(0, 0)).chars().allMatch(c -> c < 128));
        str.method("isprintable", a -> self(a.expect(0, 0)).codePoints().allMatch(Repr::isPrintable));
        str.method("isidentifier", a -> isIdentifier(self(a.expect(0, 0))));
        str.method("isupper", a -> cased(self(a.expect(0, 0)), true));
        str.method("islower", a -> cased(self(a.expect(0, 0)), false));
        str.method("istitle", a -> {
            String s = self(a.expect(0, 0));
            return s.codePoints().anyMatch(Character::isLetter) && title(s).equals(s);
        });
    }

    private static String self(Args a) {
        return (String) a.self();
    }

    /** Whether the code point has a numeric value (Unicode's Nd, Nl and No: '5', 'Ⅻ', '½'), CPython's isnumeric. */
    private static boolean numeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER;
    }

    /** str.isidentifier: an XID_Start character or '_', then XID_Continue ones (combining marks too: 'a\u0301'). */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') return false;
        return s.codePoints().skip(1).allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** s.translate(table): each character's code point looked up (table[ord(c)]): a str, an int, None to drop it; a LookupError keeps it. */
    private static String translate(Args a) {
        String s = self(a);
        Object table = a.expect(1, 1).get(0);
        Interpreter in = a.interpreter();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Object to;
            try {
                to = in.item(table, (long) c);
            } catch (RuntimeException x) {
                LangError e = Interpreter.wrap(x, null);
                if (!Exceptions.matches(e, "LookupError")) throw e;
                out.appendCodePoint(c);
                continue;
            }
            if (to == null) continue;
            if (to instanceof String t) out.append(t);
            else if (PyNumbers.isInt(to) && !(to instanceof Boolean)) {
                long v = Values.toLong(to, "character mapping");
                if (v < 0 || v > 0x10FFFF) throw PyError.value("character mapping must be in range(0x110000)");
                out.appendCodePoint((int) v);
            } else throw PyError.type("character mapping must return integer, None or str");
        }
        return out.toString();
    }

    /** str.maketrans(dict) or str.maketrans(from, to[, delete]): the table translate reads, keyed by code point. */
    private static PyDict maketrans(Args a) {
        a.expect(1, 3);
        PyDict table = new PyDict();
        if (a.size() == 1) {
            if (!(a.get(0) instanceof PyDict d)) throw PyError.type("if you give only one argument to maketrans it must be a dict");
            for (PyDict.Entry e : d.entries()) {
                Object k = e.key();
                if (k instanceof String s) {
                    if (s.codePointCount(0, s.length()) != 1) throw PyError.value("string keys in translate table must be of length 1");
                    k = (long) s.codePointAt(0);
                } else if (!PyNumbers.isInt(k)) throw PyError.type("keys in translate table must be strings or integers");
                table.put(k, e.value());
            }
            return table;
        }
        if (!(a.get(0) instanceof String from)) throw PyError.type("maketrans() argument 1 must be str, not " + Values.typeName(a.get(0)));
        if (!(a.get(1) instanceof String to)) throw PyError.type("maketrans() argument 2 must be str, not " + Values.typeName(a.get(1)));
        int[] f = from.codePoints().toArray(), t = to.codePoints().toArray();
        if (f.length != t.length) throw PyError.value("the first two maketrans arguments must have equal length");
        for (int i = 0; i < f.length; i++) table.put((long) f[i], (long) t[i]);
        if (a.size() == 3) {
            if (!(a.get(2) instanceof String delete)) throw PyError.type("maketrans() argument 3 must be str, not " + Values.typeName(a.get(2)));
            delete.codePoints().forEach(c -> table.put((long) c, null));
        }
        return table;
    }

    private interface CharTest {
        boolean test(int c);
    }

    private static boolean test(Args a, CharTest t) {
        String s = self(a.expect(0, 0));
        return !s.isEmpty() && s.codePoints().allMatch(t::test);
    }

    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c)) return false;
            if (Character.isUpperCase(c) || Character.isLowerCase(c)) any = true;
        }
        return any;
    }

    /** Python's swapcase: upper-case letters to their full lower case, lower-case ones to their full upper case ('ß' is 'SS'). */
    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            String one = Character.toString(c);
            sb.append(Character.isUpperCase(c) ? lowerAt(s, i, c) : Character.isLowerCase(c) ? one.toUpperCase(Locale.ROOT) : one);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** s[from:].lower() with s as the context of a capital sigma (CPython's rule, not Java's word-boundary one). */
    private static String lower(String s, int from) {
        if (s.indexOf('Σ', from) < 0) return s.substring(from).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length() - from);
        for (int i = from; i < s.length(); ) {
            int c = s.codePointAt(i);
            sb.append(lowerAt(s, i, c));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** The lower case of the character c at index i of s: a capital sigma's depends on its neighbours. */
    private static String lowerAt(String s, int i, int c) {
        return c == 'Σ' ? (finalSigma(s, i) ? "ς" : "σ") : Character.toString(c).toLowerCase(Locale.ROOT);
    }

    /**
     * Python's casefold: each character's full case folding, which is the lower case of the full
     * upper case of its lower case ('ß' and 'ẞ' fold to 'ss', 'ﬁ' to 'fi', 'ς' to 'σ'); the
     * dotless 'ı' folds to itself.
     */
    private static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.append(c == 'ı' ? "ı" : Character.toString(c).toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)));
        return sb.toString();
    }

    /**
     * A character's full title case: its title-case letter, or, where the upper case is several
     * letters (SpecialCasing: 'ß' → 'SS', 'ﬁ' → 'FI'), the first of them and the rest in lower case ('Ss', 'Fi').
     */
    private static String titleCase(int c) {
        String upper = Character.toString(c).toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) < 2 || Character.toTitleCase(c) != c) return Character.toString(Character.toTitleCase(c));
        int first = Character.charCount(upper.codePointAt(0));
        return upper.substring(0, first) + upper.substring(first).toLowerCase(Locale.ROOT);
    }

    /** Python's title(): a cased letter after an uncased character gets its title case, one after a cased letter its lower case. */
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
            sb.append(!cased ? Character.toString(c) : previousCased ? lowerAt(s, i - Character.charCount(c), c) : titleCase(c));
            previousCased = cased;
        }
        return sb.toString();
    }

    /**
     * Whether the capital sigma at {@code at} lowers to the final form ς, as CPython's
     * handle_capital_sigma: a cased letter before it and none after it, case-ignorable characters
     * (marks, apostrophes, ...) skipped on both sides.
     */
    private static boolean finalSigma(String s, int at) {
        int j = at;
        int c = 0;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!caseIgnorable(c)) break;
        }
        if (at == 0 || caseIgnorable(c) || !cased(c)) return false;
        for (j = at + 1; j < s.length(); j += Character.charCount(c)) {
            c = s.codePointAt(j);
            if (!caseIgnorable(c)) return !cased(c);
        }
        return true;
    }

    private static boolean cased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers, and the word-internal punctuation ('.:·’ ...). */
    private static boolean caseIgnorable(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> true;
            default -> "'.:\u00b7\u0387\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a".indexOf(c) >= 0;
        };
    }

    private static String strip(Args a, boolean left, boolean right) {
        String s = self(a.expect(0, 1));
        Object chars = a.size() == 1 ? a.get(0) : null;
        if (chars != null && !(chars instanceof String)) throw PyError.type(a.function() + " arg must be None or str");
        String set = (String) chars;
        int start = 0, end = s.length();
        if (left) while (start < end && strippable(s.codePointAt(start), set)) start += Character.charCount(s.codePointAt(start));
        if (right) while (end > start && strippable(s.codePointBefore(end), set)) end -= Character.charCount(s.codePointBefore(end));
        return s.substring(start, end);
    }

    private static boolean strippable(int c, String set) {
        return set == null ? Character.isWhitespace(c) || Character.isSpaceChar(c) : set.indexOf(c) >= 0;
    }

    private static PyList split(Args a, boolean fromRight) {
        String s = self(a.expect(0, 2, "sep", "maxsplit"));
        Object sepArg = a.option(0, "sep", null);
        long max = Values.toLong(a.option(1, "maxsplit", -1L), "maxsplit");
        if (max < 0) max = Long.MAX_VALUE;
        List<Object> out = new ArrayList<>();
        if (sepArg == null) return new PyList(fromRight ? rsplitWhitespace(s, max) : splitWhitespace(s, max));
        if (!(sepArg instanceof String sep)) throw PyError.type("must be str or None, not " + Values.typeName(sepArg));
        if (sep.isEmpty()) throw PyError.value("empty separator");
        if (!fromRight) {
            int start = 0, splits = 0, at;
            while (splits < max && (at = s.indexOf(sep, start)) >= 0) {
                out.add(s.substring(start, at));
                start = at + sep.length();
                splits++;
            }
            out.add(s.substring(start));
        } else {
            int end = s.length(), splits = 0, at;
            List<Object> reversed = new ArrayList<>();
            while (splits < max && end >= 0 && (at = s.lastIndexOf(sep, end - sep.length())) >= 0) {
                reversed.add(s.substring(at + sep.length(), end));
                end = at;
                splits++;
            }
            reversed.add(s.substring(0, end));
            for (int k = reversed.size() - 1; k >= 0; k--) out.add(reversed.get(k));
        }
        return new PyList(out);
    }

    /** CPython's split_whitespace: runs of whitespace separate; after maxsplit words the rest is kept as it is, trailing whitespace too. */
    private static List<Object> splitWhitespace(String s, long max) {
        List<Object> out = new ArrayList<>();
        int i = 0, n = s.length();
        for (; max > 0; max--) {
            while (i < n && isSpace(s.charAt(i))) i++;
            if (i == n) break;
            int j = i;
            while (i < n && !isSpace(s.charAt(i))) i++;
            out.add(s.substring(j, i));
        }
        while (i < n && isSpace(s.charAt(i))) i++;
        if (i < n) out.add(s.substring(i));
        return out;
    }

    /** CPython's rsplit_whitespace: the same from the right, the rest kept with its leading whitespace. */
    private static List<Object> rsplitWhitespace(String s, long max) {
        List<Object> out = new ArrayList<>();
        int i = s.length() - 1;
        for (; max > 0; max--) {
            while (i >= 0 && isSpace(s.charAt(i))) i--;
            if (i < 0) break;
            int j = i;
            while (i >= 0 && !isSpace(s.charAt(i))) i--;
            out.add(0, s.substring(i + 1, j + 1));
        }
        while (i >= 0 && isSpace(s.charAt(i))) i--;
        if (i >= 0) out.add(0, s.substring(0, i + 1));
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static PyList splitlines(Args a) {
        String s = self(a.expect(0, 1, "keepends"));
        return new PyList(new ArrayList<Object>(splitLines(s, a.bool(0, "keepends", false))));
    }

    /** str.splitlines: at every line boundary Python knows (\n, \r\n, \r, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029). */
    static List<String> splitLines(String s, boolean keep) {
        List<String> out = new ArrayList<>();
        int start = 0, i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int brk = 0;
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') brk = 2;
            else if ("\n\r\u000b\f\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0) brk = 1;
            if (brk > 0) {
                out.add(s.substring(start, keep ? i + brk : i));
                i += brk;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) out.add(s.substring(start));
        return out;
    }

    private static String join(Args a) {
        String sep = self(a.expect(1, 1));
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (Iterator<Object> it = Values.iterate(a.get(0)); it.hasNext(); k++) {
            Object item = it.next();
            if (!(BuiltinSubclasses.valueOf(item) instanceof String s)) // a str subclass's text too
                throw PyError.type("sequence item " + k + ": expected str instance, " + Values.typeName(item) + " found");
            if (k > 0) sb.append(sep);
            sb.append(s);
        }
        return sb.toString();
    }

    private static String replace(Args a) {
        String s = self(a.expect(2, 3));
        String old = a.string(0), with = a.string(1);
        long count = a.size() == 3 ? Values.toLong(a.get(2), "count") : -1;
        if (count < 0) count = Long.MAX_VALUE;
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int done = 0;
            for (int i = 0; i <= s.length(); ) {
                if (done < count) {
                    sb.append(with);
                    done++;
                }
                if (i == s.length()) break;
                int c = s.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            return sb.toString();
        }
        int start = 0, at, done = 0;
        while (done < count && (at = s.indexOf(old, start)) >= 0) {
            sb.append(s, start, at).append(with);
            start = at + old.length();
            done++;
        }
        return sb.append(s.substring(start)).toString();
    }

    /**
     * The units s[start:end] covers, from optional arguments {@code from} and {@code from + 1} read
     * by code point as CPython reads them (negative from the end; a start past the end is no
     * window at all, so "abc".find("", 4) is -1); null when start is past end.
     */
    private static int[] window(Args a, int from, String s) {
        boolean simple = CodePoints.simple(s);
        int length = simple ? s.length() : CodePoints.length(s);
        long start = 0, end = length;
        if (a.size() > from && a.get(from) != null) start = fromEnd(Values.toLong(a.get(from), "start"), length);
        if (a.size() > from + 1 && a.get(from + 1) != null) end = Math.min(length, fromEnd(Values.toLong(a.get(from + 1), "end"), length));
        if (start > end) return null;
        return simple ? new int[] {(int) start, (int) end} : new int[] {CodePoints.offset(s, (int) start), CodePoints.offset(s, (int) end)};
    }

    private static long fromEnd(long v, int n) {
        return v < 0 ? Math.max(0, v + n) : v;
    }

    private static int find(Args a, boolean fromRight, boolean raise) {
        String s = self(a.expect(1, 3));
        String sub = a.string(0);
        int[] r = window(a, 1, s);
        int at = -1;
        if (r != null && r[1] - r[0] >= sub.length()) {
            String window = s.substring(r[0], r[1]);
            int k = fromRight ? window.lastIndexOf(sub) : window.indexOf(sub);
            if (k >= 0) at = CodePoints.index(s, k + r[0]);
        }
        if (at < 0 && raise) throw PyError.value("substring not found");
        return at;
    }

    private static Object count(Args a) {
        String s = self(a.expect(1, 3));
        String sub = a.string(0);
        int[] r = window(a, 1, s);
        if (r == null) return 0L;
        String window = s.substring(r[0], r[1]);
        if (sub.isEmpty()) return (long) CodePoints.length(window) + 1;
        long n = 0;
        for (int at = window.indexOf(sub); at >= 0; at = window.indexOf(sub, at + sub.length())) n++;
        return n;
    }

    private static boolean affix(Args a, boolean prefix) {
        String s = self(a.expect(1, 3));
        int[] r = window(a, 1, s);
        String window = r != null ? s.substring(r[0], r[1]) : null;
        Object what = a.get(0);
        List<?> options = what instanceof List<?> l && !(what instanceof PyList) ? l : Arrays.asList(what);
        for (Object o : options) {
            if (!(o instanceof String p))
                throw PyError.type((prefix ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not " + Values.typeName(o));
            if (window != null && (prefix ? window.startsWith(p) : window.endsWith(p))) return true;
        }
        return false;
    }

    private static String justify(Args a, char align) {
        String s = self(a.expect(1, 2));
        int width = a.integer(0);
        String fill = a.size() == 2 ? a.string(1) : " ";
        if (!CodePoints.single(fill)) throw PyError.type("The fill character must be exactly one character long");
        int pad = width - CodePoints.length(s);
        if (pad <= 0) return s;
        return switch (align) {
            case '<' -> s + fill.repeat(pad);
            case '>' -> fill.repeat(pad) + s;
            default -> {
                int left = pad / 2 + (pad & width & 1); // CPython's centring
                yield fill.repeat(left) + s + fill.repeat(pad - left);
            }
        };
    }

    private static Object partition(Args a, boolean fromRight) {
        String s = self(a.expect(1, 1));
        String sep = a.string(0);
        if (sep.isEmpty()) throw PyError.value("empty separator");
        int at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) return fromRight ? Values.tuple("", "", s) : Values.tuple(s, "", "");
        return Values.tuple(s.substring(0, at), sep, s.substring(at + sep.length()));
    }

    private static String expandtabs(Args a) {
        String s = self(a.expect(0, 1, "tabsize"));
        return expandTabs(s, a.integer(0, "tabsize", 8));
    }

    /** str.expandtabs(size): each tab to the next multiple of size columns, counted from the last line break. */
    static String expandTabs(String s, int size) {
        StringBuilder sb = new StringBuilder();
        int column = 0;
        for (char c : s.toCharArray()) {
            if (Character.isLowSurrogate(c)) { // the second half of a character above U+FFFF takes no column
                sb.append(c);
                continue;
            }
            if (c == '\t') {
                int n = size > 0 ? size - column % size : 0;
                sb.append(" ".repeat(n));
                column += n;
            } else {
                sb.append(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return sb.toString();
    }

    private static java.util.Map<String, Object> mapping(Object m) {
        if (!(m instanceof PyDict d)) throw PyError.type("format_map() argument must be a mapping, not " + Values.typeName(m));
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (PyDict.Entry e : d.entries()) if (e.key() instanceof String k) out.put(k, e.value());
        return out;
    }
}
