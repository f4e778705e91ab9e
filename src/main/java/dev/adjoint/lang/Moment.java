package dev.adjoint.lang;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * A datetime.date, or a datetime.datetime (to the microsecond), naive (tz null) or aware of a
 * fixed UTC offset ({@link FixedOffset}). Aware datetimes compare, hash and subtract by the UTC
 * instant they name, as CPython's do; a naive and an aware one are never equal and refuse order.
 * A datetime's {@code fold} (PEP 495, 0 or 1) says which of a local time the clock shows twice it
 * is (1: the later); only reading a naive one as local time uses it, as in CPython.
 */
record Moment(LocalDateTime value, boolean isDate, FixedOffset tz, int fold) implements TabledHostObject, PyReprable, PyOperand, PyFormattable, HashedByValue {
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);
    /** How far apart, at most, the two readings of a local time the clock shows twice lie (CPython's max_fold_seconds). */
    private static final long MAX_FOLD_SECONDS = 24 * 3600;

    Moment(LocalDateTime value, boolean isDate) {
        this(value, isDate, null);
    }

    Moment(LocalDateTime value, boolean isDate, FixedOffset tz) {
        this(value, isDate, tz, 0);
    }

    Moment withFold(int f) {
        return new Moment(value, isDate, tz, f);
    }

    static Moment of(long year, long month, long day, long hour, long minute, long second, long micro, boolean isDate) {
        return of(year, month, day, hour, minute, second, micro, isDate, null);
    }

    static Moment of(long year, long month, long day, long hour, long minute, long second, long micro, boolean isDate, FixedOffset tz) {
        if (year < 1 || year > 9999) throw PyError.value("year " + year + " is out of range");
        if (month < 1 || month > 12) throw PyError.value("month must be in 1..12");
        if (day < 1 || day > LocalDate.of((int) year, (int) month, 1).lengthOfMonth()) throw PyError.value("day is out of range for month");
        TimeOfDay.check(hour, minute, second, micro);
        return new Moment(LocalDateTime.of((int) year, (int) month, (int) day, (int) hour, (int) minute, (int) second, (int) micro * 1000), isDate, tz);
    }

    /**
     * A datetime from microseconds since the epoch as a clock in {@code tz} shows them (the local
     * zone's clock for null: the later reading of a local time shown twice gets fold=1, as CPython probes for it).
     */
    static Moment fromEpochMicros(long micros, FixedOffset tz, boolean isDate) {
        long local = micros + (tz != null ? tz.micros : localOffsetMicros(EPOCH.plus(micros, ChronoUnit.MICROS)));
        LocalDateTime t = EPOCH.plus(local, ChronoUnit.MICROS);
        if (t.getYear() < 1 || t.getYear() > 9999) throw PyError.value("year " + t.getYear() + " is out of range");
        if (isDate) return new Moment(t.toLocalDate().atStartOfDay(), true);
        int fold = 0;
        if (tz == null) {
            long seconds = Math.floorDiv(micros, 1_000_000L), shown = local(seconds);
            long transition = shown - local(seconds - MAX_FOLD_SECONDS) - MAX_FOLD_SECONDS;
            if (transition < 0 && local(seconds + transition) == shown) fold = 1;
        }
        return new Moment(t, false, tz, fold);
    }

    /** The local zone's offset at a UTC time, in microseconds. */
    static long localOffsetMicros(LocalDateTime utc) {
        return LocalZone.offsetSeconds(utc.toEpochSecond(java.time.ZoneOffset.UTC)) * 1_000_000L;
    }

    /** The local clock at {@code seconds} since the epoch, in seconds since the epoch's clock reading (CPython's local()). */
    private static long local(long seconds) {
        return seconds + LocalZone.offsetSeconds(seconds);
    }

    /**
     * The seconds since the epoch at which the local clock shows {@code wall} (seconds since the
     * epoch's clock reading): CPython's local_to_seconds, which solves local(u) = wall; of two
     * solutions fold picks the earlier (0) or later (1); in a gap the clock skips, fold 0 reads
     * the time by the offset before it and 1 by the one after.
     */
    private static long localToSeconds(long wall, int fold) {
        long a = local(wall) - wall, u1 = wall - a, t1 = local(u1), b;
        if (t1 == wall) {
            long u2 = fold == 1 ? u1 + MAX_FOLD_SECONDS : u1 - MAX_FOLD_SECONDS;
            b = local(u2) - u2;
            if (a == b) return u1;
        } else {
            b = t1 - u1;
        }
        long u2 = wall - b;
        if (local(u2) == wall) return u2;
        if (t1 == wall) return u1;
        return fold == 1 ? Math.min(u1, u2) : Math.max(u1, u2);
    }

    /** The local zone as a fixed-offset timezone named as the zone's abbreviation (astimezone()). */
    static FixedOffset localZone(LocalDateTime utc) {
        long seconds = utc.toEpochSecond(java.time.ZoneOffset.UTC);
        return FixedOffset.of(LocalZone.offsetSeconds(seconds) * 1_000_000L, LocalZone.abbreviation(seconds));
    }

    int micro() {
        return value.getNano() / 1000;
    }

    /** Microseconds since the epoch (UTC); a naive datetime is read as local time (by its fold), as CPython's timestamp() does. */
    long epochMicros() {
        long wall = ChronoUnit.MICROS.between(EPOCH, value);
        if (tz != null) return wall - tz.micros;
        return localToSeconds(Math.floorDiv(wall, 1_000_000L), fold) * 1_000_000L + Math.floorMod(wall, 1_000_000L);
    }

    /** The UTC clock reading of an aware datetime; the wall clock of a naive one. */
    private LocalDateTime utc() {
        return tz == null ? value : value.minus(tz.micros, ChronoUnit.MICROS);
    }

    /** The time from day 1 (ordinal 0) to this moment in UTC: what CPython hashes an aware datetime as. */
    Timedelta utcSinceDayOne() {
        LocalDateTime u = utc();
        return new Timedelta((u.toLocalDate().toEpochDay() + 719_163L) * DatetimeModule.MICROS_PER_DAY + u.toLocalTime().toNanoOfDay() / 1000);
    }

    @Override
    public String pyRepr() {
        StringBuilder sb = new StringBuilder(isDate ? "datetime.date(" : "datetime.datetime(")
                .append(value.getYear()).append(", ").append(value.getMonthValue()).append(", ").append(value.getDayOfMonth());
        if (!isDate) {
            sb.append(", ").append(TimeOfDay.reprFields(value.toLocalTime()));
            if (fold == 1) sb.append(", fold=1");
            if (tz != null) sb.append(", tzinfo=").append(tz.pyRepr());
        }
        return sb.append(')').toString();
    }

    @Override
    public String pyStr() {
        return isoformat(" ", TimeOfDay.Timespec.AUTO);
    }

    String isoformat(String sep, TimeOfDay.Timespec timespec) {
        String date = String.format("%04d-%02d-%02d", value.getYear(), value.getMonthValue(), value.getDayOfMonth());
        if (isDate) return date;
        return date + sep + timespec.clock(value.toLocalTime()) + (tz == null ? "" : FixedOffset.offsetText(tz.micros, ":"));
    }

    @Override
    public String format(String spec) {
        return spec.isEmpty() ? pyStr() : strftime(spec);
    }

    String strftime(String format) {
        return Strftime.format(format, value, tz);
    }

    @Override
    public Object binary(TokenType op, Object other, boolean reflected) {
        Object o = Values.plain(other);
        if (o instanceof Timedelta t && (op == TokenType.PLUS || op == TokenType.MINUS && !reflected)) {
            long micros = op == TokenType.MINUS ? -t.micros() : t.micros();
            LocalDateTime moved = isDate ? value.plusDays(Math.floorDiv(micros, DatetimeModule.MICROS_PER_DAY)) : value.plus(micros, ChronoUnit.MICROS);
            if (moved.getYear() < 1 || moved.getYear() > 9999) throw PyError.overflow("date value out of range");
            return new Moment(moved, isDate, tz);
        }
        if (o instanceof Moment m && m.isDate == isDate && op == TokenType.MINUS) {
            if ((m.tz == null) != (tz == null)) throw PyError.type("can't subtract offset-naive and offset-aware datetimes");
            long micros = ChronoUnit.MICROS.between(m.utc(), utc());
            return new Timedelta(reflected ? -micros : micros);
        }
        return null;
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        if (!(Values.plain(other) instanceof Moment m)) return null;
        boolean equality = op == TokenType.EQUAL_EQUAL || op == TokenType.BANG_EQUAL;
        if (m.isDate != isDate) {
            if (equality) return op == TokenType.BANG_EQUAL;
            throw PyError.type("can't compare datetime.datetime to datetime.date"); // the datetime's refusal, whichever side it is on
        }
        if ((m.tz == null) != (tz == null)) {
            if (equality) return op == TokenType.BANG_EQUAL;
            throw PyError.type("can't compare offset-naive and offset-aware datetimes");
        }
        int c = reflected ? m.utc().compareTo(utc()) : utc().compareTo(m.utc());
        return Operators.test(op, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Moment m && m.isDate == isDate && (m.tz == null) == (tz == null) && m.utc().equals(utc());
    }

    @Override
    public int hashCode() {
        return utc().hashCode();
    }

    @Override
    public String typeName() {
        return isDate ? "datetime.date" : "datetime.datetime";
    }

    @Override
    public PyClass pyClass() {
        return isDate ? DatetimeModule.DATE : DatetimeModule.DATETIME;
    }

    /** A date's attributes, and a datetime's (the date's and the clock's), each in alphabetical order as CPython's dir() lists them. */
    private static final AttributeTable<Moment> DATE = attributes(false), DATETIME = attributes(true);

    private static AttributeTable<Moment> attributes(boolean clock) {
        AttributeTable<Moment> t = new AttributeTable<>();
        if (clock) t.method("astimezone", Moment::astimezone);
        t.method("ctime", (m, a) -> Strftime.format("%a %b %e %H:%M:%S %Y", m.value, null));
        if (clock) t.method("date", (m, a) -> new Moment(m.value.toLocalDate().atStartOfDay(), true));
        t.value("day", m -> (long) m.value.getDayOfMonth());
        if (clock) t.method("dst", (m, a) -> null);
        if (clock) t.value("fold", m -> (long) m.fold);
        if (clock) t.value("hour", m -> (long) m.value.getHour());
        t.method("isocalendar", (m, a) -> DatetimeModule.isoCalendar(a.interpreter(), m.value.get(IsoFields.WEEK_BASED_YEAR),
                m.value.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), m.value.getDayOfWeek().getValue()));
        t.method("isoformat", (m, a) -> {
            if (m.isDate) {
                a.expect(0, 0);
                return m.isoformat("", TimeOfDay.Timespec.AUTO); // a date writes no clock
            }
            a.expect(0, 2, "sep", "timespec");
            Object sep = a.option(0, "sep", "T");
            if (!(sep instanceof String s) || s.codePointCount(0, s.length()) != 1)
                throw PyError.type("isoformat() argument 1 must be a unicode character, not " + Values.typeName(sep));
            return m.isoformat(s, TimeOfDay.timespec(a.option(1, "timespec", "auto")));
        });
        t.method("isoweekday", (m, a) -> (long) m.value.getDayOfWeek().getValue());
        if (clock) t.value("microsecond", m -> (long) m.micro());
        if (clock) t.value("minute", m -> (long) m.value.getMinute());
        t.value("month", m -> (long) m.value.getMonthValue());
        t.method("replace", Moment::replace);
        if (clock) t.value("second", m -> (long) m.value.getSecond());
        t.method("strftime", (m, a) -> m.strftime(a.expect(1, 1).string(0)));
        if (clock) t.method("time", (m, a) -> new TimeOfDay(m.value.toLocalTime(), null, m.fold));
        if (clock) t.method("timestamp", (m, a) -> m.epochMicros() / 1e6);
        t.method("timetuple", (m, a) -> StructTime.of(m.value, -1));
        if (clock) t.method("timetz", (m, a) -> new TimeOfDay(m.value.toLocalTime(), m.tz, m.fold));
        t.method("toordinal", (m, a) -> m.value.toLocalDate().toEpochDay() + 719_163L);
        if (clock) t.value("tzinfo", m -> m.tz);
        if (clock) t.method("tzname", (m, a) -> m.tz == null ? null : m.tz.tzname());
        if (clock) t.method("utcoffset", (m, a) -> m.tz == null ? null : new Timedelta(m.tz.micros));
        if (clock) t.method("utctimetuple", (m, a) -> StructTime.of(m.utc(), 0));
        t.method("weekday", (m, a) -> (long) m.value.getDayOfWeek().getValue() - 1);
        t.value("year", m -> (long) m.value.getYear());
        return t;
    }

    @Override
    public AttributeTable<Moment> attributeTable() {
        return isDate ? DATE : DATETIME;
    }

    /** astimezone(tz=None): the same instant on another zone's clock (a naive datetime is local time; None: the local zone). */
    private Object astimezone(Args a) {
        a.expect(0, 1, "tz");
        FixedOffset target = FixedOffset.argument(a.option(0, "tz", null));
        long instant = epochMicros();
        if (target == null) target = localZone(EPOCH.plus(instant, ChronoUnit.MICROS));
        return fromEpochMicros(instant, target, false);
    }

    private Object replace(Args a) {
        if (isDate) a.expect(0, 3, "year", "month", "day");
        else a.expect(0, 8, "year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold");
        int newFold = isDate ? 0 : DatetimeModule.fold(a, fold);
        Object keep = new Object();
        Object zone = a.option(7, "tzinfo", keep);
        FixedOffset newTz = zone == keep ? tz : FixedOffset.argument(zone);
        return of(DatetimeModule.field(a, 0, "year", (long) value.getYear()), DatetimeModule.field(a, 1, "month", (long) value.getMonthValue()),
                DatetimeModule.field(a, 2, "day", (long) value.getDayOfMonth()), DatetimeModule.field(a, 3, "hour", (long) value.getHour()),
                DatetimeModule.field(a, 4, "minute", (long) value.getMinute()), DatetimeModule.field(a, 5, "second", (long) value.getSecond()),
                DatetimeModule.field(a, 6, "microsecond", (long) micro()), isDate, isDate ? null : newTz).withFold(newFold);
    }
}
