package dev.adjoint.lang;

import java.math.BigInteger;

/** The value of a number token, as Python reads it: 1_000, 0x10, 0o17, 0b101 (ints of any size), .5, 1e-3, 7. (floats), 2j, 1.5e3J (imaginary: complex). */
final class NumberLiteral {
    private NumberLiteral() {}

    static Object value(Token t) {
        String text = t.text().replace("_", "");
        String lower = text.toLowerCase();
        if (lower.startsWith("0x") || lower.startsWith("0o") || lower.startsWith("0b")) {
            int radix = lower.charAt(1) == 'x' ? 16 : lower.charAt(1) == 'o' ? 8 : 2;
            try {
                return PyNumbers.normalize(new BigInteger(text.substring(2), radix));
            } catch (NumberFormatException e) {
                throw new LangError("invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") + " literal", t.span());
            }
        }
        if (lower.endsWith("j")) return new PyComplex(0.0, Double.parseDouble(text.substring(0, text.length() - 1))); // 10j, 1e400j (infj)
        if (lower.contains(".") || lower.contains("e")) return Double.parseDouble(text);
        if (text.length() > 1 && text.charAt(0) == '0' && !text.chars().allMatch(c -> c == '0')) {
            int zeros = 0; // CPython's caret: under the zeros (and underscores) before the first other digit
            while (t.text().charAt(zeros) == '0' || t.text().charAt(zeros) == '_') zeros++;
            Span s = t.span();
            throw new LangError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    new Span(s.offset(), zeros, s.line(), s.column()));
        }
        if (text.length() > 4300)
            throw new LangError("Exceeds the limit (4300 digits) for integer string conversion", t.span());
        return PyNumbers.normalize(new BigInteger(text));
    }
}
