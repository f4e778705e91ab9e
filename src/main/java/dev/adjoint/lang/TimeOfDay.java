package dev.adjoint.lang;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * datetime.time: a clock reading to the microsecond, naive or with a fixed UTC offset, and its
 * fold (PEP 495: 1 for the later of a reading shown twice; kept, shown, not compared); also the
 * home of the clock's text (repr fields, isoformat's timespec) that datetime shares.
 */
record TimeOfDay(LocalTime value, FixedOffset tz, int fold) implements TabledHostObject, PyReprable, PyOperand, PyFormattable, HashedByValue {
    static final LocalTime MAX = LocalTime.of(23, 59, 59, 999_999_000);

    TimeOfDay(LocalTime value, FixedOffset tz) {
        this(value, tz, 0);
    }

    /** time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None). */
    static TimeOfDay create(Args a) {
        a.expect(0, 5, "hour", "minute", "second", "microsecond", "tzinfo", "fold");
        return of(a, new long[] {0, 0, 0, 0}, null, 0);
    }

    /** The four clock fields from positions 0-3 or keywords, each defaulting to {@code now}'s, tzinfo at 4 and fold, defaulting to {@code tz} and {@code fold}. */
    private static TimeOfDay of(Args a, long[] now, FixedOffset tz, int fold) {
        int newFold = DatetimeModule.fold(a, fold);
        String[] names = {"hour", "minute", "second", "microsecond"};
        long[] f = new long[4];
        for (int i = 0; i < 4; i++) f[i] = DatetimeModule.field(a, i, names[i], now[i]);
        check(f[0], f[1], f[2], f[3]);
        Object keep = new Object();
        Object zone = a.option(4, "tzinfo", keep);
        return new TimeOfDay(LocalTime.of((int) f[0], (int) f[1], (int) f[2], (int) f[3] * 1000), zone == keep ? tz : FixedOffset.argument(zone), newFold);
    }

    static void check(long hour, long minute, long second, long micro) {
        if (hour < 0 || hour > 23) throw PyError.value("hour must be in 0..23");
        if (minute < 0 || minute > 59) throw PyError.value("minute must be in 0..59");
        if (second < 0 || second > 59) throw PyError.value("second must be in 0..59");
        if (micro < 0 || micro > 999_999) throw PyError.value("microsecond must be in 0..999999");
    }

    static TimeOfDay fromIso(Args a) {
        Object s = a.expect(1, 1).get(0);
        if (!(s instanceof String text)) throw PyError.type("fromisoformat: argument must be str");
        try {
            java.time.temporal.TemporalAccessor t = java.time.format.DateTimeFormatter.ISO_TIME.parse(text);
            FixedOffset tz = t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                    ? FixedOffset.of(t.get(java.time.temporal.ChronoField.OFFSET_SECONDS) * 1_000_000L, null) : null;
            return new TimeOfDay(LocalTime.from(t), tz);
        } catch (DateTimeParseException e) {
            throw PyError.value("Invalid isoformat string: " + Repr.repr(text));
        }
    }

    /** "9, 5" / "9, 5, 3" / "9, 5, 3, 12": hour and minute always, second and microsecond when needed (repr). */
    static String reprFields(LocalTime t) {
        int micro = t.getNano() / 1000;
        StringBuilder sb = new StringBuilder().append(t.getHour()).append(", ").append(t.getMinute());
        if (t.getSecond() != 0 || micro != 0) sb.append(", ").append(t.getSecond());
        if (micro != 0) sb.append(", ").append(micro);
        return sb.toString();
    }

    /** isoformat's timespec, named in Python as its constant in lower case: how much of the clock it writes. */
    enum Timespec {
        AUTO, HOURS, MINUTES, SECONDS, MILLISECONDS, MICROSECONDS;

        /** HH:MM:SS[.ffffff] as isoformat(timespec=...) writes it (AUTO: microseconds only when there are some). */
        String clock(LocalTime t) {
            int micro = t.getNano() / 1000;
            String hm = String.format("%02d:%02d", t.getHour(), t.getMinute()), hms = hm + String.format(":%02d", t.getSecond());
            return switch (this) {
                case HOURS -> String.format("%02d", t.getHour());
                case MINUTES -> hm;
                case SECONDS -> hms;
                case MILLISECONDS -> hms + String.format(".%03d", micro / 1000);
                case MICROSECONDS -> hms + String.format(".%06d", micro);
                case AUTO -> micro != 0 ? hms + String.format(".%06d", micro) : hms;
            };
        }
    }

    /** A timespec argument, checked: auto, hours, minutes, seconds, milliseconds or microseconds. */
    static Timespec timespec(Object v) {
        if (!(v instanceof String s)) throw PyError.type("isoformat() argument 1 must be str, not " + Values.typeName(v));
        for (Timespec t : Timespec.values()) if (t.name().toLowerCase(java.util.Locale.ROOT).equals(s)) return t;
        throw PyError.value("Unknown timespec value");
    }

    /** The clock shifted to UTC, in microseconds of the day (may leave 0..24h): how aware times compare. */
    long utcMicros() {
        return value.toNanoOfDay() / 1000 - (tz == null ? 0 : tz.micros);
    }

    @Override
    public String pyRepr() {
        return "datetime.time(" + reprFields(value) + (tz == null ? "" : ", tzinfo=" + tz.pyRepr()) + (fold == 1 ? ", fold=1" : "") + ")";
    }

    @Override
    public String pyStr() {
        return isoformat(Timespec.AUTO);
    }

    private String isoformat(Timespec timespec) {
        return timespec.clock(value) + (tz == null ? "" : FixedOffset.offsetText(tz.micros, ":"));
    }

    @Override
    public String format(String spec) {
        return spec.isEmpty() ? pyStr() : Strftime.format(spec, LocalDate.of(1900, 1, 1).atTime(value), tz);
    }

    @Override
    public Object binary(TokenType op, Object other, boolean reflected) {
        return null;
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        if (!(Values.plain(other) instanceof TimeOfDay t)) return null;
        if ((t.tz == null) != (tz == null)) {
            if (op == TokenType.EQUAL_EQUAL || op == TokenType.BANG_EQUAL) return op == TokenType.BANG_EQUAL;
            throw PyError.type("can't compare offset-naive and offset-aware times");
        }
        int c = reflected ? Long.compare(t.utcMicros(), utcMicros()) : Long.compare(utcMicros(), t.utcMicros());
        return Operators.test(op, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeOfDay t && (t.tz == null) == (tz == null) && t.utcMicros() == utcMicros();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(utcMicros());
    }

    @Override
    public String typeName() {
        return "datetime.time";
    }

    @Override
    public PyClass pyClass() {
        return DatetimeModule.TIME;
    }

    private static final AttributeTable<TimeOfDay> ATTRIBUTES = new AttributeTable<TimeOfDay>()
            .method("dst", (t, a) -> null)
            .value("fold", t -> (long) t.fold)
            .value("hour", t -> (long) t.value.getHour())
            .method("isoformat", (t, a) -> t.isoformat(timespec(a.expect(0, 1, "timespec").option(0, "timespec", "auto"))))
            .value("microsecond", t -> (long) (t.value.getNano() / 1000))
            .value("minute", t -> (long) t.value.getMinute())
            .method("replace", (t, a) -> {
                a.expect(0, 5, "hour", "minute", "second", "microsecond", "tzinfo", "fold");
                return of(a, new long[] {t.value.getHour(), t.value.getMinute(), t.value.getSecond(), t.value.getNano() / 1000}, t.tz, t.fold);
            })
            .value("second", t -> (long) t.value.getSecond())
            .method("strftime", (t, a) -> t.format(a.expect(1, 1).string(0)))
            .value("tzinfo", t -> t.tz)
            .method("tzname", (t, a) -> t.tz == null ? null : t.tz.tzname())
            .method("utcoffset", (t, a) -> t.tz == null ? null : new Timedelta(t.tz.micros));

    @Override
    public AttributeTable<TimeOfDay> attributeTable() {
        return ATTRIBUTES;
    }
}
