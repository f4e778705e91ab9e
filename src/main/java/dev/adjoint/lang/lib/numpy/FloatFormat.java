package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.PyError;

/**
 * NumPy's FloatingFormat: one format for all elements of an array, found from its finite values
 * and the print options (precision, floatmode, suppress, sign, nanstr, infstr): scientific when a
 * non-zero magnitude reaches 1e8, or (unless suppress) falls below 1e-4 or the largest is over 1e3
 * times the smallest; otherwise fixed. In the default floatmode 'maxprec' each element has its own
 * shortest digits (at most precision after the point), padded with spaces to a common width;
 * 'maxprec_equal' gives all as many digits as the longest, 'fixed' exactly precision, 'unique'
 * the shortest without a cut.
 */
final class FloatFormat {
    private final boolean f32;
    private final NpPrintOptions options;
    private final boolean unique, plus;
    private boolean exp;
    private Integer precision;
    private int padLeft, padRight, minDigits, expSize = -1;

    FloatFormat(double[] data, boolean f32, NpPrintOptions options) {
        this.f32 = f32;
        this.options = options;
        String mode = options.floatMode();
        unique = !mode.equals("fixed");
        plus = options.sign().equals("+");
        precision = mode.equals("unique") ? null : options.precision();
        if (precision != null && precision < 0) throw PyError.value("precision must be >= 0");
        double max = 0, min = Double.POSITIVE_INFINITY;
        int finite = 0;
        boolean negInf = false, negative = false;
        for (double v : data) {
            if (Double.isInfinite(v) && v < 0) negInf = true;
            if (!Double.isFinite(v)) continue;
            finite++;
            negative |= v < 0 || v == 0 && 1 / v < 0;
            double a = Math.abs(v);
            if (a == 0) continue;
            max = Math.max(max, a);
            min = Math.min(min, a);
        }
        if (max > 0 && (max >= 1e8 || !options.suppress() && (min < 0.0001 || max / min > 1000))) exp = true;
        if (finite == 0) {
            padLeft = 0;
            padRight = 0;
        } else if (exp) {
            int frac = 0, ints = 0, expLen = 0;
            for (double v : data) {
                if (!Double.isFinite(v)) continue;
                String[] p = Digits.scientific(v, f32, precision, unique, 0, plus);
                ints = Math.max(ints, p[0].length());
                frac = Math.max(frac, p[1].length());
                expLen = Math.max(expLen, Math.max(2, p[2].replace("-", "").length()));
            }
            precision = frac;
            minDigits = frac;
            expSize = expLen;
            padLeft = ints;
            padRight = expSize + 2 + frac;
        } else {
            for (double v : data) {
                if (!Double.isFinite(v)) continue;
                String[] p = Digits.positional(v, f32, precision, unique, 0, plus);
                padLeft = Math.max(padLeft, p[0].length());
                padRight = Math.max(padRight, p[1].length());
            }
            if (mode.equals("fixed") || mode.equals("maxprec_equal")) precision = minDigits = padRight;
        }
        if (options.sign().equals(" ") && !negative) padLeft++;
        if (finite != data.length) {
            int offset = padRight + 1;
            boolean signedInf = !options.sign().equals("-") || negInf;
            padLeft = Math.max(padLeft, Math.max(options.nanStr().length() - offset, options.infStr().length() + (signedInf ? 1 : 0) - offset));
        }
    }

    String format(double v) {
        if (!Double.isFinite(v)) {
            String s = Double.isNaN(v) ? (plus ? "+" : "") + options.nanStr() : (v < 0 ? "-" : plus ? "+" : "") + options.infStr();
            return " ".repeat(Math.max(0, padLeft + padRight + 1 - s.length())) + s;
        }
        if (exp) {
            String[] p = Digits.scientific(v, f32, precision, unique, minDigits, plus);
            int e = Integer.parseInt(p[2]);
            String digits = Integer.toString(Math.abs(e));
            String exponent = (e < 0 ? "-" : "+") + "0".repeat(Math.max(0, expSize - digits.length())) + digits;
            return pad(p[0], padLeft) + "." + p[1] + "e" + exponent;
        }
        String[] p = Digits.positional(v, f32, precision, unique, minDigits, plus);
        return pad(p[0], padLeft) + "." + p[1] + " ".repeat(Math.max(0, padRight - p[1].length()));
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
