package dev.adjoint.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The class complex: {@code complex()}, {@code complex(re, im)} and {@code complex('1+2j')} as CPython's constructor reads them. */
final class ComplexType {
    private ComplexType() {}

    static final PyClass COMPLEX = PyClass.builtin("complex", BuiltinTypes.OBJECT, Builtin.of("complex", ComplexType::construct));

    /** A float in complex()'s text: digits with single underscores between them, a point, an exponent, inf, infinity, nan. */
    private static final String FLOAT = "(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:e[+-]?\\d(?:_?\\d)*)?|inf(?:inity)?|nan)";
    private static final Pattern TEXT = Pattern.compile("(?i)\\s*(?<open>\\()?\\s*(?:(?<re>[+-]?" + FLOAT + ")(?:(?<im>[+-]" + FLOAT + "?)j)?|(?<only>[+-]?"
            + FLOAT + "?)j)\\s*(?<close>\\))?\\s*");

    private static Object construct(Args a) {
        a.expect(0, 2, "real", "imag");
        Object r = a.option(0, "real", null), i = a.option(1, "imag", null);
        if (r instanceof String s) {
            if (i != null) throw PyError.type("complex() can't take second arg if first is a string");
            return parse(s);
        }
        if (i instanceof String) throw PyError.type("complex() second arg can't be a string");
        if (r == null && a.size() == 0 && a.keyword("real") == null) r = 0L;
        PyComplex cr = number(r, "first argument must be a string or a number"), ci = i == null ? null : number(i, "second argument must be a number");
        if (ci == null) return cr;
        // CPython's complex_new: real + imag*1j, a part's own imaginary part added only when it is a complex
        // (complex(1j, 1j) is (-1+1j); complex(-0.0, -0.0) keeps both signs)
        double re = Values.plain(i) instanceof PyComplex ? cr.real() - ci.imag() : cr.real();
        double im = Values.plain(r) instanceof PyComplex ? ci.real() + cr.imag() : ci.real();
        return new PyComplex(re, im);
    }

    /** An int, float, complex, or an object with __complex__ or __float__, as a complex; else complex()'s TypeError. */
    static PyComplex number(Object v, String what) {
        if (v instanceof PyInstance inst && inst.has("__complex__")) {
            Object c = inst.call("__complex__");
            if (!(c instanceof PyComplex z)) throw PyError.type("__complex__ returned non-complex (type " + Values.typeName(c) + ")");
            return z;
        }
        if (v instanceof PyInstance inst && inst.has("__float__")) return new PyComplex(PyNumbers.toDouble(inst.call("__float__")), 0.0);
        PyComplex z = PyComplex.of(v);
        if (z == null) throw PyError.type("complex() " + what + ", not '" + Values.typeName(v) + "'");
        return z;
    }

    /** complex('1+2j'), complex(' (3-4.5e1j) '), complex('j'): CPython's grammar, no blank inside a number. */
    static PyComplex parse(String s) {
        Matcher m = TEXT.matcher(s);
        if (!m.matches() || (m.group("open") == null) != (m.group("close") == null)) throw PyError.value("complex() arg is a malformed string");
        if (m.group("only") != null) return new PyComplex(0.0, part(m.group("only")));
        return new PyComplex(part(m.group("re")), m.group("im") == null ? 0.0 : part(m.group("im")));
    }

    /** One part's float: a sign alone is 1 (the j in 1+j). */
    private static double part(String text) {
        String t = text.replace("_", "").toLowerCase();
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) t = t.substring(1);
        double v = t.isEmpty() ? 1.0 : t.startsWith("inf") ? Double.POSITIVE_INFINITY : t.equals("nan") ? Double.NaN : Double.parseDouble(t);
        return negative ? -v : v;
    }
}
