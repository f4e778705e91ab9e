package dev.adjoint.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's fractions.Fraction: exact rationals in lowest terms (numerator and denominator are
 * Python ints), made from ints, floats (exactly: Fraction(0.1) is 3602879701896397/36028797018963968),
 * strings ('3/4', '0.125', '1e-3') or two ints; arithmetic with ints and Fractions stays exact,
 * with floats gives a float, as CPython's operator fallbacks; comparisons, hash, round, int,
 * float, limit_denominator, as_integer_ratio and from_float as CPython's.
 */
final class FractionsModule {
    private FractionsModule() {}

    static final PyClass FRACTION = PyClass.library("Fraction", "fractions", null);
    private static final Pattern LITERAL = Pattern.compile(
            "\\s*(?<sign>[-+]?)(?=\\d|\\.\\d)(?<num>\\d*|\\d+(?:_\\d+)*)(?:(?:/(?<den>\\d+(?:_\\d+)*))?|(?:\\.(?<dec>\\d*|\\d+(?:_\\d+)*))?(?:[eE](?<exp>[-+]?\\d+(?:_\\d+)*))?)\\s*",
            0);
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
    private static final long HASH_INF = 314159;

    /** One operation of two rationals n1/d1, n2/d2. */
    private interface Exact {
        Object apply(Interpreter in, BigInteger n1, BigInteger d1, BigInteger n2, BigInteger d2);
    }

    static {
        FRACTION.method("__init__", a -> {
            a.expect(0, 2, "numerator", "denominator");
            BigInteger[] r = parse(a.option(0, "numerator", 0L), a.option(1, "denominator", null), a.interpreter());
            PyInstance self = (PyInstance) a.self();
            self.setOwn("_numerator", PyNumbers.normalize(r[0]));
            self.setOwn("_denominator", PyNumbers.normalize(r[1]));
            return null;
        });
        FRACTION.define("numerator", new Descriptors.Property(Builtin.of("numerator", a -> ((PyInstance) a.get(0)).own("_numerator")), null, null));
        FRACTION.define("denominator", new Descriptors.Property(Builtin.of("denominator", a -> ((PyInstance) a.get(0)).own("_denominator")), null, null));
        FRACTION.define("from_float", new Descriptors.ClassMethod(new BuiltinMethod("from_float", a -> {
            Object f = Values.plain(a.expect(1, 1).get(0));
            if (PyNumbers.isInt(f)) return make(a.interpreter(), PyNumbers.big(f), BigInteger.ONE);
            if (!(f instanceof Double)) throw PyError.type("Fraction.from_float() only takes floats, not " + Repr.repr(f) + " (" + Values.typeName(f) + ")");
            BigInteger[] r = parse(f, null, a.interpreter());
            return make(a.interpreter(), r[0], r[1]);
        })));
        binary("__add__", "__radd__", (in, n1, d1, n2, d2) -> fraction(in, n1.multiply(d2).add(n2.multiply(d1)), d1.multiply(d2)), TokenType.PLUS);
        binary("__sub__", "__rsub__", (in, n1, d1, n2, d2) -> fraction(in, n1.multiply(d2).subtract(n2.multiply(d1)), d1.multiply(d2)), TokenType.MINUS);
        binary("__mul__", "__rmul__", (in, n1, d1, n2, d2) -> fraction(in, n1.multiply(n2), d1.multiply(d2)), TokenType.STAR);
        binary("__truediv__", "__rtruediv__", (in, n1, d1, n2, d2) -> {
            if (n2.signum() == 0) throw PyError.zeroDivision("Fraction(" + d2 + ", 0)");
            return fraction(in, n1.multiply(d2), d1.multiply(n2));
        }, TokenType.SLASH);
        binary("__floordiv__", "__rfloordiv__", (in, n1, d1, n2, d2) -> PyNumbers.normalize(floorDiv(n1.multiply(d2), d1.multiply(n2))),
                TokenType.SLASH_SLASH);
        binary("__mod__", "__rmod__", (in, n1, d1, n2, d2) -> {
            BigInteger den = n2.multiply(d1);
            if (den.signum() == 0) throw PyError.zeroDivision("Fraction modulo by zero");
            return fraction(in, floorMod(n1.multiply(d2), den), d1.multiply(d2));
        }, TokenType.PERCENT);
        binary("__divmod__", "__rdivmod__", (in, n1, d1, n2, d2) -> {
            BigInteger num = n1.multiply(d2), den = d1.multiply(n2);
            if (den.signum() == 0) throw PyError.zeroDivision("Fraction divmod by zero");
            return Values.tuple(PyNumbers.normalize(floorDiv(num, den)), fraction(in, floorMod(num, den), d1.multiply(d2)));
        }, null);
        FRACTION.method("__pow__", a -> {
            BigInteger[] x = of(a.self());
            Object b = Values.plain(a.expect(1, 1).get(0));
            BigInteger[] y = rational(b);
            if (y != null && y[1].equals(BigInteger.ONE)) {
                int power = y[0].intValueExact();
                if (power >= 0) return make(a.interpreter(), x[0].pow(power), x[1].pow(power));
                if (x[0].signum() == 0) throw PyError.zeroDivision("Fraction(" + x[1].pow(-power) + ", 0)");
                return make(a.interpreter(), x[1].pow(-power), x[0].pow(-power));
            }
            if (y != null) return Operators.binary(TokenType.STAR_STAR, toDouble(x), toDouble(y));
            if (b instanceof Double) return Operators.binary(TokenType.STAR_STAR, toDouble(x), b);
            return Dunders.NOT_IMPLEMENTED;
        });
        FRACTION.method("__rpow__", a -> {
            BigInteger[] x = of(a.self());
            Object base = Values.plain(a.expect(1, 1).get(0));
            if (x[1].equals(BigInteger.ONE) && x[0].signum() >= 0 && (PyNumbers.isInt(base) || base instanceof Double))
                return Operators.binary(TokenType.STAR_STAR, base, PyNumbers.normalize(x[0]));
            if (PyNumbers.isInt(base)) return a.interpreter().call(Attributes.get(a.interpreter(), make(a.interpreter(), PyNumbers.big(base), BigInteger.ONE), "__pow__"),
                    Arrays.asList(a.self()));
            if (base instanceof Double) return Operators.binary(TokenType.STAR_STAR, base, toDouble(x));
            return Dunders.NOT_IMPLEMENTED;
        });
        FRACTION.method("__neg__", a -> make(a.interpreter(), of(a.self())[0].negate(), of(a.self())[1]));
        FRACTION.method("__pos__", a -> make(a.interpreter(), of(a.self())[0], of(a.self())[1]));
        FRACTION.method("__abs__", a -> make(a.interpreter(), of(a.self())[0].abs(), of(a.self())[1]));
        FRACTION.method("__bool__", a -> of(a.self())[0].signum() != 0);
        FRACTION.method("__float__", a -> toDouble(of(a.self())));
        FRACTION.method("__int__", a -> {
            BigInteger[] x = of(a.self());
            return PyNumbers.normalize(x[0].divide(x[1])); // toward zero
        });
        FRACTION.method("__trunc__", a -> PyNumbers.normalize(of(a.self())[0].divide(of(a.self())[1])));
        FRACTION.method("__floor__", a -> PyNumbers.normalize(floorDiv(of(a.self())[0], of(a.self())[1])));
        FRACTION.method("__ceil__", a -> PyNumbers.normalize(floorDiv(of(a.self())[0].negate(), of(a.self())[1]).negate()));
        FRACTION.method("__round__", a -> {
            BigInteger[] x = of(a.expect(0, 1, "ndigits").self());
            Object digits = a.option(0, "ndigits", null);
            if (digits == null) return PyNumbers.normalize(roundHalfEven(x[0], x[1]));
            long n = Values.toLong(digits, "ndigits");
            BigInteger shift = BigInteger.TEN.pow((int) Math.abs(n));
            if (n > 0) return make(a.interpreter(), roundHalfEven(x[0].multiply(shift), x[1]), shift);
            return make(a.interpreter(), roundHalfEven(x[0], x[1].multiply(shift)).multiply(shift), BigInteger.ONE);
        });
        FRACTION.method("__hash__", a -> hash(of(a.self())[0], of(a.self())[1]));
        FRACTION.method("__eq__", a -> {
            BigInteger[] x = of(a.self());
            Object b = Values.plain(a.expect(1, 1).get(0));
            BigInteger[] y = rational(b);
            if (y != null) return x[0].equals(y[0]) && x[1].equals(y[1]);
            if (b instanceof Double d) return Double.isFinite(d) ? compare(x, exact(d)) == 0 : false;
            return Dunders.NOT_IMPLEMENTED;
        });
        compare("__lt__", c -> c < 0);
        compare("__le__", c -> c <= 0);
        compare("__gt__", c -> c > 0);
        compare("__ge__", c -> c >= 0);
        FRACTION.method("__repr__", a -> {
            BigInteger[] x = of(a.self());
            return "Fraction(" + x[0] + ", " + x[1] + ")";
        });
        FRACTION.method("__str__", a -> {
            BigInteger[] x = of(a.self());
            return x[1].equals(BigInteger.ONE) ? x[0].toString() : x[0] + "/" + x[1];
        });
        FRACTION.method("as_integer_ratio", a -> Values.tuple(PyNumbers.normalize(of(a.self())[0]), PyNumbers.normalize(of(a.self())[1])));
        FRACTION.method("limit_denominator", a -> {
            BigInteger[] x = of(a.expect(0, 1, "max_denominator").self());
            BigInteger most = PyNumbers.big(Values.plain(a.option(0, "max_denominator", 1_000_000L)));
            if (most.signum() < 1) throw PyError.value("max_denominator should be at least 1");
            if (x[1].compareTo(most) <= 0) return make(a.interpreter(), x[0], x[1]);
            BigInteger p0 = BigInteger.ZERO, q0 = BigInteger.ONE, p1 = BigInteger.ONE, q1 = BigInteger.ZERO, n = x[0], d = x[1];
            while (true) { // the continued fraction's convergents, while their denominators fit
                BigInteger q = floorDiv(n, d), q2 = q0.add(q.multiply(q1));
                if (q2.compareTo(most) > 0) break;
                BigInteger p2 = p0.add(q.multiply(p1));
                p0 = p1;
                q0 = q1;
                p1 = p2;
                q1 = q2;
                BigInteger rest = n.subtract(q.multiply(d));
                n = d;
                d = rest;
            }
            BigInteger k = floorDiv(most.subtract(q0), q1);
            BigInteger[] bound1 = reduced(p0.add(k.multiply(p1)), q0.add(k.multiply(q1))), bound2 = reduced(p1, q1);
            boolean second = compare(distance(bound2, x), distance(bound1, x)) <= 0;
            BigInteger[] best = second ? bound2 : bound1;
            return make(a.interpreter(), best[0], best[1]);
        });
    }

    /**
     * The int or float a Fraction or Decimal equals exactly, or null: a dict or set finds it under
     * that number's key, as CPython's equal hashes do ({0.5} holds Fraction(1, 2)).
     */
    static Object sameNumber(PyInstance i) {
        BigInteger n, d;
        if (i.pyClass().isSubclassOf(FRACTION)) {
            BigInteger[] x = of(i);
            n = x[0];
            d = x[1];
        } else if (DecimalModule.valueOf(i) != null) {
            BigInteger[] r = DecimalModule.ratio(DecimalModule.valueOf(i));
            r = reduced(r[0], r[1]);
            n = r[0];
            d = r[1];
        } else {
            return null;
        }
        if (d.equals(BigInteger.ONE)) return PyNumbers.normalize(n);
        double f = toDouble(new BigInteger[] {n, d});
        return Double.isFinite(f) && compare(exact(f), new BigInteger[] {n, d}) == 0 ? (Object) f : null;
    }

    /** Python's hash of the rational n/d (d > 0), which equal ints, floats, Fractions and Decimals share. */
    static long hash(BigInteger n, BigInteger d) {
        long h = d.mod(MODULUS).signum() == 0 ? HASH_INF : n.abs().mod(MODULUS).multiply(d.modInverse(MODULUS)).mod(MODULUS).longValueExact();
        long result = n.signum() >= 0 ? h : -h;
        return result == -1 ? -2 : result;
    }

    static PyModule create() {
        PyModule m = new PyModule("fractions");
        m.add("Fraction", FRACTION);
        return m;
    }

    /** A Fraction instance of n/d (reduced here), for the methods' results. */
    private static Object make(Interpreter in, BigInteger n, BigInteger d) {
        BigInteger[] r = reduced(n, d);
        PyInstance f = new PyInstance(FRACTION, in);
        f.setOwn("_numerator", PyNumbers.normalize(r[0]));
        f.setOwn("_denominator", PyNumbers.normalize(r[1]));
        return f;
    }

    private static Object fraction(Interpreter in, BigInteger n, BigInteger d) {
        return make(in, n, d);
    }

    /** n/d in lowest terms with a positive denominator. */
    private static BigInteger[] reduced(BigInteger n, BigInteger d) {
        BigInteger g = n.gcd(d);
        if (d.signum() < 0) g = g.negate();
        return new BigInteger[] {n.divide(g), d.divide(g)};
    }

    /** The Fraction's numerator and denominator. */
    static BigInteger[] of(Object self) {
        PyInstance f = (PyInstance) self;
        return new BigInteger[] {PyNumbers.big(f.own("_numerator")), PyNumbers.big(f.own("_denominator"))};
    }

    /** An int, bool or Fraction as numerator and denominator; null for anything else. */
    private static BigInteger[] rational(Object v) {
        v = Values.plain(v);
        if (v instanceof Boolean b) return new BigInteger[] {b ? BigInteger.ONE : BigInteger.ZERO, BigInteger.ONE};
        if (PyNumbers.isInt(v)) return new BigInteger[] {PyNumbers.big(v), BigInteger.ONE};
        if (v instanceof PyInstance i && i.pyClass().isSubclassOf(FRACTION)) return of(i);
        return null;
    }

    /** a op b and b op a (reflected): exact with ints and Fractions, float arithmetic with a float, else NotImplemented. */
    private static void binary(String name, String reflected, Exact exact, TokenType floats) {
        for (boolean swap : new boolean[] {false, true}) {
            FRACTION.method(swap ? reflected : name, a -> {
                BigInteger[] x = of(a.self());
                Object other = Values.plain(a.expect(1, 1).get(0));
                BigInteger[] y = rational(other);
                if (y != null) {
                    return swap ? exact.apply(a.interpreter(), y[0], y[1], x[0], x[1]) : exact.apply(a.interpreter(), x[0], x[1], y[0], y[1]);
                }
                if (other instanceof Double d) {
                    Object left = swap ? d : toDouble(x), right = swap ? toDouble(x) : d;
                    if (floats != null) return Operators.binary(floats, left, right);
                    return Values.tuple(Operators.binary(TokenType.SLASH_SLASH, left, right), Operators.binary(TokenType.PERCENT, left, right)); // divmod
                }
                return Dunders.NOT_IMPLEMENTED;
            });
        }
    }

    private static void compare(String name, java.util.function.IntPredicate test) {
        FRACTION.method(name, a -> {
            BigInteger[] x = of(a.self());
            Object b = Values.plain(a.expect(1, 1).get(0));
            BigInteger[] y = rational(b);
            if (y == null && b instanceof Double d) {
                if (Double.isNaN(d)) return false;
                if (Double.isInfinite(d)) return test.test(d > 0 ? -1 : 1);
                y = exact(d);
            }
            if (y == null) return Dunders.NOT_IMPLEMENTED;
            return test.test(compare(x, y));
        });
    }

    private static int compare(BigInteger[] x, BigInteger[] y) {
        return x[0].multiply(y[1]).compareTo(y[0].multiply(x[1]));
    }

    private static BigInteger[] distance(BigInteger[] a, BigInteger[] b) {
        return reduced(a[0].multiply(b[1]).subtract(b[0].multiply(a[1])).abs(), a[1].multiply(b[1]));
    }

    private static BigInteger floorDiv(BigInteger n, BigInteger d) {
        BigInteger[] qr = n.divideAndRemainder(d);
        return qr[1].signum() != 0 && qr[1].signum() != d.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static BigInteger floorMod(BigInteger n, BigInteger d) {
        return n.subtract(floorDiv(n, d).multiply(d));
    }

    /** n/d rounded to the nearest int, a half to the even one. */
    private static BigInteger roundHalfEven(BigInteger n, BigInteger d) {
        BigInteger floor = floorDiv(n, d), twice = floorMod(n, d).shiftLeft(1);
        int c = twice.compareTo(d);
        return c < 0 || c == 0 && !floor.testBit(0) ? floor : floor.add(BigInteger.ONE);
    }

    /** The nearest float to n/d, correctly rounded (as int / int is). */
    private static double toDouble(BigInteger[] x) {
        return (Double) Operators.binary(TokenType.SLASH, PyNumbers.normalize(x[0]), PyNumbers.normalize(x[1]));
    }

    /** A finite float's exact value. */
    private static BigInteger[] exact(double d) {
        BigDecimal b = new BigDecimal(d);
        return b.scale() > 0 ? reduced(b.unscaledValue(), BigInteger.TEN.pow(b.scale())) : new BigInteger[] {b.toBigIntegerExact(), BigInteger.ONE};
    }

    /** Fraction(numerator=0, denominator=None): CPython's constructor, its messages too. */
    private static BigInteger[] parse(Object numerator, Object denominator, Interpreter in) {
        Object n = Values.plain(numerator);
        if (denominator == null) {
            BigInteger[] r = rational(n);
            if (r != null) return r;
            if (n instanceof Double d) {
                if (Double.isNaN(d)) throw PyError.value("cannot convert NaN to integer ratio");
                if (Double.isInfinite(d)) throw PyError.overflow("cannot convert Infinity to integer ratio");
                return exact(d);
            }
            if (n instanceof String s) return literal(s);
            throw PyError.type("argument should be a string or a Rational instance");
        }
        BigInteger[] a = rational(n), b = rational(denominator);
        if (a == null || b == null) throw PyError.type("both arguments should be Rational instances");
        BigInteger num = a[0].multiply(b[1]), den = a[1].multiply(b[0]);
        if (den.signum() == 0) throw PyError.zeroDivision("Fraction(" + num + ", 0)");
        return reduced(num, den);
    }

    private static BigInteger[] literal(String s) {
        Matcher m = LITERAL.matcher(s);
        if (!m.matches()) throw PyError.value("Invalid literal for Fraction: " + Repr.repr(s));
        BigInteger num = new BigInteger(m.group("num").isEmpty() ? "0" : m.group("num").replace("_", "")), den;
        if (m.group("den") != null) {
            den = new BigInteger(m.group("den").replace("_", ""));
            if (den.signum() == 0) throw PyError.zeroDivision("Fraction(" + num + ", 0)");
        } else {
            den = BigInteger.ONE;
            String dec = m.group("dec");
            if (dec != null) {
                dec = dec.replace("_", "");
                BigInteger scale = BigInteger.TEN.pow(dec.length());
                num = num.multiply(scale).add(dec.isEmpty() ? BigInteger.ZERO : new BigInteger(dec));
                den = den.multiply(scale);
            }
            if (m.group("exp") != null) {
                int exp = Integer.parseInt(m.group("exp").replace("_", ""));
                if (exp >= 0) num = num.multiply(BigInteger.TEN.pow(exp));
                else den = den.multiply(BigInteger.TEN.pow(-exp));
            }
        }
        if (m.group("sign").equals("-")) num = num.negate();
        return reduced(num, den);
    }
}
