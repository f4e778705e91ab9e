package dev.adjoint.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * A duration: whole days and the microseconds into the last one (0 <= dayMicros < 86400 * 10**6), as
 * CPython normalizes it; days within ±999,999,999 (timedelta.min and max), past them OverflowError.
 * Arithmetic goes through the exact total of microseconds, a BigInteger: timedelta.max's does not fit a long.
 */
record Timedelta(long days, long dayMicros) implements TabledHostObject, PyReprable, PyOperand, HashedByValue {
    static final long MAX_DAYS = 999_999_999;
    private static final BigInteger DAY = BigInteger.valueOf(DatetimeModule.MICROS_PER_DAY);
    static final Timedelta MIN = new Timedelta(-MAX_DAYS, 0), MAX = new Timedelta(MAX_DAYS, DatetimeModule.MICROS_PER_DAY - 1);

    /** The duration of a number of microseconds that fits a long (±106 million days, always in range). */
    Timedelta(long micros) {
        this(Math.floorDiv(micros, DatetimeModule.MICROS_PER_DAY), Math.floorMod(micros, DatetimeModule.MICROS_PER_DAY));
    }

    /** The duration of an exact number of microseconds; CPython's OverflowError past ±999,999,999 days. */
    static Timedelta of(BigInteger micros) {
        BigInteger[] qr = micros.divideAndRemainder(DAY);
        if (qr[1].signum() < 0) qr = new BigInteger[] {qr[0].subtract(BigInteger.ONE), qr[1].add(DAY)}; // floor, as Python's divmod
        BigInteger days = qr[0];
        if (days.bitLength() > 31) throw PyError.overflow("Python int too large to convert to C int"); // CPython reads the days as a C int first
        if (Math.abs(days.longValue()) > MAX_DAYS) throw PyError.overflow("days=" + days + "; must have magnitude <= " + MAX_DAYS);
        return new Timedelta(days.longValue(), qr[1].longValue());
    }

    /** The exact number of microseconds. */
    BigInteger total() {
        return BigInteger.valueOf(days).multiply(DAY).add(BigInteger.valueOf(dayMicros));
    }

    /** The microseconds as a long, for a date's or a clock's arithmetic: one past a long's range is past any date's (CPython's message). */
    long micros() {
        if (Math.abs(days) > Long.MAX_VALUE / DatetimeModule.MICROS_PER_DAY - 1) throw PyError.overflow("date value out of range");
        return days * DatetimeModule.MICROS_PER_DAY + dayMicros;
    }

    long seconds() {
        return dayMicros / 1_000_000;
    }

    long microseconds() {
        return dayMicros % 1_000_000;
    }

    @Override
    public String pyRepr() {
        List<String> parts = new java.util.ArrayList<>();
        if (days() != 0) parts.add("days=" + days());
        if (seconds() != 0) parts.add("seconds=" + seconds());
        if (microseconds() != 0) parts.add("microseconds=" + microseconds());
        return "datetime.timedelta(" + (parts.isEmpty() ? "0" : String.join(", ", parts)) + ")";
    }

    @Override
    public String pyStr() {
        long s = seconds();
        String text = String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) + (microseconds() != 0 ? String.format(".%06d", microseconds()) : "");
        return days() == 0 ? text : days() + " day" + (Math.abs(days()) == 1 ? "" : "s") + ", " + text;
    }

    @Override
    public Object binary(TokenType op, Object other, boolean reflected) {
        Object o = Values.plain(other);
        if (o instanceof Moment m) return m.binary(op, this, true);
        if (o instanceof Timedelta t) {
            BigInteger a = reflected ? t.total() : total(), b = reflected ? total() : t.total();
            return switch (op) {
                case PLUS -> of(a.add(b));
                case MINUS -> of(a.subtract(b));
                case SLASH, SLASH_SLASH -> Operators.binary(op, PyNumbers.normalize(a), PyNumbers.normalize(b)); // as the ints' (and their ZeroDivisionError)
                case PERCENT -> of(PyNumbers.big(Operators.binary(op, PyNumbers.normalize(a), PyNumbers.normalize(b))));
                default -> null;
            };
        }
        if (PyNumbers.isInt(o)) {
            BigInteger n = PyNumbers.big(o);
            if (op == TokenType.STAR) return of(total().multiply(n));
            if (op == TokenType.SLASH_SLASH && !reflected) return of(PyNumbers.big(Operators.binary(op, PyNumbers.normalize(total()), nonzero(o))));
            if (op == TokenType.SLASH && !reflected) return of(rounded(new BigDecimal(total()).divide(new BigDecimal(PyNumbers.big(nonzero(o))), 0, RoundingMode.HALF_EVEN)));
        }
        if (o instanceof Double d) {
            if (op == TokenType.STAR) return of(rounded(new BigDecimal(total()).multiply(ratio(d))));
            if (op == TokenType.SLASH && !reflected) {
                if (d == 0) throw PyError.zeroDivision("integer division or modulo by zero"); // CPython's, for a float too
                return of(new BigDecimal(total()).divide(ratio(d), 0, RoundingMode.HALF_EVEN).toBigIntegerExact());
            }
        }
        return null;
    }

    /** A float as its exact value: CPython multiplies and divides by its as_integer_ratio(), whose errors these are. */
    private static BigDecimal ratio(double d) {
        if (Double.isNaN(d)) throw PyError.value("cannot convert NaN to integer ratio");
        if (Double.isInfinite(d)) throw PyError.overflow("cannot convert Infinity to integer ratio");
        return new BigDecimal(d);
    }

    /** To a whole number of microseconds, half to even as CPython rounds. */
    private static BigInteger rounded(BigDecimal micros) {
        return micros.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    private static Object nonzero(Object n) {
        if (PyNumbers.big(n).signum() == 0) throw PyError.zeroDivision("integer division or modulo by zero");
        return n;
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        if (!(Values.plain(other) instanceof Timedelta t)) return null;
        int c = days != t.days ? Long.compare(days, t.days) : Long.compare(dayMicros, t.dayMicros);
        return Operators.test(op, reflected ? -c : c);
    }

    @Override
    public Object unary(TokenType op) {
        return op == TokenType.MINUS ? of(total().negate()) : op == TokenType.PLUS ? this : null;
    }

    @Override
    public Object abs() {
        return days < 0 ? of(total().negate()) : this;
    }

    @Override
    public boolean truthy() {
        return days != 0 || dayMicros != 0;
    }

    @Override
    public String typeName() {
        return "datetime.timedelta";
    }

    @Override
    public PyClass pyClass() {
        return DatetimeModule.TIMEDELTA;
    }

    private static final AttributeTable<Timedelta> ATTRIBUTES = new AttributeTable<Timedelta>()
            .value("days", Timedelta::days)
            .value("microseconds", Timedelta::microseconds)
            .value("seconds", Timedelta::seconds)
            .method("total_seconds", (t, a) -> Operators.binary(TokenType.SLASH, PyNumbers.normalize(t.total()), 1_000_000L)); // CPython's exact quotient, correctly rounded

    @Override
    public AttributeTable<Timedelta> attributeTable() {
        return ATTRIBUTES;
    }
}
