package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;

/**
 * numpy/lib/polynomial.py's functions beside np.poly1d: polyder, polyint, polyadd, polysub,
 * polymul and polydiv over coefficient arrays (highest power first), each as NumPy computes it (a
 * poly1d among the arguments makes the result one too).
 */
final class PolynomialFunctions {
    private PolynomialFunctions() {}

    static void add(PyModule m) {
        m.add(Builtin.of("polyder", a -> {
            a.expect(1, 2, "p", "m");
            long times = Values.toLong(Values.number(a.option(1, "m", 1L)), "m");
            if (times < 0) throw PyError.value("Order of derivative must be positive (see polyint)");
            NpArray c = coefficients(a.option(0, "p", null));
            for (long i = 0; i < times; i++) c = Poly1d.derivative(c);
            return result(c, a.option(0, "p", null) instanceof Poly1d);
        }));
        m.add(Builtin.of("polyint", a -> {
            a.expect(1, 3, "p", "m", "k");
            long times = Values.toLong(Values.number(a.option(1, "m", 1L)), "m");
            if (times < 0) throw PyError.value("Order of integral must be positive (see polyder)");
            Object kArg = a.option(2, "k", null);
            double[] k = kArg == null ? new double[(int) times] : Operand.required(kArg, "polyint").values().toArray();
            if (k.length == 1 && times > 1) k = java.util.Collections.nCopies((int) times, k[0]).stream().mapToDouble(Double::doubleValue).toArray();
            if (k.length < times) throw PyError.value("k must be a scalar or a rank-1 array of length 1 or >m.");
            NpArray c = coefficients(a.option(0, "p", null));
            for (long i = 0; i < times; i++) c = Poly1d.antiderivative(c, k[(int) i]);
            return result(c, a.option(0, "p", null) instanceof Poly1d);
        }));
        m.add(Builtin.of("polyadd", a -> combine(a, TokenType.PLUS)));
        m.add(Builtin.of("polysub", a -> combine(a, TokenType.MINUS)));
        m.add(Builtin.of("polymul", a -> { // both made poly1d first (leading zeros dropped), then convolved
            a.expect(2, 2, "a1", "a2");
            NpArray p = Poly1d.of(coefficients(a.get(0)), "x").coefficients(), q = Poly1d.of(coefficients(a.get(1)), "x").coefficients();
            return result(Sequences.convolveFull(p, q), a.get(0) instanceof Poly1d || a.get(1) instanceof Poly1d);
        }));
        m.add(Builtin.of("polydiv", PolynomialFunctions::polydiv));
    }

    /** A poly1d's coefficients, or an array-like as a 1-d array (np.atleast_1d). */
    private static NpArray coefficients(Object v) {
        if (v instanceof Poly1d p) return p.coefficients();
        NpArray x = Operand.required(v, "poly");
        return x.ndim() == 0 ? NpArray.of(x.values().reshape(1), x.type) : x;
    }

    private static Object result(NpArray c, boolean poly) {
        return poly ? Poly1d.of(c, "x") : c;
    }

    private static Object combine(Args a, TokenType op) {
        a.expect(2, 2, "a1", "a2");
        NpArray c = Poly1d.combine(op, coefficients(a.get(0)), coefficients(a.get(1)));
        return result(c, a.get(0) instanceof Poly1d || a.get(1) instanceof Poly1d);
    }

    /**
     * polydiv(u, v): the quotient and remainder of long division (in floats), the remainder's
     * leading entries dropped while they are within 1e-8 of 0 (np.allclose), one entry at least.
     */
    private static Object polydiv(Args a) {
        a.expect(2, 2, "u", "v");
        NpArray u = coefficients(a.get(0)), v = coefficients(a.get(1));
        NpType t = u.type == NpType.FLOAT32 && v.type == NpType.FLOAT32 ? NpType.FLOAT32 : NpType.FLOAT64;
        boolean f32 = t == NpType.FLOAT32;
        double[] num = u.values().toArray(), den = v.values().toArray();
        int m = num.length - 1, n = den.length - 1;
        double scale = round(1. / den[0], f32);
        double[] q = new double[Math.max(m - n + 1, 1)], r = num.clone();
        for (int k = 0; k < m - n + 1; k++) {
            double d = round(scale * r[k], f32);
            q[k] = d;
            for (int j = 0; j <= n; j++) r[k + j] = round(r[k + j] - round(d * den[j], f32), f32);
        }
        int first = 0;
        while (Math.abs(r[first]) <= 1e-8 && r.length - first > 1) first++;
        double[] rest = java.util.Arrays.copyOfRange(r, first, r.length);
        NpArray quotient = NpArray.of(NDArray.of(q, q.length), t), remainder = NpArray.of(NDArray.of(rest, rest.length), t);
        boolean poly = a.get(0) instanceof Poly1d || a.get(1) instanceof Poly1d;
        return Values.tuple(result(quotient, poly), result(remainder, poly));
    }

    private static double round(double v, boolean f32) {
        return f32 ? (float) v : v;
    }
}
