package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Python's decimal for what the tutorial does with it, on java.math.BigDecimal (whose arithmetic
 * follows the same General Decimal Arithmetic specification): Decimal from str, int, float
 * (exactly) or a tuple; + - * / // % and ** with an integer exponent rounded to the context's
 * precision and rounding (getcontext().prec, .rounding), exact comparisons with ints and floats,
 * hash, str and repr, round, quantize, normalize, sqrt, to_integral_value, as_tuple,
 * as_integer_ratio, and the ROUND_* modes but ROUND_05UP. Zeros keep their sign (Decimal('-0'))
 * as the specification gives it; a result past Emax raises Overflow, as CPython's default traps
 * do. What the tutorial does not need is an error rather than a different number: NaN,
 * infinities, subnormal results, exp/ln/log10, ROUND_05UP, format specs other than fixed point.
 */
final class DecimalModule {
    private DecimalModule() {}

    private static final Map<String, RoundingMode> ROUNDINGS = Map.of("ROUND_UP", RoundingMode.UP, "ROUND_DOWN", RoundingMode.DOWN, "ROUND_CEILING",
            RoundingMode.CEILING, "ROUND_FLOOR", RoundingMode.FLOOR, "ROUND_HALF_UP", RoundingMode.HALF_UP, "ROUND_HALF_DOWN", RoundingMode.HALF_DOWN,
            "ROUND_HALF_EVEN", RoundingMode.HALF_EVEN);

    /** The session's decimal context: precision and rounding (the rest of CPython's context is shown, fixed). */
    static final class Context implements TabledHostObject, Undoable {
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

        private static final AttributeTable<Context> ATTRIBUTES = new AttributeTable<Context>()
                .value("Emax", c -> 999999L)
                .value("Emin", c -> -999999L)
                .value("capitals", c -> 1L)
                .value("clamp", c -> 0L)
                .value("prec", c -> c.prec)
                .value("rounding", c -> c.rounding);

        @Override
        public AttributeTable<Context> attributeTable() {
            return ATTRIBUTES;
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
        for (String[] signal : Exceptions.DECIMAL_SIGNALS) m.add(signal[0], Exceptions.library("decimal." + signal[0]));
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
        return signal("InvalidOperation", condition);
    }

    /** CPython's error for a trapped signal: the signal's class, its args the list of the conditions that raised it. */
    private static PyError signal(String name, String condition) {
        PyList conditions = new PyList();
        conditions.add(Exceptions.library("decimal." + condition));
        return new PyError("decimal." + name, "[<class 'decimal." + condition + "'>]").withArgs(conditions);
    }

    /** The largest and smallest adjusted exponents of the context (CPython's default Emax and Emin). */
    private static final int EMAX = 999_999, EMIN = -999_999;

    /**
     * A Decimal's value with its sign, which BigDecimal does not keep for zero: Decimal('-0') is a
     * zero whose sign is negative, and the arithmetic gives zeros their signs as the specification does.
     */
    private record D(BigDecimal v, boolean negative) {
        static D of(BigDecimal v) {
            return new D(v, v.signum() < 0);
        }

        /** A result whose sign, when it is zero, is {@code negativeZero}. */
        static D zero(BigDecimal v, boolean negativeZero) {
            return new D(v, v.signum() != 0 ? v.signum() < 0 : negativeZero);
        }

        @Override
        public String toString() {
            return (negative && v.signum() == 0 ? "-" : "") + v;
        }
    }

    /** The Decimal class's methods, bound to one session's class and context. */
    private record Arithmetic(PyClass cls, Context context) {
        private interface Op {
            D apply(D x, D y);
        }

        void define() {
            cls.method("__init__", a -> {
                a.expect(0, 2, "value", "context");
                set((PyInstance) a.self(), parse(a.option(0, "value", "0")));
                return null;
            });
            binary("__add__", "__radd__", this::add);
            binary("__sub__", "__rsub__", (x, y) -> add(x, new D(y.v.negate(), !y.negative)));
            binary("__mul__", "__rmul__", (x, y) -> D.zero(x.v.multiply(y.v, context.math()), x.negative != y.negative));
            binary("__truediv__", "__rtruediv__", (x, y) -> {
                checkDivisor(x.v, y.v);
                return D.zero(x.v.divide(y.v, context.math()), x.negative != y.negative);
            });
            binary("__floordiv__", "__rfloordiv__", (x, y) -> {
                checkDivisor(x.v, y.v);
                BigDecimal q = x.v.divideToIntegralValue(y.v).setScale(0, RoundingMode.DOWN);
                if (q.precision() > context.prec) throw invalid("DivisionImpossible");
                return D.zero(q, x.negative != y.negative);
            });
            binary("__mod__", "__rmod__", (x, y) -> {
                if (y.v.signum() == 0) throw invalid(x.v.signum() == 0 ? "DivisionUndefined" : "InvalidOperation");
                BigDecimal q = x.v.divideToIntegralValue(y.v);
                if (q.setScale(0, RoundingMode.DOWN).precision() > context.prec) throw invalid("DivisionImpossible");
                BigDecimal r = x.v.subtract(q.multiply(y.v)).setScale(Math.max(x.v.scale(), y.v.scale()));
                return D.zero(r.round(context.math()), x.negative);
            });
            binary("__pow__", "__rpow__", this::power);
            // -x is 0 - x and +x is 0 + x: a zero result is positive but when rounding toward -Infinity
            cls.method("__neg__", a -> make(a.interpreter(), D.zero(value(a.self()).v.negate(context.math()), floor())));
            cls.method("__pos__", a -> make(a.interpreter(), D.zero(value(a.self()).v.plus(context.math()), floor() && value(a.self()).negative)));
            cls.method("__abs__", a -> make(a.interpreter(), D.of(value(a.self()).v.abs(context.math()))));
            // Quiet copies: no context, so no Overflow past Emax.
            cls.method("copy_negate", a -> instance(a.interpreter(), new D(value(a.self()).v.negate(), !value(a.self()).negative)));
            cls.method("copy_abs", a -> instance(a.interpreter(), D.of(value(a.self()).v.abs())));
            cls.method("__bool__", a -> value(a.self()).v.signum() != 0);
            cls.method("__float__", a -> Double.parseDouble(value(a.self()).toString()));
            cls.method("__int__", a -> PyNumbers.normalize(value(a.self()).v.toBigInteger()));
            cls.method("__trunc__", a -> PyNumbers.normalize(value(a.self()).v.toBigInteger()));
            cls.method("__floor__", a -> PyNumbers.normalize(value(a.self()).v.setScale(0, RoundingMode.FLOOR).toBigIntegerExact()));
            cls.method("__ceil__", a -> PyNumbers.normalize(value(a.self()).v.setScale(0, RoundingMode.CEILING).toBigIntegerExact()));
            cls.method("__round__", a -> {
                Object digits = a.expect(0, 1, "ndigits").option(0, "ndigits", null);
                D x = value(a.self());
                if (digits == null) return PyNumbers.normalize(x.v.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
                return make(a.interpreter(), quantize(x, (int) Values.toLong(digits, "ndigits"), context.rounding()));
            });
            cls.method("quantize", a -> {
                a.expect(1, 3, "exp", "rounding", "context");
                D exp = operand(a.get(0));
                if (exp == null) throw PyError.type("conversion from " + Values.typeName(a.get(0)) + " to Decimal is not supported");
                Object r = a.option(1, "rounding", null);
                return make(a.interpreter(), quantize(value(a.self()), exp.v.scale(), r == null ? context.rounding() : mode(r)));
            });
            cls.method("to_integral_value", a -> {
                Object r = a.expect(0, 2, "rounding", "context").option(0, "rounding", null);
                D x = value(a.self());
                return make(a.interpreter(), x.v.scale() <= 0 ? x : D.zero(x.v.setScale(0, r == null ? context.rounding() : mode(r)), x.negative));
            });
            cls.method("normalize", a -> {
                D x = value(a.expect(0, 1, "context").self());
                BigDecimal r = x.v.round(context.math());
                return make(a.interpreter(), D.zero(r.signum() == 0 ? BigDecimal.ZERO : r.stripTrailingZeros(), x.negative));
            });
            cls.method("sqrt", a -> {
                D x = value(a.expect(0, 1, "context").self());
                if (x.v.signum() < 0) throw invalid("InvalidOperation");
                if (x.v.signum() == 0) return make(a.interpreter(), new D(BigDecimal.ZERO.setScale(Math.floorDiv(x.v.scale() + 1, 2)), x.negative));
                return make(a.interpreter(), D.of(x.v.sqrt(context.math())));
            });
            for (String name : new String[] {"exp", "ln", "log10", "logb", "next_plus", "next_minus", "fma"})
                cls.method(name, a -> {
                    throw PyError.notSupported("Decimal." + name + "()");
                });
            cls.method("adjusted", a -> (long) adjusted(value(a.self()).v));
            cls.method("is_zero", a -> value(a.self()).v.signum() == 0);
            cls.method("is_signed", a -> value(a.self()).negative);
            cls.method("is_finite", a -> true);
            cls.method("is_nan", a -> false);
            cls.method("is_infinite", a -> false);
            cls.method("as_integer_ratio", a -> {
                BigInteger[] r = ratio(value(a.self()).v);
                BigInteger g = r[0].gcd(r[1]);
                return Values.tuple(PyNumbers.normalize(r[0].divide(g)), PyNumbers.normalize(r[1].divide(g)));
            });
            PyClass tuple = NamedTuples.type("decimal", "DecimalTuple", "sign", "digits", "exponent");
            cls.method("as_tuple", a -> {
                D x = value(a.self());
                List<Object> digits = new java.util.ArrayList<>();
                for (char c : x.v.unscaledValue().abs().toString().toCharArray()) digits.add((long) (c - '0'));
                return tuple.call(a.interpreter(), Arrays.asList(x.negative ? 1L : 0L, Values.tuple(digits), (long) -x.v.scale()), Map.of(), a.span());
            });
            cls.method("__hash__", a -> {
                BigInteger[] r = ratio(value(a.self()).v);
                return FractionsModule.hash(r[0], r[1]);
            });
            compare("__eq__", c -> c == 0);
            compare("__lt__", c -> c < 0);
            compare("__le__", c -> c <= 0);
            compare("__gt__", c -> c > 0);
            compare("__ge__", c -> c >= 0);
            cls.method("__repr__", a -> "Decimal('" + value(a.self()) + "')");
            cls.method("__str__", a -> value(a.self()).toString());
            cls.method("__format__", a -> format(value(a.self()), a.expect(1, 1).string(0)));
        }

        private boolean floor() {
            return context.rounding() == RoundingMode.FLOOR;
        }

        /** x + y; an exact zero sum is negative when both are, or when their signs differ and the rounding is toward -Infinity. */
        private D add(D x, D y) {
            return D.zero(x.v.add(y.v, context.math()), x.negative == y.negative ? x.negative : floor());
        }

        private void binary(String name, String reflected, Op op) {
            for (boolean swap : new boolean[] {false, true}) {
                cls.method(swap ? reflected : name, a -> {
                    D x = value(a.self()), y = operand(a.expect(1, 1).get(0));
                    if (y == null) return Dunders.NOT_IMPLEMENTED;
                    return make(a.interpreter(), swap ? op.apply(y, x) : op.apply(x, y));
                });
            }
        }

        private void compare(String name, java.util.function.IntPredicate test) {
            cls.method(name, a -> {
                Integer c = order(value(a.self()).v, a.expect(1, 1).get(0));
                return c == null ? Dunders.NOT_IMPLEMENTED : (Object) test.test(c);
            });
        }

        /** x against a Decimal, an int, a float or a Fraction (exactly: x times its denominator against its numerator); null for anything else. */
        private Integer order(BigDecimal x, Object v) {
            if (Values.plain(v) instanceof PyInstance i && i.pyClass().isSubclassOf(FractionsModule.FRACTION)) {
                BigInteger[] r = FractionsModule.of(i);
                return x.multiply(new BigDecimal(r[1])).compareTo(new BigDecimal(r[0]));
            }
            BigDecimal y = comparable(v);
            return y == null ? null : x.compareTo(y);
        }

        /** An int or a Decimal (the operands arithmetic takes); null for anything else (a float is CPython's TypeError). */
        private D operand(Object v) {
            v = Values.plain(v);
            if (v instanceof Boolean b) return D.of(b ? BigDecimal.ONE : BigDecimal.ZERO);
            if (PyNumbers.isInt(v)) return D.of(new BigDecimal(PyNumbers.big(v)));
            if (v instanceof PyInstance i && i.pyClass() == cls) return value(i);
            return null;
        }

        /** What comparisons take: an operand, or a finite float exactly (a NaN or infinity is not supported). */
        private BigDecimal comparable(Object v) {
            D d = operand(v);
            if (d != null) return d.v;
            if (!(Values.plain(v) instanceof Double f)) return null;
            if (!Double.isFinite(f)) throw PyError.notSupported("comparing a Decimal with " + PyNumbers.repr(f));
            return new BigDecimal(f);
        }

        /** A new Decimal of an arithmetic result: past the context's exponent range, CPython's Overflow (an underflow is not supported). */
        private Object make(Interpreter in, D value) {
            if (value.v.signum() != 0 && adjusted(value.v) > EMAX) throw signal("Overflow", "Overflow");
            if (value.v.signum() != 0 && adjusted(value.v) < EMIN) throw PyError.notSupported("a Decimal below the context's Emin (a subnormal result)");
            return instance(in, value);
        }

        private Object instance(Interpreter in, D value) {
            PyInstance d = new PyInstance(cls, in);
            set(d, value);
            return d;
        }

        private static long adjusted(BigDecimal v) {
            return (long) v.precision() - v.scale() - 1;
        }

        private static void set(PyInstance d, D value) {
            d.setOwn("_int", PyNumbers.normalize(value.v.unscaledValue()));
            d.setOwn("_exp", (long) -value.v.scale());
            d.setOwn("_sign", value.negative ? 1L : 0L);
        }

        private static D value(Object self) {
            PyInstance i = (PyInstance) self;
            BigDecimal v = valueOf(i);
            return D.zero(v, Long.valueOf(1).equals(i.own("_sign")));
        }

        private static void checkDivisor(BigDecimal x, BigDecimal y) {
            if (y.signum() != 0) return;
            if (x.signum() == 0) throw invalid("DivisionUndefined");
            throw signal("DivisionByZero", "DivisionByZero");
        }

        /**
         * x to the exponent scale, rounded, keeping its sign; CPython's InvalidOperation when that needs
         * more digits than the precision or the exponent is past Emax or below Etiny.
         */
        private D quantize(D x, int scale, RoundingMode mode) {
            long exponent = -(long) scale;
            if (exponent > EMAX || exponent < EMIN - context.prec + 1) throw invalid("InvalidOperation"); // past Emax or below Etiny
            BigDecimal r = x.v.setScale(scale, mode);
            if (r.precision() > context.prec && r.signum() != 0) throw invalid("InvalidOperation");
            return D.zero(r, x.negative);
        }

        /** x ** n for an integer n: the exact power (or its reciprocal) rounded once, as CPython's correctly rounded result. */
        private D power(D x, D y) {
            BigInteger n;
            try {
                n = y.v.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw PyError.notSupported("a Decimal to a power that is not a whole number");
            }
            boolean negative = x.negative && n.testBit(0);
            if (n.signum() == 0) {
                if (x.v.signum() == 0) throw invalid("InvalidOperation");
                return D.of(BigDecimal.ONE);
            }
            if (x.v.signum() == 0) {
                if (n.signum() < 0) throw PyError.notSupported("a Decimal infinity (zero to a negative power)");
                return new D(BigDecimal.ZERO, negative);
            }
            // the result's exponent, roughly: past the context's range it is CPython's Overflow before any digit is computed
            double magnitude = n.doubleValue() * (adjusted(x.v) + Math.log10(x.v.abs().scaleByPowerOfTen((int) -adjusted(x.v)).doubleValue()));
            if (magnitude >= EMAX + 1) throw signal("Overflow", "Overflow");
            if (n.abs().bitLength() > 20 || (long) x.v.precision() * n.abs().longValue() > 1_000_000)
                throw PyError.notSupported("a Decimal power with more than a million digits");
            BigDecimal exact = x.v.pow(n.abs().intValue());
            if (n.signum() > 0) return D.of(exact.round(context.math()));
            return D.of(BigDecimal.ONE.divide(exact, context.math()));
        }

        /** format(d, spec): '' as str, and fixed point ('.2f', 'f'), rounded half to even as CPython's (a zero keeps its sign); other specs are not supported. */
        private static String format(D x, String spec) {
            if (spec.isEmpty()) return x.toString();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(,)?(?:\\.(\\d+))?f").matcher(spec);
            if (!m.matches()) throw PyError.notSupported("format spec '" + spec + "' for a Decimal (only '' and fixed point such as '.2f' are)");
            BigDecimal r = m.group(2) == null ? x.v : x.v.setScale(Integer.parseInt(m.group(2)), RoundingMode.HALF_EVEN);
            String plain = (x.negative && r.signum() == 0 ? "-" : "") + r.toPlainString();
            if (m.group(1) == null) return plain;
            int dot = plain.indexOf('.'), end = dot < 0 ? plain.length() : dot, start = plain.startsWith("-") ? 1 : 0;
            StringBuilder grouped = new StringBuilder(plain.substring(start, end));
            for (int i = grouped.length() - 3; i > 0; i -= 3) grouped.insert(i, ',');
            return plain.substring(0, start) + grouped + plain.substring(end);
        }

        /** Decimal(value): a str, int, float (exact), Decimal or (sign, digits, exponent) tuple, as CPython's constructor. */
        private D parse(Object v) {
            v = Values.plain(v);
            if (v instanceof Double d) {
                if (!Double.isFinite(d)) throw PyError.notSupported("Decimal(" + PyNumbers.repr(d) + ") (NaN and infinities)");
                return D.zero(new BigDecimal(d), 1 / d < 0);
            }
            D exact = operand(v);
            if (exact != null) return exact;
            if (v instanceof String s) {
                String t = s.strip().replaceAll("(?<=\\d)_(?=\\d)", "");
                String lower = t.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[-+]", "");
                if (lower.equals("nan") || lower.equals("snan") || lower.equals("inf") || lower.equals("infinity"))
                    throw PyError.notSupported("Decimal(" + Repr.repr(s) + ") (NaN and infinities)");
                if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) throw invalid("ConversionSyntax");
                try {
                    return D.zero(new BigDecimal(t), t.startsWith("-"));
                } catch (NumberFormatException e) {
                    throw PyError.notSupported("a Decimal exponent beyond ±2147483647");
                }
            }
            if (v instanceof List<?> tuple) {
                if (tuple.size() != 3) throw PyError.value("argument must be a sequence of length 3");
                long sign = Values.toLong(tuple.get(0), "sign");
                StringBuilder digits = new StringBuilder();
                for (Object digit : Values.items(tuple.get(1))) digits.append(Values.toLong(digit, "digit"));
                BigDecimal d = new BigDecimal(new BigInteger(digits.length() == 0 ? "0" : digits.toString()), (int) -Values.toLong(tuple.get(2), "exponent"));
                return D.zero(sign == 1 ? d.negate() : d, sign == 1);
            }
            throw PyError.type("conversion from " + Values.typeName(v) + " to Decimal is not supported");
        }
    }
}
