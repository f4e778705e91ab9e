package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Python's decimal for what the tutorial does with it, on java.math.BigDecimal (whose arithmetic
 * follows the same General Decimal Arithmetic specification): Decimal from str, int, float
 * (exactly) or a tuple; + - * / // % and ** with an integer exponent rounded to the context's
 * precision and rounding (getcontext().prec, .rounding), exact comparisons with ints and floats,
 * hash, str and repr, round, quantize, normalize, sqrt, to_integral_value, as_tuple,
 * as_integer_ratio, and the ROUND_* modes but ROUND_05UP. What the tutorial does not need is an
 * error rather than a different number: NaN, infinities, negative zero, exp/ln/log10, ROUND_05UP,
 * format specs other than fixed point.
 */
final class DecimalModule {
    private DecimalModule() {}

    private static final Map<String, RoundingMode> ROUNDINGS = Map.of("ROUND_UP", RoundingMode.UP, "ROUND_DOWN", RoundingMode.DOWN, "ROUND_CEILING",
            RoundingMode.CEILING, "ROUND_FLOOR", RoundingMode.FLOOR, "ROUND_HALF_UP", RoundingMode.HALF_UP, "ROUND_HALF_DOWN", RoundingMode.HALF_DOWN,
            "ROUND_HALF_EVEN", RoundingMode.HALF_EVEN);
    static final String INVALID = "decimal.InvalidOperation", BY_ZERO = "decimal.DivisionByZero";

    /** The session's decimal context: precision and rounding (the rest of CPython's context is shown, fixed). */
    static final class Context implements HostObject, Undoable {
        private long prec = 28;
        private String rounding = "ROUND_HALF_EVEN";

        MathContext math() {
            return new MathContext((int) prec, rounding());
        }

        RoundingMode rounding() {
            return mode(rounding);
        }

        @Override
        public Runnable snapshot() {
            long p = prec;
            String r = rounding;
            return () -> {
                prec = p;
                rounding = r;
            };
        }

        @Override
        public String typeName() {
            return "decimal.Context";
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "prec" -> prec;
                case "rounding" -> rounding;
                case "Emax" -> 999999L;
                case "Emin" -> -999999L;
                case "capitals" -> 1L;
                case "clamp" -> 0L;
                default -> null;
            };
        }

        @Override
        public boolean setAttribute(String name, Object value) {
            switch (name) {
                case "prec" -> {
                    Object v = Values.plain(value);
                    if (!PyNumbers.isInt(v)) throw PyError.type("'" + Values.typeName(value) + "' object cannot be interpreted as an integer");
                    long p = Values.toLong(v, "prec");
                    if (p < 1 || p > 999_999_999_999_999_999L) throw PyError.value("valid range for prec is [1, MAX_PREC]");
                    if (p > 100_000) throw PyError.notSupported("a decimal precision above 100000 digits");
                    UndoLog.touch(this);
                    prec = p;
                }
                case "rounding" -> {
                    if (!(value instanceof String s) || !ROUNDINGS.containsKey(s) && !s.equals("ROUND_05UP"))
                        throw PyError.type("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
                    mode(s);
                    UndoLog.touch(this);
                    rounding = s;
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Collection<String> attributeNames() {
            return List.of("Emax", "Emin", "capitals", "clamp", "prec", "rounding");
        }

        @Override
        public String toString() {
            return "Context(prec=" + prec + ", rounding=" + rounding + ", Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], "
                    + "traps=[InvalidOperation, DivisionByZero, Overflow])";
        }
    }

    private static RoundingMode mode(Object name) {
        RoundingMode m = ROUNDINGS.get(name);
        if (m == null && "ROUND_05UP".equals(name)) throw PyError.notSupported("decimal's ROUND_05UP");
        if (m == null) throw PyError.type("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
        return m;
    }

    /** The session's module: its own Decimal class, whose methods use its context. */
    static PyModule create() {
        PyModule m = new PyModule("decimal");
        Context context = new Context();
        PyClass decimal = PyClass.library("Decimal", "decimal", null);
        Arithmetic arithmetic = new Arithmetic(decimal, context);
        arithmetic.define();
        m.add("Decimal", decimal);
        m.add(Builtin.of("getcontext", a -> {
            a.expect(0, 0);
            return context;
        }));
        for (String r : new String[] {"ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN",
                "ROUND_05UP"})
            m.add(r, r);
        m.add("InvalidOperation", Exceptions.library(INVALID)).add("DivisionByZero", Exceptions.library(BY_ZERO));
        m.add("MAX_PREC", 999_999_999_999_999_999L).add("MAX_EMAX", 999_999_999_999_999_999L).add("MIN_EMIN", -999_999_999_999_999_999L);
        return m;
    }

    /** A Decimal's value as numerator and denominator (a power of ten), not reduced. */
    static BigInteger[] ratio(BigDecimal x) {
        if (x.scale() <= 0) return new BigInteger[] {x.unscaledValue().multiply(BigInteger.TEN.pow(-x.scale())), BigInteger.ONE};
        return new BigInteger[] {x.unscaledValue(), BigInteger.TEN.pow(x.scale())};
    }

    /** A Decimal instance's value (its _int and _exp), or null for any other object. */
    static BigDecimal valueOf(PyInstance i) {
        boolean decimal = i.pyClass().mro().stream().anyMatch(c -> c.isBuiltin() && c.module().equals("decimal") && c.name().equals("Decimal"));
        if (!decimal || !(i.own("_exp") instanceof Long exp)) return null;
        return new BigDecimal(PyNumbers.big(i.own("_int")), (int) -exp);
    }

    private static PyError invalid(String condition) {
        return new PyError(INVALID, "[<class 'decimal." + condition + "'>]");
    }

    /** The Decimal class's methods, bound to one session's class and context. */
    private record Arithmetic(PyClass cls, Context context) {
        private interface Op {
            BigDecimal apply(BigDecimal x, BigDecimal y);
        }

        void define() {
            cls.method("__init__", a -> {
                a.expect(0, 2, "value", "context");
                set((PyInstance) a.self(), parse(a.option(0, "value", "0")));
                return null;
            });
            binary("__add__", "__radd__", (x, y) -> x.add(y, context.math()));
            binary("__sub__", "__rsub__", (x, y) -> x.subtract(y, context.math()));
            binary("__mul__", "__rmul__", (x, y) -> negativeZero(x.multiply(y, context.math()), x.signum() * y.signum() < 0));
            binary("__truediv__", "__rtruediv__", (x, y) -> {
                checkDivisor(x, y);
                return negativeZero(x.divide(y, context.math()), x.signum() * y.signum() < 0);
            });
            binary("__floordiv__", "__rfloordiv__", (x, y) -> {
                checkDivisor(x, y);
                BigDecimal q = x.divideToIntegralValue(y).setScale(0, RoundingMode.DOWN);
                if (q.precision() > context.prec) throw invalid("DivisionImpossible");
                return negativeZero(q, x.signum() * y.signum() < 0);
            });
            binary("__mod__", "__rmod__", (x, y) -> {
                if (y.signum() == 0) throw invalid(x.signum() == 0 ? "DivisionUndefined" : "InvalidOperation");
                BigDecimal q = x.divideToIntegralValue(y);
                if (q.setScale(0, RoundingMode.DOWN).precision() > context.prec) throw invalid("DivisionImpossible");
                BigDecimal r = x.subtract(q.multiply(y)).setScale(Math.max(x.scale(), y.scale()));
                return negativeZero(r.round(context.math()), x.signum() < 0);
            });
            binary("__pow__", "__rpow__", (x, y) -> power(x, y));
            cls.method("__neg__", a -> make(a.interpreter(), value(a.self()).negate(context.math())));
            cls.method("__pos__", a -> make(a.interpreter(), value(a.self()).plus(context.math())));
            cls.method("__abs__", a -> make(a.interpreter(), value(a.self()).abs(context.math())));
            cls.method("__bool__", a -> value(a.self()).signum() != 0);
            cls.method("__float__", a -> Double.parseDouble(value(a.self()).toString()));
            cls.method("__int__", a -> PyNumbers.normalize(value(a.self()).toBigInteger()));
            cls.method("__trunc__", a -> PyNumbers.normalize(value(a.self()).toBigInteger()));
            cls.method("__floor__", a -> PyNumbers.normalize(value(a.self()).setScale(0, RoundingMode.FLOOR).toBigIntegerExact()));
            cls.method("__ceil__", a -> PyNumbers.normalize(value(a.self()).setScale(0, RoundingMode.CEILING).toBigIntegerExact()));
            cls.method("__round__", a -> {
                Object digits = a.expect(0, 1, "ndigits").option(0, "ndigits", null);
                BigDecimal x = value(a.self());
                if (digits == null) return PyNumbers.normalize(x.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
                return make(a.interpreter(), quantize(x, (int) Values.toLong(digits, "ndigits"), context.rounding()));
            });
            cls.method("quantize", a -> {
                a.expect(1, 3, "exp", "rounding", "context");
                BigDecimal exp = operand(a.get(0));
                if (exp == null) throw PyError.type("conversion from " + Values.typeName(a.get(0)) + " to Decimal is not supported");
                Object r = a.option(1, "rounding", null);
                return make(a.interpreter(), quantize(value(a.self()), exp.scale(), r == null ? context.rounding() : mode(r)));
            });
            cls.method("to_integral_value", a -> {
                Object r = a.expect(0, 2, "rounding", "context").option(0, "rounding", null);
                BigDecimal x = value(a.self());
                return make(a.interpreter(), x.scale() <= 0 ? x : negativeZero(x.setScale(0, r == null ? context.rounding() : mode(r)), x.signum() < 0));
            });
            cls.method("normalize", a -> {
                BigDecimal x = value(a.expect(0, 1, "context").self()).round(context.math());
                return make(a.interpreter(), x.signum() == 0 ? BigDecimal.ZERO : x.stripTrailingZeros());
            });
            cls.method("sqrt", a -> {
                BigDecimal x = value(a.expect(0, 1, "context").self());
                if (x.signum() < 0) throw invalid("InvalidOperation");
                if (x.signum() == 0) return make(a.interpreter(), BigDecimal.ZERO.setScale(Math.floorDiv(x.scale() + 1, 2)));
                return make(a.interpreter(), x.sqrt(context.math()));
            });
            for (String name : new String[] {"exp", "ln", "log10", "logb", "next_plus", "next_minus", "fma"})
                cls.method(name, a -> {
                    throw PyError.notSupported("Decimal." + name + "()");
                });
            cls.method("adjusted", a -> (long) (value(a.self()).precision() - value(a.self()).scale() - 1));
            cls.method("is_zero", a -> value(a.self()).signum() == 0);
            cls.method("is_signed", a -> value(a.self()).signum() < 0);
            cls.method("is_finite", a -> true);
            cls.method("is_nan", a -> false);
            cls.method("is_infinite", a -> false);
            cls.method("as_integer_ratio", a -> {
                BigInteger[] r = ratio(value(a.self()));
                BigInteger g = r[0].gcd(r[1]);
                return Values.tuple(PyNumbers.normalize(r[0].divide(g)), PyNumbers.normalize(r[1].divide(g)));
            });
            PyClass tuple = NamedTuples.type("decimal", "DecimalTuple", "sign", "digits", "exponent");
            cls.method("as_tuple", a -> {
                BigDecimal x = value(a.self());
                List<Object> digits = new java.util.ArrayList<>();
                for (char c : x.unscaledValue().abs().toString().toCharArray()) digits.add((long) (c - '0'));
                return tuple.call(a.interpreter(), Arrays.asList(x.signum() < 0 ? 1L : 0L, Values.tuple(digits), (long) -x.scale()), Map.of(), a.span());
            });
            cls.method("__hash__", a -> {
                BigInteger[] r = ratio(value(a.self()));
                return FractionsModule.hash(r[0], r[1]);
            });
            cls.method("__eq__", a -> {
                BigDecimal y = comparable(a.expect(1, 1).get(0));
                return y == null ? Dunders.NOT_IMPLEMENTED : (Object) (value(a.self()).compareTo(y) == 0);
            });
            compare("__lt__", c -> c < 0);
            compare("__le__", c -> c <= 0);
            compare("__gt__", c -> c > 0);
            compare("__ge__", c -> c >= 0);
            cls.method("__repr__", a -> "Decimal('" + value(a.self()) + "')");
            cls.method("__str__", a -> value(a.self()).toString());
            cls.method("__format__", a -> format(value(a.self()), a.expect(1, 1).string(0)));
        }

        private void binary(String name, String reflected, Op op) {
            for (boolean swap : new boolean[] {false, true}) {
                cls.method(swap ? reflected : name, a -> {
                    BigDecimal x = value(a.self()), y = operand(a.expect(1, 1).get(0));
                    if (y == null) return Dunders.NOT_IMPLEMENTED;
                    return make(a.interpreter(), swap ? op.apply(y, x) : op.apply(x, y));
                });
            }
        }

        private void compare(String name, java.util.function.IntPredicate test) {
            cls.method(name, a -> {
                BigDecimal y = comparable(a.expect(1, 1).get(0));
                return y == null ? Dunders.NOT_IMPLEMENTED : (Object) test.test(value(a.self()).compareTo(y));
            });
        }

        /** An int or a Decimal as a BigDecimal (the operands arithmetic takes); null for anything else (a float is CPython's TypeError). */
        private BigDecimal operand(Object v) {
            v = Values.plain(v);
            if (v instanceof Boolean b) return b ? BigDecimal.ONE : BigDecimal.ZERO;
            if (PyNumbers.isInt(v)) return new BigDecimal(PyNumbers.big(v));
            if (v instanceof PyInstance i && i.pyClass() == cls) return value(i);
            return null;
        }

        /** What comparisons take: an operand, or a finite float exactly (a NaN or infinity is not supported). */
        private BigDecimal comparable(Object v) {
            BigDecimal d = operand(v);
            if (d != null || !(Values.plain(v) instanceof Double f)) return d;
            if (!Double.isFinite(f)) throw PyError.notSupported("comparing a Decimal with " + PyNumbers.repr(f));
            return new BigDecimal(f);
        }

        private Object make(Interpreter in, BigDecimal value) {
            PyInstance d = new PyInstance(cls, in);
            set(d, value);
            return d;
        }

        private static void set(PyInstance d, BigDecimal value) {
            d.setOwn("_int", PyNumbers.normalize(value.unscaledValue()));
            d.setOwn("_exp", (long) -value.scale());
        }

        private static BigDecimal value(Object self) {
            return valueOf((PyInstance) self);
        }

        private static void checkDivisor(BigDecimal x, BigDecimal y) {
            if (y.signum() != 0) return;
            if (x.signum() == 0) throw invalid("DivisionUndefined");
            throw new PyError(BY_ZERO, "[<class 'decimal.DivisionByZero'>]");
        }

        /** A zero result whose sign CPython makes negative ('-0'), which this Decimal cannot show: an error rather than '0'. */
        private static BigDecimal negativeZero(BigDecimal result, boolean negative) {
            if (result.signum() == 0 && negative) throw PyError.notSupported("a negative zero Decimal (Decimal('-0'))");
            return result;
        }

        /** x to the exponent scale, rounded; CPython's InvalidOperation when that needs more digits than the precision. */
        private BigDecimal quantize(BigDecimal x, int scale, RoundingMode mode) {
            BigDecimal r = negativeZero(x.setScale(scale, mode), x.signum() < 0);
            if (r.precision() > context.prec && r.signum() != 0) throw invalid("InvalidOperation");
            return r;
        }

        /** x ** n for an integer n: the exact power (or its reciprocal) rounded once, as CPython's correctly rounded result. */
        private BigDecimal power(BigDecimal x, BigDecimal y) {
            BigInteger n;
            try {
                n = y.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw PyError.notSupported("a Decimal to a power that is not a whole number");
            }
            if (n.signum() == 0) {
                if (x.signum() == 0) throw invalid("InvalidOperation");
                return BigDecimal.ONE;
            }
            if (n.abs().bitLength() > 20 || (long) x.precision() * n.abs().longValue() > 1_000_000)
                throw PyError.notSupported("a Decimal power with more than a million digits");
            BigDecimal exact = x.pow(n.abs().intValue());
            if (n.signum() > 0) return exact.round(context.math());
            if (x.signum() == 0) throw new PyError(BY_ZERO, "[<class 'decimal.DivisionByZero'>]");
            return BigDecimal.ONE.divide(exact, context.math());
        }

        /** format(d, spec): '' as str, and fixed point ('.2f', 'f'), rounded half to even as CPython's; other specs are not supported. */
        private static String format(BigDecimal x, String spec) {
            if (spec.isEmpty()) return x.toString();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(,)?(?:\\.(\\d+))?f").matcher(spec);
            if (!m.matches()) throw PyError.notSupported("format spec '" + spec + "' for a Decimal (only '' and fixed point such as '.2f' are)");
            BigDecimal r = m.group(2) == null ? x : x.setScale(Integer.parseInt(m.group(2)), RoundingMode.HALF_EVEN);
            negativeZero(r, x.signum() < 0);
            String plain = r.toPlainString();
            if (m.group(1) == null) return plain;
            int dot = plain.indexOf('.'), end = dot < 0 ? plain.length() : dot, start = plain.startsWith("-") ? 1 : 0;
            StringBuilder grouped = new StringBuilder(plain.substring(start, end));
            for (int i = grouped.length() - 3; i > 0; i -= 3) grouped.insert(i, ',');
            return plain.substring(0, start) + grouped + plain.substring(end);
        }

        /** Decimal(value): a str, int, float (exact), Decimal or (sign, digits, exponent) tuple, as CPython's constructor. */
        private BigDecimal parse(Object v) {
            v = Values.plain(v);
            if (v instanceof Double d) {
                if (!Double.isFinite(d)) throw PyError.notSupported("Decimal(" + PyNumbers.repr(d) + ") (NaN and infinities)");
                if (d == 0 && 1 / d < 0) throw PyError.notSupported("a negative zero Decimal (Decimal('-0'))");
                return new BigDecimal(d);
            }
            BigDecimal exact = operand(v);
            if (exact != null) return exact;
            if (v instanceof String s) {
                String t = s.strip().replaceAll("(?<=\\d)_(?=\\d)", "");
                String lower = t.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[-+]", "");
                if (lower.equals("nan") || lower.equals("snan") || lower.equals("inf") || lower.equals("infinity"))
                    throw PyError.notSupported("Decimal(" + Repr.repr(s) + ") (NaN and infinities)");
                if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) throw invalid("ConversionSyntax");
                BigDecimal d = new BigDecimal(t);
                if (d.signum() == 0 && t.startsWith("-")) throw PyError.notSupported("a negative zero Decimal (Decimal('-0'))");
                return d;
            }
            if (v instanceof List<?> tuple) {
                if (tuple.size() != 3) throw PyError.value("argument must be a sequence of length 3");
                long sign = Values.toLong(tuple.get(0), "sign");
                StringBuilder digits = new StringBuilder();
                for (Object digit : Values.items(tuple.get(1))) digits.append(Values.toLong(digit, "digit"));
                BigDecimal d = new BigDecimal(new BigInteger(digits.length() == 0 ? "0" : digits.toString()), (int) -Values.toLong(tuple.get(2), "exponent"));
                if (sign == 1 && d.signum() == 0) throw PyError.notSupported("a negative zero Decimal (Decimal('-0'))");
                return sign == 1 ? d.negate() : d;
            }
            throw PyError.type("conversion from " + Values.typeName(v) + " to Decimal is not supported");
        }
    }
}
