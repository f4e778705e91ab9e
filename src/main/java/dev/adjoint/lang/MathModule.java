package dev.adjoint.lang;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import dev.adjoint.ndarray.LibmErf;
import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmExpm1;
import dev.adjoint.ndarray.LibmHyperbolic;
import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.LibmLog10;
import dev.adjoint.ndarray.LibmLog1p;
import dev.adjoint.ndarray.LibmPow;
import dev.adjoint.ndarray.LibmSin;
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
        // The C library's functions (glibc's own algorithm where adjoint has it, as CPython calls
        // glibc's), their nan and inf results turned into CPython's errors by math_1's rule.
        unary(m, "sqrt", false, Math::sqrt, Ops::sqrt);
        unary(m, "exp", true, LibmExp::exp, Ops::exp);
        unary(m, "expm1", true, LibmExpm1::expm1, Ops::expm1);
        unary(m, "log1p", false, LibmLog1p::log1p, Ops::log1p);
        unary(m, "sin", false, LibmSin::sin, Ops::sin);
        unary(m, "cos", false, LibmSin::cos, Ops::cos);
        unary(m, "tan", false, Math::tan, Ops::tan);
        unary(m, "asin", false, Math::asin, Ops::asin);
        unary(m, "acos", false, Math::acos, Ops::acos);
        unary(m, "atan", false, Math::atan, Ops::atan);
        unary(m, "sinh", true, LibmHyperbolic::sinh, Ops::sinh);
        unary(m, "cosh", true, LibmHyperbolic::cosh, Ops::cosh);
        unary(m, "tanh", false, dev.adjoint.ndarray.LibmTanh::tanh, Ops::tanh);
        unary(m, "asinh", false, dev.adjoint.ndarray.ExactMath::asinh, Ops::asinh);
        unary(m, "acosh", false, dev.adjoint.ndarray.ExactMath::acosh, Ops::acosh);
        unary(m, "atanh", false, dev.adjoint.ndarray.ExactMath::atanh, Ops::atanh);
        unary(m, "fabs", false, Math::abs, Ops::abs);
        unary(m, "degrees", Math::toDegrees, Ops::rad2deg); // a product: no errors
        unary(m, "radians", Math::toRadians, Ops::deg2rad);
        unary(m, "erf", false, LibmErf::erf, Ops::erf);
        unary(m, "erfc", false, LibmErf::erfc, Ops::erfc);
        unary(m, "gamma", CPythonMath::gamma);
        unary(m, "lgamma", CPythonMath::lgamma, Ops::lgamma);
        m.add(Builtin.of("log", a -> {
            a.expect(1, 2);
            double ln = logOf(a.get(0), LibmLog::log);
            if (a.size() == 1) return tracked(ln, () -> Ops.log(Operators.nodeOf(a.get(0))), a.get(0));
            double base = logOf(a.get(1), LibmLog::log);
            if (base == 0) throw PyError.zeroDivision("float division by zero");
            return tracked(ln / base, () -> Ops.div(Ops.log(Operators.nodeOf(a.get(0))), Ops.log(Operators.nodeOf(a.get(1)))), a.get(0), a.get(1));
        }));
        m.add(Builtin.of("log2", a -> tracked(logOf(a.expect(1, 1).get(0), dev.adjoint.ndarray.LibmLog2::log2), () -> Ops.log2(Operators.nodeOf(a.get(0))), a.get(0))));
        m.add(Builtin.of("log10", a -> tracked(logOf(a.expect(1, 1).get(0), LibmLog10::log10), () -> Ops.log10(Operators.nodeOf(a.get(0))), a.get(0))));
        m.add(Builtin.of("pow", a -> {
            double x = number(a.expect(2, 2).get(0)), y = number(a.get(1));
            return tracked(pow(x, y), () -> Ops.pow(Operators.nodeOf(a.get(0)), Operators.nodeOf(a.get(1))), a.get(0), a.get(1));
        }));
        m.add(Builtin.of("atan2", a -> tracked(math2(number(a.expect(2, 2).get(0)), number(a.get(1)), dev.adjoint.autograd.op.LibmAtan2::atan2),
                () -> Ops.atan2(Operators.nodeOf(a.get(0)), Operators.nodeOf(a.get(1))), a.get(0), a.get(1))));
        m.add(Builtin.of("hypot", a -> {
            double[] magnitudes = new double[a.size()];
            for (int i = 0; i < magnitudes.length; i++) magnitudes[i] = Math.abs(number(a.get(i)));
            return tracked(norm(magnitudes), () -> {
                Tensor node = Operators.nodeOf(0.0);
                for (Object v : a.positional()) node = Ops.hypot(node, Operators.nodeOf(v));
                return node;
            }, a.positional().toArray());
        }));
        m.add(Builtin.of("copysign", a -> Math.copySign(number(a.expect(2, 2).get(0)), number(a.get(1)))));
        m.add(Builtin.of("fmod", a -> {
            double x = number(a.expect(2, 2).get(0)), y = number(a.get(1));
            if (Double.isInfinite(y) && Double.isFinite(x)) return x;
            return math2(x, y, (p, q) -> p % q); // Java's % of doubles is C's fmod
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
        unary(m, "cbrt", dev.adjoint.ndarray.LibmCbrt::cbrt);
        unary(m, "exp2", true, LibmExp::exp2, Ops::exp2);
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
            double[] d = new double[p.size()];
            for (int i = 0; i < d.length; i++) d[i] = Math.abs(number(p.get(i)) - number(q.get(i)));
            return norm(d);
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

    /** A point of math.dist: a tuple or list of numbers (CPython takes sequences only). */
    private static java.util.List<Object> point(Object v) {
        if (!(v instanceof java.util.List<?> l)) throw PyError.type("dist(): argument must be tuple, not " + Values.typeName(v));
        return new java.util.ArrayList<>(l);
    }

    /** A function that raises its own errors (gamma, lgamma, ...). */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f) {
        m.add(Builtin.of(name, a -> f.applyAsDouble(number(a.expect(1, 1).get(0)))));
    }

    /** gamma-like with an engine op. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f, UnaryOperator<Tensor> op) {
        m.add(Builtin.of(name, a -> {
            Object v = a.expect(1, 1).get(0);
            double r = f.applyAsDouble(number(v));
            return v instanceof TrackedNumber ? tracked(r, () -> op.apply(Operators.nodeOf(v)), v) : r; // a plain float's call allocates nothing more
        }));
    }

    /**
     * A C library function as CPython's math_1 wraps it: a NaN from a number is ValueError "math
     * domain error"; an infinity from a finite number is OverflowError "math range error" where
     * the function can overflow (exp, sinh, ...), else ValueError (a pole: log(0), atanh(1)); NaN
     * gives NaN (sqrt(nan) is nan). A function with an engine op: of a lecture's tracked number,
     * math.sin(x1) is recorded as sin(x1) is.
     */
    private static void unary(PyModule m, String name, boolean canOverflow, DoubleUnaryOperator f, UnaryOperator<Tensor> op) {
        unary(m, name, x -> math1(x, f.applyAsDouble(x), canOverflow), op);
    }

    private static double math1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw PyError.value("math domain error");
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            if (canOverflow) throw PyError.overflow("math range error");
            throw PyError.value("math domain error");
        }
        return r;
    }

    /** A C function of two numbers as CPython's math_2 wraps it (atan2, fmod): NaN from numbers is a domain error, inf from finite ones a range error. */
    private static double math2(double x, double y, java.util.function.DoubleBinaryOperator f) {
        double r = f.applyAsDouble(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw PyError.value("math domain error");
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) throw PyError.overflow("math range error");
        return r;
    }

    /**
     * CPython's loghelper: of an int, its logarithm however large (a positive int too big for a
     * double is m·2^e, log m + e·log 2), a non-positive int a domain error; of a float, math_1's rule.
     */
    private static double logOf(Object v, DoubleUnaryOperator log) {
        Object plain = Values.plain(v);
        if (PyNumbers.isInt(plain)) {
            BigInteger b = PyNumbers.big(plain);
            if (b.signum() <= 0) throw PyError.value("math domain error");
            double d = b.doubleValue();
            if (Double.isFinite(d)) return log.applyAsDouble(d);
            int e = b.bitLength();
            BigInteger top = b.shiftRight(e - 64).shiftLeft(1); // 64 bits and a sticky bit: doubleValue rounds them as the whole number
            if (b.getLowestSetBit() < e - 64) top = top.setBit(0);
            double m = Math.scalb(top.doubleValue(), -65); // in [0.5, 1)
            return log.applyAsDouble(m) + log.applyAsDouble(2.0) * e;
        }
        double x = number(v);
        return math1(x, log.applyAsDouble(x), false);
    }

    /** math.pow: C99's pow of the special values as CPython spells them out, glibc's pow for finite numbers. */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) return y == 0 ? 1.0 : x;
            if (Double.isNaN(y)) return x == 1 ? 1.0 : y;
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) return oddY ? x : Math.abs(x);
                if (y == 0) return 1.0;
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) return 1.0;
            if (y > 0 && Math.abs(x) > 1.0) return y;
            if (y < 0 && Math.abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = LibmPow.pow(x, y);
        if (Double.isNaN(r) || (Double.isInfinite(r) && x == 0)) throw PyError.value("math domain error");
        if (Double.isInfinite(r)) throw PyError.overflow("math range error");
        return r;
    }

    /** hypot and dist of magnitudes: CPython's vector_norm. */
    private static double norm(double[] magnitudes) {
        double max = 0;
        boolean nan = false;
        for (double v : magnitudes) {
            nan |= Double.isNaN(v);
            if (v > max) max = v;
        }
        return CPythonMath.vectorNorm(magnitudes, max, nan);
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

    private static double overflow(double value, double input) {
        if (Double.isInfinite(value) && Double.isFinite(input)) throw PyError.overflow("math range error");
        return value;
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
