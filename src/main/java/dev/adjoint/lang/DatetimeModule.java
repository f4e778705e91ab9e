package dev.adjoint.lang;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * Python's datetime as scripts use it for timestamps and durations: {@code date},
 * {@code datetime} (naive: no time zones) and {@code timedelta}, with CPython's arithmetic,
 * comparisons, repr/str/isoformat, strftime's common codes ({@link Strftime}) and
 * fromisoformat; {@code now()} and {@code today()} read the clock. Not here: time, timezone,
 * tzinfo, strptime.
 */
final class DatetimeModule {
    private DatetimeModule() {}

    static final PyClass TIMEDELTA = PyClass.builtin("timedelta", "datetime", BuiltinTypes.OBJECT, Builtin.of("timedelta", DatetimeModule::timedelta));
    static final PyClass DATE = PyClass.builtin("date", "datetime", BuiltinTypes.OBJECT, Builtin.of("date", a -> {
        a.expect(3, 3, "year", "month", "day");
        return Moment.of(field(a, 0, "year", 0), field(a, 1, "month", 0), field(a, 2, "day", 0), 0, 0, 0, 0, true);
    }));
    static final PyClass DATETIME = PyClass.builtin("datetime", "datetime", DATE, Builtin.of("datetime", a -> {
        a.expect(3, 7, "year", "month", "day", "hour", "minute", "second", "microsecond");
        return Moment.of(field(a, 0, "year", 0), field(a, 1, "month", 0), field(a, 2, "day", 0), field(a, 3, "hour", 0), field(a, 4, "minute", 0),
                field(a, 5, "second", 0), field(a, 6, "microsecond", 0), false);
    }));

    private static final long MICROS_PER_DAY = 86_400_000_000L;

    static {
        DATE.define("today", Builtin.of("today", a -> new Moment(LocalDate.now().atStartOfDay(), true)));
        DATE.define("fromisoformat", Builtin.of("fromisoformat", a -> fromIso(a, true)));
        DATETIME.define("now", Builtin.of("now", a -> new Moment(LocalDateTime.now().truncatedTo(ChronoUnit.MICROS), false)));
        DATETIME.define("today", Builtin.of("today", a -> new Moment(LocalDateTime.now().truncatedTo(ChronoUnit.MICROS), false)));
        DATETIME.define("fromisoformat", Builtin.of("fromisoformat", a -> fromIso(a, false)));
        DATETIME.define("min", new Moment(LocalDateTime.of(1, 1, 1, 0, 0), false));
        DATETIME.define("max", new Moment(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000), false));
        DATE.define("min", new Moment(LocalDateTime.of(1, 1, 1, 0, 0), true));
        DATE.define("max", new Moment(LocalDateTime.of(9999, 12, 31, 0, 0), true));
    }

    static PyModule create() {
        PyModule m = new PyModule("datetime");
        m.add("date", DATE).add("datetime", DATETIME).add("timedelta", TIMEDELTA).add("MINYEAR", 1L).add("MAXYEAR", 9999L);
        return m;
    }

    private static long field(Args a, int index, String name, long absent) {
        Object v = a.option(index, name, null);
        if (v == null && absent == 0 && index < 3) throw a.typeError("missing required argument '" + name + "' (pos " + (index + 1) + ")");
        if (v == null) return absent;
        if (!PyNumbers.isInt(Values.plain(v))) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
        return Values.toLong(v, name);
    }

    private static Object fromIso(Args a, boolean date) {
        Object s = a.expect(1, 1).get(0);
        if (!(s instanceof String text)) throw PyError.type("fromisoformat: argument must be str");
        try {
            if (date) return new Moment(LocalDate.parse(text).atStartOfDay(), true);
            return new Moment(text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text.replace(' ', 'T')), false);
        } catch (DateTimeException e) {
            throw PyError.value("Invalid isoformat string: " + Repr.repr(text));
        }
    }

    /** timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks): ints exactly, floats rounded to a microsecond, half to even. */
    private static Object timedelta(Args a) {
        String[] names = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
        long[] micros = {MICROS_PER_DAY, 1_000_000, 1, 1000, 60_000_000, 3_600_000_000L, 7 * MICROS_PER_DAY};
        a.expect(0, 7, names);
        long exact = 0;
        double fraction = 0;
        for (int i = 0; i < names.length; i++) {
            Object v = Values.plain(a.option(i, names[i], 0L));
            if (v instanceof Double d) fraction += d * micros[i];
            else if (PyNumbers.isInt(v)) exact = Math.addExact(exact, Math.multiplyExact(Values.toLong(v, names[i]), micros[i]));
            else throw PyError.type("unsupported type for timedelta " + names[i] + " component: " + Values.typeName(v));
        }
        return Timedelta.checked(exact + (long) Math.rint(fraction));
    }

    /**
     * A duration, in microseconds; shown as CPython normalizes it (days, 0 <= seconds < 86400,
     * 0 <= microseconds < 10**6). A long of microseconds reaches ±106 million days, short of
     * CPython's 999,999,999: past it, OverflowError.
     */
    record Timedelta(long micros) implements HostObject, PyReprable, PyOperand, HashedByValue {
        static Timedelta checked(long micros) {
            if (micros == Long.MIN_VALUE || micros == Long.MAX_VALUE) throw PyError.overflow("timedelta out of range"); // a rounded double past a long
            return new Timedelta(micros);
        }

        long days() {
            return Math.floorDiv(micros, MICROS_PER_DAY);
        }

        long seconds() {
            return Math.floorMod(micros, MICROS_PER_DAY) / 1_000_000;
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
            return TIMEDELTA;
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "days" -> days();
                case "seconds" -> seconds();
                case "microseconds" -> microseconds();
                case "total_seconds" -> Builtin.of("total_seconds", a -> micros / 1e6); // CPython's exact quotient, correctly rounded
                default -> null;
            };
        }

        @Override
        public Collection<String> attributeNames() {
            return List.of("days", "microseconds", "seconds", "total_seconds");
        }
    }

    /** A date, or a naive datetime (to the microsecond). */
    record Moment(LocalDateTime value, boolean isDate) implements HostObject, PyReprable, PyOperand, PyFormattable, HashedByValue {
        static Moment of(long year, long month, long day, long hour, long minute, long second, long micro, boolean isDate) {
            if (year < 1 || year > 9999) throw PyError.value("year " + year + " is out of range");
            if (month < 1 || month > 12) throw PyError.value("month must be in 1..12");
            if (day < 1 || day > LocalDate.of((int) year, (int) month, 1).lengthOfMonth()) throw PyError.value("day is out of range for month");
            if (hour < 0 || hour > 23) throw PyError.value("hour must be in 0..23");
            if (minute < 0 || minute > 59) throw PyError.value("minute must be in 0..59");
            if (second < 0 || second > 59) throw PyError.value("second must be in 0..59");
            if (micro < 0 || micro > 999_999) throw PyError.value("microsecond must be in 0..999999");
            return new Moment(LocalDateTime.of((int) year, (int) month, (int) day, (int) hour, (int) minute, (int) second, (int) micro * 1000), isDate);
        }

        int micro() {
            return value.getNano() / 1000;
        }

        @Override
        public String pyRepr() {
            StringBuilder sb = new StringBuilder(isDate ? "datetime.date(" : "datetime.datetime(")
                    .append(value.getYear()).append(", ").append(value.getMonthValue()).append(", ").append(value.getDayOfMonth());
            if (!isDate) {
                sb.append(", ").append(value.getHour()).append(", ").append(value.getMinute());
                if (value.getSecond() != 0 || micro() != 0) sb.append(", ").append(value.getSecond());
                if (micro() != 0) sb.append(", ").append(micro());
            }
            return sb.append(')').toString();
        }

        @Override
        public String pyStr() {
            return isoformat(" ");
        }

        String isoformat(String sep) {
            String date = String.format("%04d-%02d-%02d", value.getYear(), value.getMonthValue(), value.getDayOfMonth());
            if (isDate) return date;
            return date + sep + Strftime.format("%H:%M:%S", value) + (micro() != 0 ? String.format(".%06d", micro()) : "");
        }

        @Override
        public String format(String spec) {
            return spec.isEmpty() ? pyStr() : Strftime.format(spec, value);
        }

        @Override
        public Object binary(TokenType op, Object other, boolean reflected) {
            Object o = Values.plain(other);
            if (o instanceof Timedelta t && (op == TokenType.PLUS || op == TokenType.MINUS && !reflected)) {
                long micros = op == TokenType.MINUS ? -t.micros() : t.micros();
                LocalDateTime moved = isDate ? value.plusDays(Math.floorDiv(micros, MICROS_PER_DAY)) : value.plus(micros, ChronoUnit.MICROS);
                if (moved.getYear() < 1 || moved.getYear() > 9999) throw PyError.overflow("date value out of range");
                return new Moment(moved, isDate);
            }
            if (o instanceof Moment m && m.isDate == isDate && op == TokenType.MINUS) {
                long micros = ChronoUnit.MICROS.between(m.value, value);
                return new Timedelta(reflected ? -micros : micros);
            }
            return null;
        }

        @Override
        public Object compare(TokenType op, Object other, boolean reflected) {
            if (!(Values.plain(other) instanceof Moment m)) return null;
            if (m.isDate != isDate) {
                if (op == TokenType.EQUAL_EQUAL || op == TokenType.BANG_EQUAL) return op == TokenType.BANG_EQUAL;
                throw PyError.type("can't compare datetime.datetime to datetime.date"); // the datetime's refusal, whichever side it is on
            }
            int c = reflected ? m.value.compareTo(value) : value.compareTo(m.value);
            return Operators.test(op, c);
        }

        @Override
        public String typeName() {
            return isDate ? "datetime.date" : "datetime.datetime";
        }

        @Override
        public PyClass pyClass() {
            return isDate ? DATE : DATETIME;
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "year" -> (long) value.getYear();
                case "month" -> (long) value.getMonthValue();
                case "day" -> (long) value.getDayOfMonth();
                case "hour", "minute", "second", "microsecond" -> isDate ? null : switch (name) {
                    case "hour" -> (long) value.getHour();
                    case "minute" -> (long) value.getMinute();
                    case "second" -> (long) value.getSecond();
                    default -> (long) micro();
                };
                case "weekday" -> Builtin.of("weekday", a -> (long) value.getDayOfWeek().getValue() - 1);
                case "isoweekday" -> Builtin.of("isoweekday", a -> (long) value.getDayOfWeek().getValue());
                case "isoformat" -> Builtin.of("isoformat", a -> isoformat(Repr.str(a.expect(0, 1, "sep").option(0, "sep", "T"))));
                case "strftime" -> Builtin.of("strftime", a -> Strftime.format(a.expect(1, 1).string(0), value));
                case "date" -> isDate ? null : Builtin.of("date", a -> new Moment(value.toLocalDate().atStartOfDay(), true));
                case "toordinal" -> Builtin.of("toordinal", a -> value.toLocalDate().toEpochDay() + 719_163L);
                case "replace" -> Builtin.of("replace", this::replace);
                default -> null;
            };
        }

        private Object replace(Args a) {
            a.expect(0, 7, "year", "month", "day", "hour", "minute", "second", "microsecond");
            return of(field(a, 0, "year", value.getYear()), field(a, 1, "month", value.getMonthValue()), field(a, 2, "day", value.getDayOfMonth()),
                    field(a, 3, "hour", value.getHour()), field(a, 4, "minute", value.getMinute()), field(a, 5, "second", value.getSecond()),
                    field(a, 6, "microsecond", micro()), isDate);
        }

        @Override
        public Collection<String> attributeNames() {
            return isDate ? List.of("day", "isoformat", "isoweekday", "month", "replace", "strftime", "toordinal", "weekday", "year")
                    : List.of("date", "day", "hour", "isoformat", "isoweekday", "microsecond", "minute", "month", "replace", "second", "strftime",
                            "toordinal", "weekday", "year");
        }
    }
}
