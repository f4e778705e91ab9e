package dev.adjoint.lang.lib.numpy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Dragon4's digits as NumPy uses them: the shortest decimal that reads back as the same double (or float32), cut at a precision. */
final class Digits {
    private Digits() {}

    /** |v| as the shortest decimal that reads back as v (as a float32 when {@code f32}); v finite. */
    static BigDecimal shortest(double v, boolean f32) {
        double a = Math.abs(v);
        if (a == 0) return BigDecimal.ZERO;
        BigDecimal exact = new BigDecimal(a);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (f32 ? r.floatValue() == (float) a : r.doubleValue() == a) return r;
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /**
     * NumPy's dragon4_positional, as the sign and integer part and the fraction digits: with
     * {@code unique}, the shortest digits cut at {@code precision} fractional digits (none: no cut),
     * then at least {@code minDigits} of them (those past the unique ones the value's own);
     * without, the exact value rounded to {@code precision} digits, zeros kept.
     */
    static String[] positional(double v, boolean f32, Integer precision, boolean unique, int minDigits, boolean plus) {
        BigDecimal d;
        if (unique) {
            d = shortest(v, f32);
            if (precision != null && d.scale() > precision) d = exact(v).setScale(precision, RoundingMode.HALF_EVEN);
            d = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
            if (Math.max(d.scale(), 0) < minDigits) d = exact(v).setScale(minDigits, RoundingMode.HALF_EVEN);
        } else {
            d = exact(v).setScale(precision, RoundingMode.HALF_EVEN);
        }
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String sign = sign(v, plus);
        return dot < 0 ? new String[] {sign + plain, ""} : new String[] {sign + plain.substring(0, dot), plain.substring(dot + 1)};
    }

    /** dragon4_positional with unique digits cut at {@code precision} (NumPy's maxprec, its default). */
    static String[] positional(double v, boolean f32, int precision) {
        return positional(v, f32, precision, true, 0, false);
    }

    /**
     * NumPy's dragon4_scientific, as the sign and first digit, the other digits and the exponent:
     * {@code unique}, {@code precision} and {@code minDigits} as for {@link #positional}, counting
     * the digits after the first.
     */
    static String[] scientific(double v, boolean f32, Integer precision, boolean unique, int minDigits, boolean plus) {
        BigDecimal d;
        int wanted = minDigits;
        if (unique) {
            d = shortest(v, f32);
            if (precision != null && d.precision() > precision + 1) d = exact(v).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            d = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
            if (d.precision() - 1 < minDigits && v != 0) d = exact(v).round(new MathContext(minDigits + 1, RoundingMode.HALF_EVEN));
        } else {
            d = v == 0 ? BigDecimal.ZERO : exact(v).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            wanted = Math.max(wanted, precision);
        }
        String digits = d.unscaledValue().toString();
        int exponent = d.signum() == 0 ? 0 : digits.length() - 1 - d.scale();
        digits = digits.replaceFirst("0+$", "");
        if (digits.isEmpty()) digits = "0";
        digits += "0".repeat(Math.max(0, wanted + 1 - digits.length())); // 2.5 to 4 digits: 2.5000
        return new String[] {sign(v, plus) + digits.charAt(0), digits.substring(1), Integer.toString(exponent)};
    }

    /** dragon4_scientific with unique digits, at most {@code precision} after the point. */
    static String[] scientific(double v, boolean f32, int precision) {
        return scientific(v, f32, precision, true, 0, false);
    }

    /** |v| exactly. */
    private static BigDecimal exact(double v) {
        return new BigDecimal(Math.abs(v));
    }

    /** "-" for a negative value (-0.0 keeps its sign, as NumPy prints it), "+" for the others when asked. */
    private static String sign(double v, boolean plus) {
        return v < 0 || (v == 0 && 1 / v < 0) ? "-" : plus ? "+" : "";
    }
}
