package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's format-spec mini-language ({@code format(v, spec)}, f-string {@code {v:spec}},
 * {@code str.format}): {@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]} for
 * ints, floats and strings. Floats are rounded from their exact binary value, half to even, as
 * CPython's correctly rounded formatting does ({@code format(2.675, '.2f')} is {@code 2.67}).
 */
public final class FormatSpec {
    private final char align, sign, grouping, type;
    private final String fill; // one character, which may be two UTF-16 units (an emoji)
    private final boolean alternate, zeroNegative;
    private final int width, precision;

    /**
     * Parsed as CPython 3.11's parse_internal_render_format_spec: a '0' before the width sets the
     * fill to '0' unless a fill was given, and the alignment to '=' for numbers unless one was
     * given; ',' and '_' are checked against the type here, before the kind of value is.
     */
    private FormatSpec(String spec, String typeName, boolean number) {
        int i = 0, n = spec.length();
        String f = " ";
        char a = 0;
        boolean fillGiven = false;
        int second = n >= 1 ? Character.charCount(spec.codePointAt(0)) : 0;
        if (n > second && "<>=^".indexOf(spec.charAt(second)) >= 0) {
            f = spec.substring(0, second);
            a = spec.charAt(second);
            fillGiven = true;
            i = second + 1;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            a = spec.charAt(0);
            i = 1;
        }
        char s = 0;
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) s = spec.charAt(i++);
        boolean z = false;
        if (i < n && spec.charAt(i) == 'z') {
            z = true;
            i++;
        }
        boolean alt = false;
        if (i < n && spec.charAt(i) == '#') {
            alt = true;
            i++;
        }
        if (!fillGiven && i < n && spec.charAt(i) == '0') {
            f = "0";
            if (a == 0 && number) a = '=';
            i++;
        }
        int w = -1;
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) i++;
        if (i > start) w = parseInt(spec.substring(start, i));
        char g = 0;
        if (i < n && spec.charAt(i) == ',') g = spec.charAt(i++);
        if (i < n && spec.charAt(i) == '_') {
            if (g != 0) throw PyError.value("Cannot specify both ',' and '_'.");
            g = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == ',' && g == '_') throw PyError.value("Cannot specify both ',' and '_'.");
        int p = -1;
        if (i < n && spec.charAt(i) == '.') {
            start = ++i;
            while (i < n && Character.isDigit(spec.charAt(i))) i++;
            if (i == start) throw PyError.value("Format specifier missing precision");
            p = parseInt(spec.substring(start, i));
        }
        if (n - i > 1) throw PyError.value("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        char t = i < n ? spec.charAt(i) : 0;
        if (g != 0 && "defgEGF%".indexOf(t) < 0 && t != 0 && !(g == '_' && "boxX".indexOf(t) >= 0)) {
            String shown = t > 32 && t < 128 ? String.valueOf(t) : "\\x" + Integer.toHexString(t);
            throw PyError.value("Cannot specify '" + g + "' with '" + shown + "'.");
        }
        fill = f;
        align = a;
        sign = s;
        zeroNegative = z;
        alternate = alt;
        width = w;
        grouping = g;
        precision = p;
        type = t;
    }

    private static int parseInt(String digits) {
        try {
            int v = Integer.parseInt(digits);
            if (v > 100_000) throw PyError.value("Too many decimal digits in format string");
            return v;
        } catch (NumberFormatException e) {
            throw PyError.value("Too many decimal digits in format string");
        }
    }

    /** Python's format(value, spec) for the built-in kinds of value (objects with __format__ are the interpreter's). */
    public static String format(Object value, String spec) {
        if (value instanceof TrackedNumber t) value = t.value();
        if (value instanceof PyOperand o && o.pythonNumber() != null) value = o.pythonNumber(); // np.float32 formats as float
        if (!spec.isEmpty() && value instanceof PyOperand o && o.formatsAs() != null) value = o.formatsAs(); // np.array(2.5) with '.1f'

        if (value instanceof Tensor t && t.ndim() == 0) value = TensorFunctions.pyScalar(t.value().item(), t.dtype()); // PyTorch formats a 0-d tensor's item()
        if (value instanceof Boolean b && spec.isEmpty()) return b ? "True" : "False";
        if (spec.isEmpty()) return Repr.str(value);
        if (value instanceof PyComplex c) return new FormatSpec(spec, "complex", true).formatComplex(c);
        if (!PyNumbers.isInt(value) && !(value instanceof Double) && !(value instanceof String))
            throw PyError.type("unsupported format string passed to " + Values.typeName(value) + ".__format__");
        String typeName = Values.typeName(value);
        FormatSpec f = new FormatSpec(spec, typeName, !(value instanceof String));
        if (PyNumbers.isInt(value)) return f.formatInt(value, typeName);
        if (value instanceof Double d) return f.formatFloat(d);
        return f.formatString((String) value);
    }

    private String formatString(String s) {
        if (type != 0 && type != 's') throw unknownType("str");
        if (sign != 0) throw PyError.value((sign == ' ' ? "Space" : "Sign") + " not allowed in string format specifier");
        if (zeroNegative) throw PyError.value("Negative zero coercion (z) not allowed in string format specifier");
        if (alternate) throw PyError.value("Alternate form (#) not allowed in string format specifier");
        if (align == '=') throw PyError.value("'=' alignment not allowed in string format specifier");
        String body = precision >= 0 && precision < CodePoints.length(s) ? CodePoints.substring(s, 0, precision) : s;
        return pad("", body, '<');
    }

    private PyError unknownType(String typeName) {
        return PyError.value("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    private String formatInt(Object value, String typeName) {
        if (type != 0 && "eEfFgG%".indexOf(type) >= 0) return formatFloat(PyNumbers.toDouble(value));
        if (type != 0 && "bcdnoxX".indexOf(type) < 0) throw unknownType(typeName);
        if (precision >= 0) throw PyError.value("Precision not allowed in integer format specifier");
        if (zeroNegative) throw PyError.value("Negative zero coercion (z) not allowed in integer format specifier");
        BigInteger v = PyNumbers.big(value);
        boolean negative = v.signum() < 0;
        BigInteger abs = v.abs();
        if (type == 'c') {
            if (sign != 0) throw PyError.value("Sign not allowed with integer format specifier 'c'");
            if (alternate) throw PyError.value("Alternate form (#) not allowed with integer format specifier 'c'");
            if (v.bitLength() > 63) throw PyError.overflow("Python int too large to convert to C long");
            if (negative || abs.compareTo(BigInteger.valueOf(0x10ffff)) > 0) throw PyError.overflow("%c arg not in range(0x110000)");
            return pad("", new String(Character.toChars(abs.intValueExact())), '>');
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = abs.toString(radix);
        if (type == 'X') digits = digits.toUpperCase();
        String prefix = alternate && radix != 10 ? "0" + (type == 'b' ? 'b' : type == 'o' ? 'o' : type == 'X' ? 'X' : 'x') : "";
        return number(signText(negative) + prefix, digits, "", radix == 10 ? 3 : 4);
    }

    private String formatFloat(double d) {
        if (type != 0 && "eEfFgGn%".indexOf(type) < 0) throw unknownType("float");
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        String body = body(Math.abs(d));
        if (zeroNegative && negative && body.replaceAll("e.*|E.*", "").replaceAll("[^1-9]", "").isEmpty()) negative = false; // z: -0.0 shows as 0.0
        String suffix = "";
        if (type == '%') suffix = "%";
        int point = body.indexOf('.');
        int e = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E');
        int intEnd = point >= 0 ? point : e >= 0 ? e : body.length();
        if (!Character.isDigit(body.charAt(0))) intEnd = body.length(); // inf, nan
        String intPart = body.substring(0, intEnd), rest = body.substring(intEnd);
        return number(signText(negative), intPart, rest + suffix, 3);
    }

    /**
     * CPython's format_complex_internal: each part formatted as a float with the spec's type and
     * precision (the imaginary one always signed), then padded as a whole; no type is repr's
     * digits in parentheses, without them when the real part is +0 and left out.
     */
    private String formatComplex(PyComplex c) {
        if (type != 0 && "eEfFgGn".indexOf(type) < 0) throw unknownType("complex");
        if (fill.equals("0") && align == '=') throw PyError.value("Zero padding is not allowed in complex format specifier");
        if (align == '=') throw PyError.value("'=' alignment flag is not allowed in complex format specifier");
        boolean repr = type == 0 && precision < 0, skipReal = false, parens = false;
        if (type == 0) {
            if (c.real() == 0 && Math.copySign(1.0, c.real()) > 0) skipReal = true;
            else parens = true;
        }
        String re = skipReal ? "" : part(c.real(), sign, repr);
        String im = part(c.imag(), skipReal ? sign : '+', repr);
        return pad("", (parens ? "(" : "") + re + im + "j" + (parens ? ")" : ""), '>');
    }

    /** One part of a complex: its sign by {@code signOption}, its digits as a float's with this spec's type ('g' for none), precision, '#' and grouping. */
    private String part(double d, char signOption, boolean repr) {
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        String digits;
        if (repr) {
            digits = PyComplex.part(Math.abs(d));
        } else {
            String inner = (alternate ? "#" : "") + (grouping != 0 ? String.valueOf(grouping) : "") + (precision >= 0 ? "." + precision : "")
                    + (type == 0 ? "g" : type == 'n' ? "g" : String.valueOf(type));
            digits = new FormatSpec(inner, "complex", true).formatFloat(Math.abs(d));
        }
        String signText = negative ? "-" : signOption == '+' ? "+" : signOption == ' ' ? " " : "";
        return signText + digits;
    }

    /** The unsigned text of a float before padding and grouping. */
    private String body(double a) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(a)) return upper ? "NAN" : "nan";
        if (Double.isInfinite(a)) return upper ? "INF" : "inf";
        int p = precision < 0 ? 6 : precision;
        return switch (type) {
            case 'f', 'F' -> fixed(a, p);
            case '%' -> Double.isInfinite(a * 100) ? "inf" : fixed(a * 100, p); // a float near the largest: CPython's x * 100 is inf
            case 'e', 'E' -> scientific(a, p, upper, alternate);
            case 'g', 'G', 'n' -> general(a, precision < 0 ? 6 : Math.max(p, 1), upper, alternate, false);
            default -> precision < 0 ? reprForm(a) : general(a, Math.max(p, 1), false, alternate, true);
        };
    }

    /** No type, no precision: repr's digits; '#' keeps a point in the exponent form (1.e+16). */
    private String reprForm(double a) {
        String r = FloatRepr.repr(a);
        return alternate && !r.contains(".") ? r.replace("e", ".e") : r;
    }

    private String fixed(double a, int p) {
        String s = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        return p == 0 && alternate ? s + "." : s;
    }

    /** d.ddde±xx with p digits after the point ('#' keeps the point when p is 0). */
    private static String scientific(double a, int p, boolean upper, boolean alternate) {
        int exp;
        String digits;
        if (a == 0) {
            exp = 0;
            digits = "0".repeat(p + 1);
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
            digits = r.unscaledValue().toString();
            digits = digits.length() < p + 1 ? digits + "0".repeat(p + 1 - digits.length()) : digits.substring(0, p + 1);
        }
        String mantissa = digits.charAt(0) + (p > 0 ? "." + digits.substring(1) : alternate ? "." : "");
        String e = FloatRepr.exponent(exp);
        return mantissa + (upper ? e.toUpperCase() : e);
    }

    /**
     * 'g' with precision p: scientific when the exponent is below -4 or at least p, else fixed;
     * trailing zeros dropped unless '#'. {@code repr} is the no-type form: at least one decimal in
     * fixed form, and scientific already at exponent p - 1.
     */
    private static String general(double a, int p, boolean upper, boolean alternate, boolean repr) {
        int exp = 0;
        if (a != 0) {
            BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
        }
        String s;
        if (exp < -4 || exp >= (repr ? p - 1 : p)) {
            s = scientific(a, p - 1, upper, alternate);
            if (!alternate) s = s.replaceAll("(\\.\\d*?)0+(?=[eE])", "$1").replace(".e", "e").replace(".E", "E");
        } else {
            s = new BigDecimal(a).setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (!alternate && s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            if (repr && !s.contains(".")) s = s + ".0";
            if (alternate && !s.contains(".")) s = s + ".";
        }
        return s;
    }

    private String signText(boolean negative) {
        if (negative) return "-";
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /** Sign and prefix, the integer digits (grouped), the rest; padded to the width ('=' pads after the sign). */
    private String number(String signAndPrefix, String intDigits, String rest, int groupSize) {
        boolean digits = !intDigits.isEmpty() && Character.digit(intDigits.charAt(0), 16) >= 0; // not inf or nan
        if (fill.equals("0") && align == '=' && grouping != 0 && digits && width > 0) {
            while (signAndPrefix.length() + group(intDigits, groupSize).length() + rest.length() < width) intDigits = "0" + intDigits;
        }
        String grouped = digits ? group(intDigits, groupSize) : intDigits;
        return pad(signAndPrefix, grouped + rest, '>');
    }

    private String group(String digits, int size) {
        if (grouping == 0) return digits;
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % size;
        if (first == 0) first = size;
        sb.append(digits, 0, Math.min(first, digits.length()));
        for (int i = first; i < digits.length(); i += size) sb.append(grouping).append(digits, i, i + size);
        return sb.toString();
    }

    private String pad(String prefix, String body, char defaultAlign) {
        int length = prefix.length() + body.codePointCount(0, body.length());
        if (width <= length) return prefix + body;
        int padding = width - length;
        String f = fill;
        return switch (align == 0 ? defaultAlign : align) {
            case '<' -> prefix + body + f.repeat(padding);
            case '^' -> f.repeat(padding / 2) + prefix + body + f.repeat(padding - padding / 2);
            case '=' -> prefix + f.repeat(padding) + body;
            default -> f.repeat(padding) + prefix + body;
        };
    }
}
