package dev.adjoint.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Display of numbers: {@code precision} digits after the point, trailing zeros trimmed (11.652, 5.5,
 * 2), but never fewer than 3 significant digits, so a small number keeps its magnitude (0.0512, not
 * 0.051; 0.0005, not 0.001). Below 1e-4 and from 1e16 on, scientific (1.234e-05), as NumPy.
 */
public final class Numbers {
    private Numbers() {}

    public static String format(double v, int precision) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (1 / v < 0) ? "-0" : "0";
        double a = Math.abs(v);
        if (a >= 1e16 || a < 1e-4) return scientific(v, precision);
        int decimals = a < 1 ? Math.max(precision, 2 - (int) Math.floor(Math.log10(a))) : precision;
        BigDecimal d = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** 1.234e-05 style, mantissa trimmed like the fixed form. */
    static String scientific(double v, int precision) {
        String s = String.format("%." + precision + "e", v);
        int e = s.indexOf('e');
        String mant = s.substring(0, e), exp = s.substring(e + 1);
        if (mant.contains(".")) mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        char sign = exp.charAt(0);
        String digits = exp.substring(1).replaceFirst("^0+(?=\\d\\d)", "");
        return mant + "e" + sign + digits;
    }

    /** Every digit that matters, for messages about a particular value: 2 as "2", 0.1 as "0.1", nan and inf as Python writes them. */
    public static String exact(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e16) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Full precision for JSON: shortest round-trip text Java gives; NaN and infinities as Python's json writes them. */
    public static String json(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        return Double.toString(v);
    }
}
