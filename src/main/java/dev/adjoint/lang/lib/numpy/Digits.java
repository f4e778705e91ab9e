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

    /** NumPy's dragon4_positional with unique digits cut at {@code precision} fractional digits, trimmed to "1." / "0.5": the sign, integer and fraction parts. */
    static String[] positional(double v, boolean f32, int precision) {
        BigDecimal d = shortest(v, f32);
        if (d.scale() > precision) d = new BigDecimal(Math.abs(v)).setScale(precision, RoundingMode.HALF_EVEN);
        String plain = d.stripTrailingZeros().toPlainString();
        if (d.signum() == 0) plain = "0";
        int dot = plain.indexOf('.');
        String sign = v < 0 || (v == 0 && 1 / v < 0) ? "-" : "";
        return dot < 0 ? new String[] {sign + plain, ""} : new String[] {sign + plain.substring(0, dot), plain.substring(dot + 1)};
    }

    /** NumPy's dragon4_scientific: unique digits, at most {@code precision} after the point: sign+first digit, the other digits, the exponent. */
    static String[] scientific(double v, boolean f32, int precision) {
        BigDecimal d = shortest(v, f32);
        if (d.precision() > precision + 1) d = new BigDecimal(Math.abs(v)).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        d = d.stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = v < 0 || (v == 0 && 1 / v < 0) ? "-" : ""; // -0.0 keeps its sign, as NumPy prints it
        return new String[] {sign + digits.charAt(0), digits.substring(1), Integer.toString(exponent)};
    }

    /**
     * dragon4_scientific with min_digits, as NumPy prints an array's elements in scientific
     * notation: at least {@code digits} after the point, those past the unique ones the value's own
     * (its exact binary value rounded half to even), not zeros: 1e-8 as a float32 beside a value
     * that needs 7 digits is 9.9999999e-09.
     */
    static String[] scientific(double v, boolean f32, int precision, int digits) {
        String[] p = scientific(v, f32, precision);
        if (p[1].length() >= digits || v == 0) return p;
        BigDecimal d = new BigDecimal(Math.abs(v)).round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
        String all = d.unscaledValue().toString();
        int exponent = all.length() - 1 - d.scale();
        all += "0".repeat(digits + 1 - all.length());
        return new String[] {(v < 0 ? "-" : "") + all.charAt(0), all.substring(1), Integer.toString(exponent)};
    }
}
