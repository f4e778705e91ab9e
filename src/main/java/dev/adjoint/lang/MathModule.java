package dev.adjoint.lang;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Python's math module: functions of floats that return Python numbers, raising ValueError "math
 * domain error" and OverflowError where CPython does. Of a lecture's tracked number the functions
 * that have an engine op (sqrt, exp, log, sin, pow, hypot, ...) give CPython's number with the
 * node recorded, so :grad sees math.log(x1) as it sees ln(x1); the others (floor, gamma, ...)
 * give the plain number.
 */
final class MathModule {
    private MathModule() {}

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.add("pi", Math.PI).add("e", Math.E).add("tau", 2 * Math.PI).add("inf", Double.POSITIVE_INFINITY).add("nan", Double.NaN);
        unary(m, "sqrt", x -> domain(x >= 0, Math.sqrt(x)), Ops::sqrt);
        unary(m, "exp", x -> overflow(dev.adjoint.ndarray.LibmExp.exp(x), x), Ops::exp); // glibc's, as CPython's
        unary(m, "expm1", x -> overflow(dev.adjoint.ndarray.LibmExpm1.expm1(x), x), Ops::expm1);
        unary(m, "log2", x -> domain(x > 0, dev.adjoint.ndarray.ExactMath.log2(x)), Ops::log2);
        unary(m, "log10", x -> domain(x > 0, Math.log10(x)), Ops::log10);
        unary(m, "log1p", x -> domain(x > -1, Math.log1p(x)), Ops::log1p);
        unary(m, "sin", x -> domain(!Double.isInfinite(x), dev.adjoint.ndarray.LibmSin.sin(x)), Ops::sin); // glibc's, as CPython's
        unary(m, "cos", x -> domain(!Double.isInfinite(x), dev.adjoint.ndarray.LibmSin.cos(x)), Ops::cos);
        unary(m, "tan", x -> domain(!Double.isInfinite(x), Math.tan(x)), Ops::tan);
        unary(m, "asin", x -> domain(x >= -1 && x <= 1, Math.asin(x)), Ops::asin);
        unary(m, "acos", x -> domain(x >= -1 && x <= 1, Math.acos(x)), Ops::acos);
        unary(m, "atan", Math::atan, Ops::atan);
        unary(m, "sinh", x -> overflow(Math.sinh(x), x), Ops::sinh);
        unary(m, "cosh", x -> overflow(Math.cosh(x), x), Ops::cosh);
        unary(m, "tanh", Math::tanh, Ops::tanh);
        unary(m, "asinh", dev.adjoint.ndarray.ExactMath::asinh, Ops::asinh);
        unary(m, "acosh", x -> domain(x >= 1, dev.adjoint.ndarray.ExactMath.acosh(x)), Ops::acosh);
        unary(m, "atanh", x -> domain(x > -1 && x < 1, dev.adjoint.ndarray.ExactMath.atanh(x)), Ops::atanh);
        unary(m, "fabs", Math::abs, Ops::abs);
        unary(m, "degrees", Math::toDegrees, Ops::rad2deg);
        unary(m, "radians", Math::toRadians, Ops::deg2rad);
        unary(m, "erf", dev.adjoint.ndarray.LibmErf::erf, Ops::erf); // glibc's, as CPython's
        unary(m, "erfc", dev.adjoint.ndarray.LibmErf::erfc, Ops::erfc);
        unary(m, "gamma", x -> domain(!(x <= 0 && x == Math.rint(x)), gamma(x)));
        unary(m, "lgamma", x -> domain(!(x <= 0 && x == Math.rint(x)), Math.log(Math.abs(gamma(x)))), Ops::lgamma);
        m.add(Builtin.of("log", a -> {
            a.expect(1, 2);
            double x = number(a.get(0));
            Object plain = Values.plain(a.get(0));
            double ln = plain instanceof BigInteger b && b.signum() > 0 ? bigLog(b) : domain(x > 0, dev.adjoint.ndarray.LibmLog.log(x)); // glibc's, as CPython's
            if (a.size() == 1) return tracked(ln, () -> Ops.log(Operators.nodeOf(a.get(0))), a.get(0));
            double base = number(a.get(1));
            if (base <= 0) throw PyError.value("math domain error");
            if (base == 1) throw PyError.zeroDivision("float division by zero");
            return tracked(ln / dev.adjoint.ndarray.LibmLog.log(base),
                    () -> Ops.div(Ops.log(Operators.nodeOf(a.get(0))), Ops.log(Operators.nodeOf(a.get(1)))), a.get(0), a.get(1));
        }));
        m.add(Builtin.of("pow", a -> {
            double x = number(a.expect(2, 2).get(0)), y = number(a.get(1));
            if (x == 0 && y < 0) throw PyError.value("math domain error");
            if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) throw PyError.value("math domain error");
            return tracked(overflow(Math.pow(x, y), x + y), () -> Ops.pow(Operators.nodeOf(a.get(0)), Operators.nodeOf(a.get(1))), a.get(0), a.get(1));
        }));
        m.add(Builtin.of("atan2", a -> tracked(Math.atan2(number(a.expect(2, 2).get(0)), number(a.get(1))),
                () -> Ops.atan2(Operators.nodeOf(a.get(0)), Operators.nodeOf(a.get(1))), a.get(0), a.get(1))));
        m.add(Builtin.of("hypot", a -> {
            double s = 0;
            for (Object v : a.positional()) s = Math.hypot(s, number(v));
            return tracked(s, () -> {
                Tensor node = Operators.nodeOf(0.0);
                for (Object v : a.positional()) node = Ops.hypot(node, Operators.nodeOf(v));
                return node;
            }, a.positional().toArray());
        }));
        m.add(Builtin.of("copysign", a -> Math.copySign(number(a.expect(2, 2).get(0)), number(a.get(1)))));
        m.add(Builtin.of("fmod", a -> {
            double x = number(a.expect(2, 2).get(0)), y = number(a.get(1));
            if (y == 0) throw PyError.value("math domain error");
            return x % y;
        }));
        m.add(Builtin.of("floor", a -> rounded(a, true)));
        m.add(Builtin.of("ceil", a -> rounded(a, false)));
        m.add(Builtin.of("trunc", a -> {
            Object v = Values.plain(a.expect(1, 1).get(0));
            if (v instanceof PyInstance i && i.has("__trunc__")) return i.call("__trunc__"); // a Fraction, a Decimal
            return PyNumbers.isInt(v) ? PyNumbers.pos(v) : PyNumbers.truncate(number(v));
        }));
        m.add(Builtin.of("isnan", a -> Double.isNaN(number(a.expect(1, 1).get(0)))));
        m.add(Builtin.of("isinf", a -> Double.isInfinite(number(a.expect(1, 1).get(0)))));
        m.add(Builtin.of("isfinite", a -> Double.isFinite(number(a.expect(1, 1).get(0)))));
        m.add(Builtin.of("isclose", a -> {
            a.expect(2, 2, "rel_tol", "abs_tol");
            double x = number(a.get(0)), y = number(a.get(1));
            double rel = a.has("rel_tol") ? number(a.keyword("rel_tol")) : 1e-9, abs = a.has("abs_tol") ? number(a.keyword("abs_tol")) : 0;
            if (x == y) return true;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
            double d = Math.abs(x - y);
            return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
        }));
        m.add(Builtin.of("factorial", a -> {
            Object v = Values.plain(a.expect(1, 1).get(0));
            if (!PyNumbers.isInt(v)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
            long n = Values.toLong(v, "factorial() argument");
            if (n < 0) throw PyError.value("factorial() not defined for negative values");
            if (n > 2) PyNumbers.checkIntSize((n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n)) / Math.log(2), "factorial()"); // Stirling
            return PyNumbers.normalize(product(1, n));
        }));
        m.add(Builtin.of("gcd", a -> {
            BigInteger g = BigInteger.ZERO;
            for (Object v : a.positional()) g = g.gcd(PyNumbers.big(integer(v)));
            return PyNumbers.normalize(g);
        }));
        m.add(Builtin.of("lcm", a -> {
            BigInteger l = BigInteger.ONE;
            for (Object v : a.positional()) {
                BigInteger b = PyNumbers.big(integer(v)).abs();
                if (b.signum() == 0) return 0L;
                l = l.divide(l.gcd(b)).multiply(b);
            }
            return PyNumbers.normalize(l);
        }));
        m.add(Builtin.of("comb", a -> {
            long n = Values.toLong(integer(a.expect(2, 2).get(0)), "n"), k = Values.toLong(integer(a.get(1)), "k");
            if (n < 0 || k < 0) throw PyError.value((n < 0 ? "n" : "k") + " must be a non-negative integer");
            if (k > n) return 0L;
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < Math.min(k, n - k); i++) r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            return PyNumbers.normalize(r);
        }));
        m.add(Builtin.of("perm", a -> {
            long n = Values.toLong(integer(a.expect(1, 2).get(0)), "n"), k = a.size() == 2 ? Values.toLong(integer(a.get(1)), "k") : n;
            if (n < 0 || k < 0) throw PyError.value((n < 0 ? "n" : "k") + " must be a non-negative integer");
            if (k > n) return 0L;
            return PyNumbers.normalize(product(n - k + 1, n));
        }));
        m.add(Builtin.of("prod", a -> {
            a.expect(1, 1, "start");
            Object r = a.has("start") ? a.keyword("start") : 1L;
            for (Iterator<Object> it = Values.iterate(a.get(0)); it.hasNext(); ) r = Operators.binary(TokenType.STAR, r, it.next());
            return r;
        }));
        m.add(Builtin.of("fsum", a -> fsum(Values.iterate(a.expect(1, 1).get(0)))));
        unary(m, "cbrt", MathModule::cbrt);
        unary(m, "exp2", x -> overflow(dev.adjoint.ndarray.LibmExp.exp2(x), x), Ops::exp2); // glibc's, as CPython's
        unary(m, "ulp", x -> Double.isNaN(x) ? x : Math.ulp(x));
        m.add(Builtin.of("frexp", a -> frexp(number(a.expect(1, 1).get(0)))));
        m.add(Builtin.of("ldexp", a -> {
            double x = number(a.expect(2, 2).get(0));
            Object i = Values.plain(a.get(1));
            if (!PyNumbers.isInt(i)) throw PyError.type("Expected an int as second argument to ldexp.");
            // an exponent past any double's range gives 0 or inf: clamped so that scalb sees it as such
            int e = (int) Math.max(-10_000, Math.min(10_000, PyNumbers.big(i).max(BigInteger.valueOf(-10_000)).min(BigInteger.valueOf(10_000)).longValue()));
            return overflow(Math.scalb(x, e), x);
        }));
        m.add(Builtin.of("modf", a -> {
            double x = number(a.expect(1, 1).get(0));
            if (Double.isInfinite(x)) return Values.tuple(Math.copySign(0.0, x), x);
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return Values.tuple(Double.isNaN(x) ? x : Math.copySign(x - whole, x), whole);
        }));
        m.add(Builtin.of("remainder", a -> {
            double x = number(a.expect(2, 2).get(0)), y = number(a.get(1));
            if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
            if (Double.isInfinite(x) || y == 0) throw PyError.value("math domain error");
            return Math.IEEEremainder(x, y);
        }));
        m.add(Builtin.of("nextafter", a -> Math.nextAfter(number(a.expect(2, 2).get(0)), number(a.get(1)))));
        m.add(Builtin.of("dist", a -> {
            java.util.List<Object> p = point(a.expect(2, 2).get(0)), q = point(a.get(1));
            if (p.size() != q.size()) throw PyError.value("both points must have the same number of dimensions");
            double s = 0;
            for (int i = 0; i < p.size(); i++) s = Math.hypot(s, number(p.get(i)) - number(q.get(i)));
            return s;
        }));
        m.add(Builtin.of("isqrt", a -> {
            BigInteger n = PyNumbers.big(integer(a.expect(1, 1).get(0)));
            if (n.signum() < 0) throw PyError.value("isqrt() argument must be nonnegative");
            return PyNumbers.normalize(n.sqrt());
        }));
        return m;
    }

    /** math.frexp: (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1, (x, 0) for zero, inf and nan, as C's frexp. */
    /** lo * (lo+1) * ... * hi by halves, so that the big multiplications are of numbers of about equal size (factorial(10**5) in well under a second). */
    private static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = Math.max(lo, 2); i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    static java.util.List<Object> frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) return Values.tuple(x, 0L);
        int scaled = Math.getExponent(x) == Double.MIN_EXPONENT - 1 ? 54 : 0; // a subnormal is made normal first
        double normal = Math.scalb(x, scaled);
        int e = Math.getExponent(normal) + 1;
        return Values.tuple(Math.scalb(normal, -e), (long) (e - scaled));
    }

    /**
     * math.cbrt as glibc's cbrt computes it (CPython calls the C library's; Java's Math.cbrt is
     * correctly rounded, glibc's is not: cbrt(27.0) is 3.0000000000000004 there): a polynomial
     * first guess on the mantissa in [0.5, 1), one Halley step, times 2^(e/3).
     */
    static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) return x + x;
        java.util.List<Object> fe = frexp(Math.abs(x));
        double xm = (Double) fe.get(0);
        int xe = (int) (long) (Long) fe.get(1);
        double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
                + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(ym, xe / 3) * (x < 0.0 ? -1.0 : 1.0);
    }

    private static final double CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** A point of math.dist: a tuple or list of numbers (CPython takes sequences only). */
    private static java.util.List<Object> point(Object v) {
        if (!(v instanceof java.util.List<?> l)) throw PyError.type("dist(): argument must be tuple, not " + Values.typeName(v));
        return new java.util.ArrayList<>(l);
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f) {
        m.add(Builtin.of(name, a -> f.applyAsDouble(number(a.expect(1, 1).get(0)))));
    }

    /** A function with an engine op: of a lecture's tracked number, math.sin(x1) is recorded as sin(x1) is. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f, UnaryOperator<Tensor> op) {
        m.add(Builtin.of(name, a -> {
            Object v = a.expect(1, 1).get(0);
            double r = f.applyAsDouble(number(v));
            return v instanceof TrackedNumber ? tracked(r, () -> op.apply(Operators.nodeOf(v)), v) : r; // a plain float's call allocates nothing more
        }));
    }

    /**
     * CPython's float {@code r}, as a tracked number whose node {@code node} makes when an argument is
     * a tracked number and grad mode is on (the graph then keeps math.log(x1)'s edge, as ln(x1)'s:
     * without it :grad would silently leave the term out); else {@code r} itself.
     */
    private static Object tracked(double r, Supplier<Tensor> node, Object... args) {
        if (!GradMode.isEnabled()) return r;
        for (Object v : args)
            if (v instanceof TrackedNumber) {
                Tensor n = node.get();
                return n.requiresGrad() ? new TrackedNumber(r, n) : r;
            }
        return r;
    }

    /** A float argument: an int, float, bool or tracked number (its number), or a one-element tensor. */
    static double number(Object v) {
        Double d = Values.toDouble(v);
        if (d == null) throw PyError.type("must be real number, not " + Values.typeName(v));
        return d;
    }

    private static Object integer(Object v) {
        Object p = Values.plain(v);
        if (!PyNumbers.isInt(p)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
        return p;
    }

    private static Object rounded(Args a, boolean floor) {
        Object v = Values.plain(a.expect(1, 1).get(0));
        if (PyNumbers.isInt(v)) return PyNumbers.pos(v);
        String special = floor ? "__floor__" : "__ceil__";
        if (v instanceof PyInstance i && i.has(special)) return i.call(special); // a Fraction, a Decimal: exactly
        double d = number(v);
        return PyNumbers.truncate(floor ? Math.floor(d) : Math.ceil(d));
    }

    private static double domain(boolean ok, double value) {
        if (!ok) throw PyError.value("math domain error");
        return value;
    }

    private static double overflow(double value, double input) {
        if (Double.isInfinite(value) && Double.isFinite(input)) throw PyError.overflow("math range error");
        return value;
    }

    private static double bigLog(BigInteger b) {
        int shift = Math.max(0, b.bitLength() - 1000);
        return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
    }

    /** The gamma function (Lanczos approximation, g = 7). */
    static double gamma(double x) {
        if (x == Math.rint(x) && x > 0 && x < 171) {
            double r = 1;
            for (int i = 2; i < x; i++) r *= i;
            return r;
        }
        if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
                12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        x -= 1;
        double a = g[0], t = x + 7.5;
        for (int i = 1; i < 9; i++) a += g[i] / (x + i);
        return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
    }

    /** math.fsum: the exact sum rounded once (an inf or nan among the items: their plain sum). */
    static double fsum(Iterator<Object> items) {
        BigDecimal s = BigDecimal.ZERO;
        boolean special = false;
        double plain = 0;
        while (items.hasNext()) {
            double d = number(items.next());
            plain += d;
            if (Double.isFinite(d)) s = s.add(new BigDecimal(d));
            else special = true;
        }
        return special ? plain : s.doubleValue();
    }
}
