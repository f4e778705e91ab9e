package dev.adjoint.lang;

/** Python's string: its character constants and capwords. */
final class StringModule {
    private StringModule() {}

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
