package dev.adjoint.lang;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** float.hex() and float.fromhex() as CPython writes and reads them: "0x1.4000000000000p+2" is 5.0. */
final class FloatHex {
    private FloatHex() {}

    private static final int MANTISSA_BITS = 52;
    private static final long MANTISSA_MASK = (1L << MANTISSA_BITS) - 1;

    /** Always 13 hex digits after the point and a signed exponent; subnormals as 0x0.…p-1022. */
    static String hex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0) return sign + "0x0.0p+0";
        int raw = (int) ((bits >>> MANTISSA_BITS) & 0x7ff);
        String digits = String.format("%013x", bits & MANTISSA_MASK);
        if (raw == 0) return sign + "0x0." + digits + "p-1022";
        int exponent = raw - 1023;
        return sign + "0x1." + digits + "p" + (exponent >= 0 ? "+" : "") + exponent;
    }

    private static final Pattern HEX = Pattern.compile("([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?");
    private static final Pattern SPECIAL = Pattern.compile("([+-]?)(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    /** The float a hex string names, correctly rounded; OverflowError past the largest float, as CPython. */
    static double fromHex(String text) {
        String s = text.strip();
        Matcher special = SPECIAL.matcher(s);
        if (special.matches()) {
            double v = special.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return special.group(1).equals("-") ? -v : v;
        }
        Matcher m = HEX.matcher(s);
        String whole = m.matches() ? m.group(2) : "", fraction = m.matches() && m.group(3) != null ? m.group(3) : "";
        if (!m.matches() || whole.isEmpty() && fraction.isEmpty()) throw PyError.value("invalid hexadecimal floating-point string");
        boolean negative = m.group(1).equals("-");
        BigInteger exponent = m.group(4) == null ? BigInteger.ZERO : new BigInteger(m.group(4));
        boolean zero = (whole + fraction).chars().allMatch(c -> c == '0');
        // an exponent this far out is zero or overflow whatever the digits (Java would not parse it)
        if (exponent.abs().compareTo(BigInteger.valueOf(1 << 20)) > 0) {
            if (!zero && exponent.signum() > 0) throw PyError.overflow("hexadecimal value too large to represent as a float");
            return negative ? -0.0 : 0.0;
        }
        // Java reads hex floating literals with round-to-nearest-even, as CPython does
        double v = Double.parseDouble("0x" + (whole.isEmpty() ? "0" : whole) + "." + (fraction.isEmpty() ? "0" : fraction) + "p" + exponent);
        if (Double.isInfinite(v)) throw PyError.overflow("hexadecimal value too large to represent as a float");
        return negative ? -v : v;
    }
}
