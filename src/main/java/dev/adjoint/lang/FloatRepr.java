package dev.adjoint.lang;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's repr of a float: the shortest decimal that reads back as the same double (of several,
 * the nearest), written in fixed notation when the decimal exponent is in [-4, 16) and as
 * {@code 1e+20} / {@code 1e-05} otherwise. Java 17's Double.toString is not always shortest
 * (2.0E-3 is fine, but 1.0E23 and some 17-digit outputs are not Python's), so the digits come
 * from exact decimal rounding.
 */
public final class FloatRepr {
    private FloatRepr() {}

    public static String repr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return 1 / d < 0 ? "-0.0" : "0.0";
        if (d == Math.rint(d) && Math.abs(d) < 1e16) return (long) d + ".0";
        Digits s = shortest(d);
        return format(d < 0, s.digits, s.decpt);
    }

    /** Significant digits (no leading or trailing zeros) and decimal point position: value = 0.digits × 10^decpt. */
    record Digits(String digits, int decpt) {}

    /** The shortest digits that round-trip, nearest the exact value among those of that length. */
    static Digits shortest(double d) {
        BigDecimal exact = new BigDecimal(Math.abs(d));
        double target = Math.abs(d);
        int lo = 1, hi = 17; // 17 significant digits always round-trip
        BigDecimal found = null;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal r = roundTrip(exact, target, mid);
            if (r != null) {
                hi = mid;
                found = r;
            } else {
                lo = mid + 1;
            }
        }
        if (found == null || found.precision() > lo) found = roundTrip(exact, target, lo);
        BigDecimal stripped = found.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return new Digits(digits, digits.length() - stripped.scale());
    }

    /** A decimal of {@code p} significant digits that reads back as {@code target}: the nearest, else a neighbour; null if none. */
    private static BigDecimal roundTrip(BigDecimal exact, double target, int p) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == target) return nearest;
        BigDecimal ulp = nearest.ulp();
        // the interval of decimals reading back as target is lopsided at powers of two: try both neighbours
        BigDecimal up = nearest.add(ulp), down = nearest.subtract(ulp);
        boolean upOk = up.doubleValue() == target, downOk = down.signum() > 0 && down.doubleValue() == target;
        if (upOk && downOk) return up.subtract(exact).abs().compareTo(exact.subtract(down).abs()) <= 0 ? up : down;
        return upOk ? up : downOk ? down : null;
    }

    /** Python's 'r' layout of digits with the decimal point at decpt. */
    static String format(boolean negative, String digits, int decpt) {
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        int n = digits.length();
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= n) {
                sb.append(digits).append("0".repeat(decpt - n)).append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
            }
            return sb.toString();
        }
        sb.append(digits.charAt(0));
        if (n > 1) sb.append('.').append(digits, 1, n);
        return sb.append(exponent(decpt - 1)).toString();
    }

    /** e+20, e-05: a sign and at least two digits, as C's printf. */
    static String exponent(int e) {
        String abs = Integer.toString(Math.abs(e));
        return "e" + (e < 0 ? '-' : '+') + (abs.length() < 2 ? "0" + abs : abs);
    }
}
