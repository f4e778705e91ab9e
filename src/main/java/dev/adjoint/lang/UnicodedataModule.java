package dev.adjoint.lang;

import java.util.Set;

/**
 * Python's unicodedata, answering from CPython 3.11's character database (Unicode 14.0.0, see
 * {@link UnicodeDatabase}): the PyTorch tutorials' unicodeToAscii
 * ({@code normalize('NFD', s)} then dropping category 'Mn') and the rest of the module's
 * functions, with CPython's errors. ucd_3_2_0 (the IDNA codec's old database) is not offered.
 */
final class UnicodedataModule {
    private UnicodedataModule() {}

    private static final Set<String> FORMS = Set.of("NFC", "NFD", "NFKC", "NFKD");

    static PyModule create() {
        PyModule m = new PyModule("unicodedata");
        m.add("unidata_version", UnicodeDatabase.VERSION);
        m.add(Builtin.of("category", a -> db().category(character(a))));
        m.add(Builtin.of("bidirectional", a -> db().bidirectional(character(a))));
        m.add(Builtin.of("east_asian_width", a -> db().eastAsianWidth(character(a))));
        m.add(Builtin.of("combining", a -> (long) db().combining(character(a))));
        m.add(Builtin.of("mirrored", a -> (long) db().mirrored(character(a))));
        m.add(Builtin.of("decomposition", a -> db().decomposition(character(a))));
        m.add(Builtin.of("name", a -> {
            String name = db().name(character(a, 2));
            if (name != null) return name;
            if (a.size() == 2) return a.get(1);
            throw PyError.value("no such name");
        }));
        m.add(Builtin.of("decimal", a -> numeric(a, "not a decimal")));
        m.add(Builtin.of("digit", a -> numeric(a, "not a digit")));
        m.add(Builtin.of("numeric", a -> numeric(a, "not a numeric character")));
        m.add(Builtin.of("lookup", a -> {
            positionalOnly(a, 1, 1);
            if (!(a.get(0) instanceof String name)) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(a.get(0)) + "'");
            if (name.length() > 256) throw PyError.key("name too long");
            String found = db().lookup(name);
            if (found == null) throw PyError.key("undefined character name '" + name + "'");
            return found;
        }));
        m.add(Builtin.of("normalize", a -> UnicodeNormalizer.normalize(form(a), text(a))));
        m.add(Builtin.of("is_normalized", a -> {
            String form = form(a), s = text(a);
            return UnicodeNormalizer.normalize(form, s).equals(s);
        }));
        return m;
    }

    private static UnicodeDatabase db() {
        return UnicodeDatabase.get();
    }

    /** The one-character argument of category(chr) and its kind, as a code point. */
    private static int character(Args a) {
        return character(a, 1);
    }

    private static int character(Args a, int most) {
        positionalOnly(a, 1, most);
        Object v = a.get(0);
        if (v instanceof String s && s.codePointCount(0, s.length()) == 1) return s.codePointAt(0);
        throw PyError.type(a.function() + "() argument must be a unicode character, not " + Values.typeName(v));
    }

    /** CPython's argument-clinic checks of these positional-only functions. */
    private static void positionalOnly(Args a, int least, int most) {
        if (!a.keywords().isEmpty()) throw PyError.type("unicodedata." + a.function() + "() takes no keyword arguments");
        if (a.size() < least || a.size() > most) {
            if (least == 1 && most == 1) throw PyError.type("unicodedata." + a.function() + "() takes exactly one argument (" + a.size() + " given)");
            String bound = least == most ? String.valueOf(least) : a.size() < least ? "at least " + least : "at most " + most;
            throw PyError.type(a.function() + " expected " + bound + " argument" + (bound.endsWith(" 1") || bound.equals("1") ? "" : "s") + ", got " + a.size());
        }
    }

    /** decimal(chr, default), digit and numeric: the value, else the default, else the ValueError. */
    private static Object numeric(Args a, String missing) {
        UnicodeDatabase.Numeric n = db().numeric(character(a, 2));
        Object value = n == null ? null : switch (a.function()) {
            case "decimal" -> n.decimal();
            case "digit" -> n.digit();
            default -> (Object) n.numeric();
        };
        if (value != null) return value;
        if (a.size() == 2) return a.get(1);
        throw PyError.value(missing);
    }

    private static String form(Args a) {
        positionalOnly(a, 2, 2);
        if (!(a.get(0) instanceof String form)) throw PyError.type(a.function() + "() argument 1 must be str, not " + Values.typeName(a.get(0)));
        if (!FORMS.contains(form)) throw PyError.value("invalid normalization form");
        return form;
    }

    private static String text(Args a) {
        if (!(a.get(1) instanceof String s)) throw PyError.type(a.function() + "() argument 2 must be str, not " + Values.typeName(a.get(1)));
        return s;
    }
}
