package dev.adjoint.optim;

/** How PyTorch prints an optimizer's hyperparameters: ints as ints, floats in Python's repr, bools as True/False. */
final class Optimizers {
    private Optimizers() {}

    /** 0 (an int default) or 0.1 (a float), as Python would print the value the user most likely gave. */
    static String pyNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e16) return Long.toString((long) v);
        return pyFloat(v);
    }

    /** Python's repr of a float: the shortest text that reads back, 1e-08 style exponents. */
    static String pyFloat(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e16) return Long.toString((long) v) + ".0";
        String s = Double.toString(v); // shortest round-trip digits, Java's layout
        int e = s.indexOf('E');
        if (e < 0) return s;
        String mantissa = s.substring(0, e), exp = s.substring(e + 1);
        if (mantissa.endsWith(".0")) mantissa = mantissa.substring(0, mantissa.length() - 2);
        int x = Integer.parseInt(exp);
        if (x >= -4 && x < 16) return new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
        return mantissa + "e" + (x < 0 ? "-" : "+") + (Math.abs(x) < 10 ? "0" : "") + Math.abs(x);
    }

    static String pyBool(boolean b) {
        return b ? "True" : "False";
    }
}
