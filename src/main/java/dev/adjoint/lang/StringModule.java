package dev.adjoint.lang;

import java.util.Map;
import java.util.regex.Matcher;

/**
 * Python's string: its character constants, capwords, and Template ($-substitution, as the
 * Python tutorial's 11.2 uses it: substitute, safe_substitute, and a subclass with its own
 * delimiter, idpattern, braceidpattern or flags).
 */
final class StringModule {
    private StringModule() {}

    static final PyClass TEMPLATE = PyClass.library("Template", "string", null);

    static {
        TEMPLATE.define("delimiter", "$").define("idpattern", "(?a:[_a-z][_a-z0-9]*)").define("braceidpattern", null).define("flags", 2L);
        TEMPLATE.method("__init__", a -> {
            ((PyInstance) a.self()).setOwn("template", a.expect(1, 1, "template").option(0, "template", null));
            return null;
        });
        TEMPLATE.method("substitute", a -> substitute(a, false));
        TEMPLATE.method("safe_substitute", a -> substitute(a, true));
        TEMPLATE.method("get_identifiers", a -> {
            PyList ids = new PyList();
            Matcher m = placeholders(a.expect(0, 0));
            while (m.find()) {
                String id = m.group("named") != null ? m.group("named") : m.group("braced");
                if (id != null && !ids.contains(id)) ids.add(id);
                else if (id == null && m.group("invalid") != null) throw invalid(m, template(a));
            }
            return ids;
        });
        TEMPLATE.method("is_valid", a -> {
            Matcher m = placeholders(a.expect(0, 0));
            while (m.find()) if (m.group("invalid") != null) return false;
            return true;
        });
    }

    /**
     * The placeholders of a template object: its class's delimiter (taken literally), then the
     * delimiter again, an identifier, a braced identifier, or nothing (an invalid placeholder), as
     * CPython's Template.pattern; a subclass's own {@code pattern} (a regular expression with those
     * four groups) is used instead.
     */
    private static Matcher placeholders(Args a) {
        Interpreter in = a.interpreter();
        Object self = a.self();
        String text = template(a);
        int flags = (int) Values.toLong(Attributes.get(in, self, "flags"), "flags");
        PyClass owner = ((PyInstance) self).pyClass().owner("pattern");
        if (owner != null && owner != TEMPLATE && Attributes.get(in, self, "pattern") instanceof String own)
            return ReModule.pattern(own, flags | 64).matcher(text); // CPython compiles a subclass's pattern with re.VERBOSE
        String delimiter = ReModule.escape(Attributes.get(in, self, "delimiter"));
        String id = Repr.str(Attributes.get(in, self, "idpattern"));
        Object braced = Attributes.get(in, self, "braceidpattern");
        String source = delimiter + "(?:(?P<escaped>" + delimiter + ")|(?P<named>" + id + ")|\\{(?P<braced>" + (braced == null ? id : Repr.str(braced))
                + ")\\}|(?P<invalid>))";
        return ReModule.pattern(source, flags & ~64).matcher(text);
    }

    private static String template(Args a) {
        return Repr.str(Attributes.get(a.interpreter(), a.self(), "template"));
    }

    /** substitute(mapping={}, /, **kws) and safe_substitute: keywords before the mapping, as CPython's ChainMap. */
    private static String substitute(Args a, boolean safe) {
        if (a.size() > 1) throw PyError.type("Template." + a.function() + "() takes from 1 to 2 positional arguments but " + (a.size() + 1) + " were given");
        Object mapping = a.size() == 1 ? a.get(0) : null;
        Map<String, Object> keywords = a.keywords();
        Interpreter in = a.interpreter();
        Matcher m = placeholders(a);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group("named") != null ? m.group("named") : m.group("braced");
            String replacement;
            if (m.group("escaped") != null) replacement = Repr.str(Attributes.get(in, a.self(), "delimiter"));
            else if (id != null) {
                try {
                    replacement = Repr.str(keywords.containsKey(id) ? keywords.get(id) : mapping == null ? missing(id) : in.item(mapping, id));
                } catch (PyError e) {
                    if (!safe || !e.type().equals("KeyError")) throw e;
                    replacement = m.group();
                } catch (LangError e) {
                    if (!safe || !Exceptions.matches(e, "KeyError")) throw e;
                    replacement = m.group();
                }
            } else if (safe) replacement = m.group();
            else throw invalid(m, template(a));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Object missing(String id) {
        throw new PyError("KeyError", Repr.repr(id)).withArgs(id);
    }

    /** CPython's ValueError for a delimiter that starts no placeholder, with its line and column (from 1). */
    private static PyError invalid(Matcher m, String text) {
        int at = m.start("invalid"), line = 1, lineStart = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && (i + 1 >= at || text.charAt(i + 1) != '\n');
            if (lineEnd && i + 1 < at) {
                line++;
                lineStart = i + 1;
            }
        }
        return PyError.value("Invalid placeholder in string: line " + line + ", col " + (at - lineStart));
    }

    static PyModule create() {
        PyModule m = new PyModule("string");
        String lower = "abcdefghijklmnopqrstuvwxyz", upper = lower.toUpperCase(), digits = "0123456789";
        String punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", whitespace = " \t\n\r\u000b\f";
        m.add("ascii_lowercase", lower);
        m.add("ascii_uppercase", upper);
        m.add("ascii_letters", lower + upper);
        m.add("digits", digits);
        m.add("hexdigits", digits + "abcdef" + "ABCDEF");
        m.add("octdigits", "01234567");
        m.add("punctuation", punctuation);
        m.add("whitespace", whitespace);
        m.add("printable", digits + lower + upper + punctuation + whitespace);
        m.add("Template", TEMPLATE);
        m.add(Builtin.of("capwords", a -> {
            a.expect(1, 2, "sep");
            String s = a.string(0);
            Object sep = a.option(1, "sep", null);
            String[] words = sep == null ? s.strip().split("\\s+") : s.split(java.util.regex.Pattern.quote(Repr.str(sep)), -1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                if (i > 0) out.append(sep == null ? " " : Repr.str(sep));
                String w = words[i];
                out.append(w.isEmpty() ? "" : w.substring(0, 1).toUpperCase() + w.substring(1).toLowerCase());
            }
            return sep == null && s.isBlank() ? "" : out.toString();
        }));
        return m;
    }
}
