package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's reprlib: repr(x) with the sizes of CPython's aRepr (6 items of a list, tuple, set or
 * deque, 4 of a dict, 30 characters of a str, 40 digits of an int, a nesting of 6 levels; sets
 * and dicts sorted where they can be), and the class Repr whose limits a program sets
 * (r.maxlist = 3) before calling r.repr(x).
 */
final class ReprlibModule {
    private ReprlibModule() {}

    static final PyClass REPR = PyClass.library("Repr", "reprlib", null);

    private static final String[] LIMITS = {"maxlevel", "maxtuple", "maxlist", "maxarray", "maxdict", "maxset", "maxfrozenset", "maxdeque",
            "maxstring", "maxlong", "maxother"};
    private static final long[] DEFAULTS = {6, 6, 6, 5, 4, 6, 6, 6, 30, 40, 30};

    static {
        REPR.method("__init__", a -> {
            a.expect(0, 0);
            PyInstance self = (PyInstance) a.self();
            self.setOwn("fillvalue", "...");
            for (int i = 0; i < LIMITS.length; i++) self.setOwn(LIMITS[i], DEFAULTS[i]);
            return null;
        });
        REPR.method("repr", a -> {
            Object x = a.expect(1, 1).get(0);
            Limits limits = Limits.of(a.interpreter(), a.self());
            return limits.repr(x, limits.get("maxlevel"));
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("reprlib");
        m.add("Repr", REPR);
        Limits standard = new Limits(DEFAULTS.clone(), "...", null);
        m.add(Builtin.of("repr", a -> standard.withInterpreter(a.interpreter()).repr(a.expect(1, 1).get(0), DEFAULTS[0])));
        return m;
    }

    /** One Repr's limits and fill value. */
    private record Limits(long[] values, String fill, Interpreter interpreter) {
        static Limits of(Interpreter in, Object self) {
            long[] values = new long[LIMITS.length];
            for (int i = 0; i < LIMITS.length; i++) values[i] = Values.toLong(Attributes.get(in, self, LIMITS[i]), LIMITS[i]);
            return new Limits(values, Repr.str(Attributes.get(in, self, "fillvalue")), in);
        }

        Limits withInterpreter(Interpreter in) {
            return new Limits(values, fill, in);
        }

        long get(String limit) {
            return values[java.util.Arrays.asList(LIMITS).indexOf(limit)];
        }

        /** Repr.repr1: by the type's name, as CPython's repr_TYPE methods. */
        String repr(Object x, long level) {
            return switch (Values.typeName(x)) {
                case "str" -> string((String) x);
                case "int" -> cut(Repr.repr(x), get("maxlong"));
                case "tuple" -> iterable(Values.items(x), level, "(", ")", get("maxtuple"), ",");
                case "list" -> iterable(Values.items(x), level, "[", "]", get("maxlist"), "");
                case "set" -> Values.items(x).isEmpty() ? "set()" : iterable(possiblySorted(Values.items(x)), level, "{", "}", get("maxset"), "");
                case "frozenset" -> Values.items(x).isEmpty() ? "frozenset()"
                        : iterable(possiblySorted(Values.items(x)), level, "frozenset({", "})", get("maxfrozenset"), "");
                case "collections.deque" -> iterable(Values.items(x), level, "deque([", "])", get("maxdeque"), "");
                case "dict" -> dict((PyDict) x, level);
                default -> cut(Repr.repr(x), get("maxother"));
            };
        }

        private String iterable(List<Object> items, long level, String left, String right, long most, String trail) {
            int n = items.size();
            String inside;
            if (level <= 0 && n > 0) {
                inside = fill;
            } else {
                List<String> pieces = new ArrayList<>();
                for (int i = 0; i < Math.min(n, most); i++) pieces.add(repr(items.get(i), level - 1));
                if (n > most) pieces.add(fill);
                inside = String.join(", ", pieces);
                if (n == 1) right = trail + right;
            }
            return left + inside + right;
        }

        private String dict(PyDict d, long level) {
            int n = d.size();
            if (n == 0) return "{}";
            if (level <= 0) return "{" + fill + "}";
            List<String> pieces = new ArrayList<>();
            List<Object> keys = possiblySorted(Values.items(d));
            for (int i = 0; i < Math.min(n, get("maxdict")); i++) pieces.add(repr(keys.get(i), level - 1) + ": " + repr(d.get(keys.get(i)), level - 1));
            if (n > get("maxdict")) pieces.add(fill);
            return "{" + String.join(", ", pieces) + "}";
        }

        /** repr of at most maxstring characters: the head and tail of the string, the fill value between. */
        private String string(String s) {
            long most = get("maxstring");
            String r = Repr.repr(take(s, 0, most));
            if (length(r) <= most) return r;
            long i = Math.max(0, (most - 3) / 2), j = Math.max(0, most - 3 - i);
            r = Repr.repr(take(s, 0, i) + take(s, length(s) - j, j));
            return take(r, 0, i) + fill + take(r, length(r) - j, j);
        }

        private String cut(String r, long most) {
            if (length(r) <= most) return r;
            long i = Math.max(0, (most - 3) / 2), j = Math.max(0, most - 3 - i);
            return take(r, 0, i) + fill + take(r, length(r) - j, j);
        }

        private List<Object> possiblySorted(List<Object> items) {
            try {
                return ListMethods.sorted(items, null, false, interpreter);
            } catch (PyError | LangError e) {
                return items;
            }
        }

        private static long length(String s) {
            return s.codePointCount(0, s.length());
        }

        /** The code points [from, from + count) of s, clipped to it. */
        private static String take(String s, long from, long count) {
            long n = length(s);
            from = Math.max(0, Math.min(from, n));
            long to = Math.max(from, Math.min(n, from + count));
            return s.substring(s.offsetByCodePoints(0, (int) from), s.offsetByCodePoints(0, (int) to));
        }
    }
}
