package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * unittest.TestCase's assert methods with CPython 3.11's failure messages: "3 != 4", long reprs
 * shortened as _common_shorten_repr does, lists, tuples, dicts and strings that differ shown with
 * difflib's ndiff ({@link Difflib}) of their pprint text, a message given as msg= after " : "
 * (longMessage), a diff longer than maxDiff left out with CPython's sentence.
 */
final class UnittestAsserts {
    private UnittestAsserts() {}

    private static final int MAX_LENGTH = 80, PLACEHOLDER_LEN = 12, MIN_BEGIN_LEN = 5, MIN_END_LEN = 5, MIN_COMMON_LEN = 5;
    private static final int MIN_DIFF_LEN = MAX_LENGTH - (MIN_BEGIN_LEN + PLACEHOLDER_LEN + MIN_COMMON_LEN + PLACEHOLDER_LEN + MIN_END_LEN);
    /** assertMultiLineEqual compares longer strings without a diff (CPython's _diffThreshold, 2**16). */
    private static final int DIFF_THRESHOLD = 1 << 16;

    static void define(PyClass c) {
        c.method("fail", a -> {
            a.expect(0, 1, "msg");
            throw failure(a, a.option(0, "msg", null)); // fail() raises AssertionError(None)
        });
        c.method("assertEqual", a -> {
            a.expect(2, 3, "first", "second", "msg");
            assertEqual(a, arg(a, 0, "first"), arg(a, 1, "second"), a.option(2, "msg", null));
            return null;
        });
        c.method("assertNotEqual", a -> {
            a.expect(2, 3, "first", "second", "msg");
            Object first = arg(a, 0, "first"), second = arg(a, 1, "second");
            if (!Values.truthy(Operators.compare(TokenType.BANG_EQUAL, first, second)))
                throw fail(a, a.option(2, "msg", null), repr(first) + " == " + repr(second));
            return null;
        });
        c.method("assertTrue", a -> {
            a.expect(1, 2, "expr", "msg");
            Object expr = arg(a, 0, "expr");
            if (!Values.truthy(expr)) throw fail(a, a.option(1, "msg", null), repr(expr) + " is not true");
            return null;
        });
        c.method("assertFalse", a -> {
            a.expect(1, 2, "expr", "msg");
            Object expr = arg(a, 0, "expr");
            if (Values.truthy(expr)) throw fail(a, a.option(1, "msg", null), repr(expr) + " is not false");
            return null;
        });
        c.method("assertIs", a -> {
            a.expect(2, 3, "expr1", "expr2", "msg");
            Object x = arg(a, 0, "expr1"), y = arg(a, 1, "expr2");
            if (!Values.truthy(Operators.compare(TokenType.IS, x, y))) throw fail(a, a.option(2, "msg", null), repr(x) + " is not " + repr(y));
            return null;
        });
        c.method("assertIsNot", a -> {
            a.expect(2, 3, "expr1", "expr2", "msg");
            Object x = arg(a, 0, "expr1"), y = arg(a, 1, "expr2");
            if (Values.truthy(Operators.compare(TokenType.IS, x, y))) throw fail(a, a.option(2, "msg", null), "unexpectedly identical: " + repr(x));
            return null;
        });
        c.method("assertIsNone", a -> {
            a.expect(1, 2, "obj", "msg");
            Object obj = arg(a, 0, "obj");
            if (obj != null) throw fail(a, a.option(1, "msg", null), repr(obj) + " is not None");
            return null;
        });
        c.method("assertIsNotNone", a -> {
            a.expect(1, 2, "obj", "msg");
            if (arg(a, 0, "obj") == null) throw fail(a, a.option(1, "msg", null), "unexpectedly None");
            return null;
        });
        c.method("assertIn", a -> {
            a.expect(2, 3, "member", "container", "msg");
            Object member = arg(a, 0, "member"), container = arg(a, 1, "container");
            if (!Values.truthy(Operators.compare(TokenType.IN, member, container)))
                throw fail(a, a.option(2, "msg", null), repr(member) + " not found in " + repr(container));
            return null;
        });
        c.method("assertNotIn", a -> {
            a.expect(2, 3, "member", "container", "msg");
            Object member = arg(a, 0, "member"), container = arg(a, 1, "container");
            if (Values.truthy(Operators.compare(TokenType.IN, member, container)))
                throw fail(a, a.option(2, "msg", null), repr(member) + " unexpectedly found in " + repr(container));
            return null;
        });
        c.method("assertIsInstance", a -> {
            a.expect(2, 3, "obj", "cls", "msg");
            assertIsInstance(a, arg(a, 0, "obj"), arg(a, 1, "cls"), a.option(2, "msg", null));
            return null;
        });
        c.method("assertNotIsInstance", a -> {
            a.expect(2, 3, "obj", "cls", "msg");
            Object obj = arg(a, 0, "obj"), cls = arg(a, 1, "cls");
            if (isInstance(a, obj, cls)) throw fail(a, a.option(2, "msg", null), repr(obj) + " is an instance of " + repr(cls));
            return null;
        });
        compare(c, "assertGreater", TokenType.GREATER, "not greater than");
        compare(c, "assertGreaterEqual", TokenType.GREATER_EQUAL, "not greater than or equal to");
        compare(c, "assertLess", TokenType.LESS, "not less than");
        compare(c, "assertLessEqual", TokenType.LESS_EQUAL, "not less than or equal to");
        c.method("assertAlmostEqual", a -> {
            almostEqual(a, true);
            return null;
        });
        c.method("assertNotAlmostEqual", a -> {
            almostEqual(a, false);
            return null;
        });
        c.method("assertCountEqual", a -> {
            a.expect(2, 3, "first", "second", "msg");
            countEqual(a, arg(a, 0, "first"), arg(a, 1, "second"), a.option(2, "msg", null));
            return null;
        });
        c.method("assertListEqual", a -> {
            a.expect(2, 3, "list1", "list2", "msg");
            sequenceEqual(a, arg(a, 0, "list1"), arg(a, 1, "list2"), a.option(2, "msg", null), BuiltinTypes.LIST);
            return null;
        });
        c.method("assertTupleEqual", a -> {
            a.expect(2, 3, "tuple1", "tuple2", "msg");
            sequenceEqual(a, arg(a, 0, "tuple1"), arg(a, 1, "tuple2"), a.option(2, "msg", null), BuiltinTypes.TUPLE);
            return null;
        });
        c.method("assertSequenceEqual", a -> {
            a.expect(2, 4, "seq1", "seq2", "msg", "seq_type");
            sequenceEqual(a, arg(a, 0, "seq1"), arg(a, 1, "seq2"), a.option(2, "msg", null), a.option(3, "seq_type", null));
            return null;
        });
        c.method("assertDictEqual", a -> {
            a.expect(2, 3, "d1", "d2", "msg");
            dictEqual(a, arg(a, 0, "d1"), arg(a, 1, "d2"), a.option(2, "msg", null));
            return null;
        });
        c.method("assertSetEqual", a -> {
            a.expect(2, 3, "set1", "set2", "msg");
            setEqual(a, arg(a, 0, "set1"), arg(a, 1, "set2"), a.option(2, "msg", null));
            return null;
        });
        c.method("assertMultiLineEqual", a -> {
            a.expect(2, 3, "first", "second", "msg");
            multiLineEqual(a, arg(a, 0, "first"), arg(a, 1, "second"), a.option(2, "msg", null));
            return null;
        });
        c.method("assertRegex", a -> {
            a.expect(2, 3, "text", "expected_regex", "msg");
            Object text = arg(a, 0, "text"), regex = compiled(a, arg(a, 1, "expected_regex"));
            if (call(a, regex, "search", text) == null)
                throw fail(a, a.option(2, "msg", null), "Regex didn't match: " + repr(Attributes.get(a.interpreter(), regex, "pattern")) + " not found in " + repr(text));
            return null;
        });
        c.method("assertNotRegex", a -> {
            a.expect(2, 3, "text", "unexpected_regex", "msg");
            Object text = arg(a, 0, "text"), regex = compiled(a, arg(a, 1, "unexpected_regex"));
            Object match = call(a, regex, "search", text);
            if (match != null)
                throw fail(a, a.option(2, "msg", null), "Regex matched: " + repr(call(a, match, "group")) + " matches " + repr(Attributes.get(a.interpreter(), regex, "pattern"))
                        + " in " + repr(text));
            return null;
        });
    }

    /** The argument at {@code index} or given by keyword {@code name}. */
    private static Object arg(Args a, int index, String name) {
        if (a.positional().size() > index) return a.get(index);
        if (!a.has(name)) throw a.typeError("missing 1 required positional argument: '" + name + "'");
        return a.keyword(name);
    }

    private static void compare(PyClass c, String name, TokenType op, String words) {
        c.method(name, a -> {
            a.expect(2, 3, "a", "b", "msg");
            Object x = arg(a, 0, "a"), y = arg(a, 1, "b");
            if (!Values.truthy(Operators.compare(op, x, y))) throw fail(a, a.option(2, "msg", null), repr(x) + " " + words + " " + repr(y));
            return null;
        });
    }

    /** assertEqual: a list, tuple, dict, set or str compared with one of the same type gets that type's message; anything else "x != y". */
    static void assertEqual(Args a, Object first, Object second, Object msg) {
        PyClass type = BuiltinTypes.of(first);
        if (type == BuiltinTypes.of(second)) {
            if (type == BuiltinTypes.LIST || type == BuiltinTypes.TUPLE) {
                sequenceEqual(a, first, second, msg, type);
                return;
            }
            if (type == BuiltinTypes.DICT) {
                dictEqual(a, first, second, msg);
                return;
            }
            if (type == BuiltinTypes.SET || type == BuiltinTypes.FROZENSET) {
                setEqual(a, first, second, msg);
                return;
            }
            if (type == BuiltinTypes.STR) {
                multiLineEqual(a, first, second, msg);
                return;
            }
        }
        baseEqual(a, first, second, msg);
    }

    private static void baseEqual(Args a, Object first, Object second, Object msg) {
        if (!Values.truthy(Operators.compare(TokenType.EQUAL_EQUAL, first, second))) {
            String[] shown = shortenedReprs(first, second);
            throw fail(a, msg, shown[0] + " != " + shown[1]);
        }
    }

    private static void assertIsInstance(Args a, Object obj, Object cls, Object msg) {
        if (!isInstance(a, obj, cls)) throw fail(a, msg, repr(obj) + " is not an instance of " + repr(cls));
    }

    private static boolean isInstance(Args a, Object obj, Object cls) {
        return Values.truthy(a.interpreter().call(Attributes.get(a.interpreter(), a.interpreter().modules().load("builtins"), "isinstance"), Arrays.asList(obj, cls)));
    }

    /** assertAlmostEqual and assertNotAlmostEqual(first, second, places=None, msg=None, delta=None): round(abs(first - second), places) == 0, or within delta. */
    private static void almostEqual(Args a, boolean equal) {
        a.expect(2, 5, "first", "second", "places", "msg", "delta");
        Object first = arg(a, 0, "first"), second = arg(a, 1, "second"), places = a.option(2, "places", null), msg = a.option(3, "msg", null),
                delta = a.option(4, "delta", null);
        boolean same = Values.truthy(Operators.compare(TokenType.EQUAL_EQUAL, first, second));
        if (equal && same) return;
        if (delta != null && places != null) throw PyError.type("specify delta or places not both");
        Object diff = Operators.abs(Operators.binary(TokenType.MINUS, first, second));
        if (delta != null) {
            boolean within = Values.truthy(Operators.compare(TokenType.LESS_EQUAL, diff, delta));
            if (equal ? within : !same && !within) return;
            throw fail(a, msg, repr(first) + (equal ? " != " : " == ") + repr(second) + " within " + repr(delta) + " delta (" + repr(diff) + " difference)");
        }
        if (places == null) places = 7L;
        Object rounded = a.interpreter().call(Attributes.get(a.interpreter(), a.interpreter().modules().load("builtins"), "round"), Arrays.asList(diff, places));
        boolean zero = Values.truthy(Operators.compare(TokenType.EQUAL_EQUAL, rounded, 0L));
        if (equal ? zero : !same && !zero) return;
        throw fail(a, msg, repr(first) + (equal ? " != " : " == ") + repr(second) + " within " + repr(places) + " places" + (equal ? " (" + repr(diff) + " difference)" : ""));
    }

    /** assertCountEqual: CPython's _count_diff_all_purpose, the elements whose counts differ, in the order first met. */
    private static void countEqual(Args a, Object first, Object second, Object msg) {
        List<Object> s = new ArrayList<>(Values.items(first)), t = new ArrayList<>(Values.items(second));
        Object used = new Object();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Object elem = s.get(i);
            if (elem == used) continue;
            int cntS = 0, cntT = 0;
            for (int j = i; j < s.size(); j++) {
                if (s.get(j) != used && Operators.equal(s.get(j), elem)) {
                    cntS++;
                    s.set(j, used);
                }
            }
            for (int j = 0; j < t.size(); j++) {
                if (t.get(j) != used && Operators.equal(t.get(j), elem)) {
                    cntT++;
                    t.set(j, used);
                }
            }
            if (cntS != cntT) lines.add("First has " + cntS + ", Second has " + cntT + ":  " + repr(elem));
        }
        for (int i = 0; i < t.size(); i++) {
            Object elem = t.get(i);
            if (elem == used) continue;
            int cntT = 0;
            for (int j = i; j < t.size(); j++) {
                if (t.get(j) != used && Operators.equal(t.get(j), elem)) {
                    cntT++;
                    t.set(j, used);
                }
            }
            lines.add("First has 0, Second has " + cntT + ":  " + repr(elem));
        }
        if (!lines.isEmpty()) throw fail(a, msg, truncated(a, "Element counts were not equal:\n", String.join("\n", lines)));
    }

    /** assertSequenceEqual (and assertListEqual, assertTupleEqual: {@code seqType} list or tuple; null for any sequence). */
    private static void sequenceEqual(Args a, Object seq1, Object seq2, Object msg, Object seqType) {
        Interpreter in = a.interpreter();
        String typeName = "sequence";
        if (seqType instanceof PyClass t) {
            typeName = t.name();
            if (!isInstance(a, seq1, t)) throw failure(a, "First sequence is not a " + typeName + ": " + repr(seq1));
            if (!isInstance(a, seq2, t)) throw failure(a, "Second sequence is not a " + typeName + ": " + repr(seq2));
        }
        long len1, len2;
        try {
            len1 = in.len(seq1);
        } catch (RuntimeException e) {
            throw fail(a, msg, "First " + typeName + " has no length.    Non-sequence?");
        }
        try {
            len2 = in.len(seq2);
        } catch (RuntimeException e) {
            throw fail(a, msg, "Second " + typeName + " has no length.    Non-sequence?");
        }
        if (Operators.equal(seq1, seq2)) return;
        String[] shown = shortenedReprs(seq1, seq2);
        StringBuilder differing = new StringBuilder(Character.toUpperCase(typeName.charAt(0)) + typeName.substring(1) + "s differ: " + shown[0] + " != " + shown[1] + "\n");
        boolean allEqual = true;
        for (long i = 0; i < Math.min(len1, len2); i++) {
            Object item1 = in.item(seq1, i), item2 = in.item(seq2, i);
            if (!Operators.equal(item1, item2)) {
                String[] items = shortenedReprs(item1, item2);
                differing.append("\nFirst differing element ").append(i).append(":\n").append(items[0]).append('\n').append(items[1]).append('\n');
                allEqual = false;
                break;
            }
        }
        if (allEqual && len1 == len2 && seqType == null && BuiltinTypes.of(seq1) != BuiltinTypes.of(seq2)) return; // the same items in sequences of different types
        if (len1 > len2) {
            differing.append("\nFirst ").append(typeName).append(" contains ").append(len1 - len2).append(" additional elements.\n");
            differing.append("First extra element ").append(len2).append(":\n").append(repr(in.item(seq1, len2))).append('\n');
        } else if (len1 < len2) {
            differing.append("\nSecond ").append(typeName).append(" contains ").append(len2 - len1).append(" additional elements.\n");
            differing.append("First extra element ").append(len1).append(":\n").append(repr(in.item(seq2, len1))).append('\n');
        }
        throw fail(a, msg, truncated(a, differing.toString(), "\n" + String.join("\n", Difflib.ndiff(pformatLines(a, seq1), pformatLines(a, seq2)))));
    }

    private static void dictEqual(Args a, Object d1, Object d2, Object msg) {
        assertIsInstance(a, d1, BuiltinTypes.DICT, "First argument is not a dictionary");
        assertIsInstance(a, d2, BuiltinTypes.DICT, "Second argument is not a dictionary");
        if (Operators.equal(d1, d2)) return;
        String[] shown = shortenedReprs(d1, d2);
        throw fail(a, msg, truncated(a, shown[0] + " != " + shown[1], "\n" + String.join("\n", Difflib.ndiff(pformatLines(a, d1), pformatLines(a, d2)))));
    }

    private static void setEqual(Args a, Object set1, Object set2, Object msg) {
        Object difference1, difference2;
        try {
            difference1 = call(a, set1, "difference", set2);
        } catch (LangError e) {
            if (Exceptions.matches(e, "TypeError")) throw fail(a, msg, "invalid type when attempting set difference: " + e.detail());
            if (Exceptions.matches(e, "AttributeError")) throw fail(a, msg, "first argument does not support set difference: " + e.detail());
            throw e;
        }
        try {
            difference2 = call(a, set2, "difference", set1);
        } catch (LangError e) {
            if (Exceptions.matches(e, "TypeError")) throw fail(a, msg, "invalid type when attempting set difference: " + e.detail());
            if (Exceptions.matches(e, "AttributeError")) throw fail(a, msg, "second argument does not support set difference: " + e.detail());
            throw e;
        }
        List<Object> only1 = Values.items(difference1), only2 = Values.items(difference2);
        if (only1.isEmpty() && only2.isEmpty()) return;
        List<String> lines = new ArrayList<>();
        if (!only1.isEmpty()) {
            lines.add("Items in the first set but not the second:");
            for (Object item : only1) lines.add(Repr.repr(item));
        }
        if (!only2.isEmpty()) {
            lines.add("Items in the second set but not the first:");
            for (Object item : only2) lines.add(Repr.repr(item));
        }
        throw fail(a, msg, String.join("\n", lines));
    }

    private static void multiLineEqual(Args a, Object first, Object second, Object msg) {
        assertIsInstance(a, first, BuiltinTypes.STR, "First argument is not a string");
        assertIsInstance(a, second, BuiltinTypes.STR, "Second argument is not a string");
        String x = (String) Values.plain(first), y = (String) Values.plain(second);
        if (x.equals(y)) return;
        if (x.length() > DIFF_THRESHOLD || y.length() > DIFF_THRESHOLD) baseEqual(a, first, second, msg);
        List<String> xs = StrMethods.splitLines(x, true), ys = StrMethods.splitLines(y, true);
        if (xs.size() == 1 && x.equals(x.replaceAll("^[\r\n]+|[\r\n]+$", ""))) {
            xs = List.of(x + "\n");
            ys = List.of(y + "\n");
        }
        String[] shown = shortenedReprs(first, second);
        throw fail(a, msg, truncated(a, shown[0] + " != " + shown[1], "\n" + String.join("", Difflib.ndiff(xs, ys))));
    }

    /** pprint.pformat(obj).splitlines(). */
    private static List<String> pformatLines(Args a, Object obj) {
        Interpreter in = a.interpreter();
        String text = (String) in.call(Attributes.get(in, in.modules().load("pprint"), "pformat"), List.of(obj));
        return StrMethods.splitLines(text, false);
    }

    private static Object compiled(Args a, Object regex) {
        if (regex instanceof String) return a.interpreter().call(Attributes.get(a.interpreter(), a.interpreter().modules().load("re"), "compile"), List.of(regex));
        return regex;
    }

    private static Object call(Args a, Object obj, String method, Object... args) {
        return a.interpreter().call(Attributes.get(a.interpreter(), obj, method), Arrays.asList(args));
    }

    /** CPython's _truncateMessage: the diff after the message, unless it is longer than self.maxDiff. */
    static String truncated(Args a, String message, String diff) {
        Object maxDiff = Attributes.get(a.interpreter(), a.self(), "maxDiff");
        if (maxDiff == null || diff.codePointCount(0, diff.length()) <= Values.toLong(maxDiff, "maxDiff")) return message + diff;
        return message + "\nDiff is " + diff.codePointCount(0, diff.length()) + " characters long. Set self.maxDiff to None to see it.";
    }

    /** The failure of a check: the standard message, or with longMessage (the default) it then " : " and msg; msg alone when longMessage is false. */
    static LangError fail(Args a, Object msg, String standard) {
        if (!Values.truthy(Attributes.get(a.interpreter(), a.self(), "longMessage"))) return failure(a, Values.truthy(msg) ? msg : standard);
        return failure(a, msg == null ? standard : standard + " : " + Repr.str(msg));
    }

    /** The test's failureException (AssertionError) with {@code message}. */
    static LangError failure(Args a, Object message) {
        Interpreter in = a.interpreter();
        Object type = Attributes.get(in, a.self(), "failureException");
        Object ex = in.call(type, java.util.Arrays.asList(message));
        return Exceptions.raise(ex, in, null);
    }

    /** safe_repr. */
    static String repr(Object v) {
        return Repr.repr(v);
    }

    /** CPython's _common_shorten_repr: two reprs, their common beginning and their ends shortened with "[N chars]" when the longer passes 80. */
    static String[] shortenedReprs(Object x, Object y) {
        String[] args = {repr(x), repr(y)};
        int maxlen = Math.max(length(args[0]), length(args[1]));
        if (maxlen <= MAX_LENGTH) return args;
        String prefix = commonPrefix(args[0], args[1]);
        int prefixlen = length(prefix);
        int commonLen = MAX_LENGTH - (maxlen - prefixlen + MIN_BEGIN_LEN + PLACEHOLDER_LEN);
        if (commonLen > MIN_COMMON_LEN) {
            String p = shorten(prefix, MIN_BEGIN_LEN, commonLen);
            return new String[] {p + rest(args[0], prefixlen), p + rest(args[1], prefixlen)};
        }
        String p = shorten(prefix, MIN_BEGIN_LEN, MIN_COMMON_LEN);
        return new String[] {p + shorten(rest(args[0], prefixlen), MIN_DIFF_LEN, MIN_END_LEN), p + shorten(rest(args[1], prefixlen), MIN_DIFF_LEN, MIN_END_LEN)};
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** s[n:] counted in characters (code points). */
    private static String rest(String s, int n) {
        return s.substring(s.offsetByCodePoints(0, n));
    }

    private static String commonPrefix(String x, String y) {
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) i++;
        if (i > 0 && Character.isHighSurrogate(x.charAt(i - 1))) i--;
        return x.substring(0, i);
    }

    private static String shorten(String s, int prefixlen, int suffixlen) {
        int n = length(s), skip = n - prefixlen - suffixlen;
        if (skip <= PLACEHOLDER_LEN) return s;
        return s.substring(0, s.offsetByCodePoints(0, prefixlen)) + "[" + skip + " chars]" + s.substring(s.offsetByCodePoints(0, n - suffixlen));
    }
}
