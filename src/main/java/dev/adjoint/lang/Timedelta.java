package dev.adjoint.lang;

import java.util.List;

/**
 * A duration, in microseconds; shown as CPython normalizes it (days, 0 <= seconds < 86400,
 * 0 <= microseconds < 10**6). A long of microseconds reaches ±106 million days, short of
 * CPython's 999,999,999: past it, OverflowError.
 */
record Timedelta(long micros) implements TabledHostObject, PyReprable, PyOperand, HashedByValue {
    static Timedelta checked(long micros) {
        if (micros == Long.MIN_VALUE || micros == Long.MAX_VALUE) throw PyError.overflow("timedelta out of range"); // a rounded double past a long
        return new Timedelta(micros);
    }

    long days() {
        return Math.floorDiv(micros, DatetimeModule.MICROS_PER_DAY);
    }

    long seconds() {
        return Math.floorMod(micros, DatetimeModule.MICROS_PER_DAY) / 1_000_000;
    }

    long microseconds() {
        return Math.floorMod(micros, 1_000_000L);
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
            long a = reflected ? t.micros : micros, b = reflected ? micros : t.micros;
            return switch (op) {
                case PLUS -> checked(Math.addExact(a, b));
                case MINUS -> checked(Math.subtractExact(a, b));
                case SLASH -> (double) a / nonzero(b);
                case SLASH_SLASH -> Math.floorDiv(a, nonzero(b));
                case PERCENT -> new Timedelta(Math.floorMod(a, nonzero(b)));
                default -> null;
            };
        }
        if (PyNumbers.isInt(o) && !(o instanceof java.math.BigInteger)) {
            long n = Values.toLong(o, "factor");
            if (op == TokenType.STAR) return checked(Math.multiplyExact(micros, n));
            if (op == TokenType.SLASH_SLASH && !reflected) return new Timedelta(Math.floorDiv(micros, nonzero(n)));
            if (op == TokenType.SLASH && !reflected) return checked((long) Math.rint((double) micros / nonzero(n)));
        }
        if (o instanceof Double d) {
            if (op == TokenType.STAR) return checked((long) Math.rint(micros * d));
            if (op == TokenType.SLASH && !reflected) return checked((long) Math.rint(micros / d));
        }
        return null;
    }

    private static long nonzero(long n) {
        if (n == 0) throw PyError.zeroDivision("integer division or modulo by zero");
        return n;
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        if (!(Values.plain(other) instanceof Timedelta t)) return null;
        int c = reflected ? Long.compare(t.micros, micros) : Long.compare(micros, t.micros);
        return Operators.test(op, c);
    }

    @Override
    public Object unary(TokenType op) {
        return op == TokenType.MINUS ? checked(-micros) : op == TokenType.PLUS ? this : null;
    }

    @Override
    public Object abs() {
        return new Timedelta(Math.abs(micros));
    }

    @Override
    public boolean truthy() {
        return micros != 0;
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
            .method("total_seconds", (t, a) -> t.micros / 1e6); // CPython's exact quotient, correctly rounded

    @Override
    public AttributeTable<Timedelta> attributeTable() {
        return ATTRIBUTES;
    }
}
