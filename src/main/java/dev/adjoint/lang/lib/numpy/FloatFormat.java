package dev.adjoint.lang.lib.numpy;

/**
 * NumPy's FloatingFormat (floatmode 'maxprec', precision 8): one format for all elements of an
 * array, found from its finite values: scientific when a non-zero magnitude reaches 1e8 or falls
 * below 1e-4, or the largest is over 1e3 times the smallest; otherwise fixed, each element with
 * its own shortest digits (at most 8 after the point), padded with spaces to a common width.
 */
final class FloatFormat {
    private static final int PRECISION = 8;
    private final boolean f32;
    private boolean exp;
    private int padLeft, padRight, precision = PRECISION, expSize = -1;

    FloatFormat(double[] data, boolean f32) {
        this.f32 = f32;
        double max = 0, min = Double.POSITIVE_INFINITY;
        int finite = 0;
        boolean negInf = false;
        for (double v : data) {
            if (Double.isInfinite(v) && v < 0) negInf = true;
            if (!Double.isFinite(v)) continue;
            finite++;
            double a = Math.abs(v);
            if (a == 0) continue;
            max = Math.max(max, a);
            min = Math.min(min, a);
        }
        if (max > 0 && (max >= 1e8 || min < 0.0001 || max / min > 1000)) exp = true;
        if (finite == 0) {
            padLeft = 0;
            padRight = 0;
        } else if (exp) {
            int frac = 0, ints = 0, expLen = 0;
            for (double v : data) {
                if (!Double.isFinite(v)) continue;
                String[] p = Digits.scientific(v, f32, PRECISION);
                ints = Math.max(ints, p[0].length());
                frac = Math.max(frac, p[1].length());
                expLen = Math.max(expLen, Math.max(2, p[2].replace("-", "").length()));
            }
            precision = frac;
            expSize = expLen;
            padLeft = ints;
            padRight = expSize + 2 + precision;
        } else {
            for (double v : data) {
                if (!Double.isFinite(v)) continue;
                String[] p = Digits.positional(v, f32, PRECISION);
                padLeft = Math.max(padLeft, p[0].length());
                padRight = Math.max(padRight, p[1].length());
            }
        }
        if (finite != data.length) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
        }
    }

    String format(double v) {
        if (!Double.isFinite(v)) {
            String s = Double.isNaN(v) ? "nan" : v < 0 ? "-inf" : "inf";
            return " ".repeat(Math.max(0, padLeft + padRight + 1 - s.length())) + s;
        }
        if (exp) {
            String[] p = Digits.scientific(v, f32, PRECISION, precision);
            String frac = p[1] + "0".repeat(precision - p[1].length());
            int e = Integer.parseInt(p[2]);
            String digits = Integer.toString(Math.abs(e));
            String exponent = (e < 0 ? "-" : "+") + "0".repeat(Math.max(0, expSize - digits.length())) + digits;
            return pad(p[0], padLeft) + "." + frac + "e" + exponent;
        }
        String[] p = Digits.positional(v, f32, PRECISION);
        return pad(p[0], padLeft) + "." + p[1] + " ".repeat(padRight - p[1].length());
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
