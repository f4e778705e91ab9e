package dev.adjoint.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;

/**
 * Python's datetime as scripts use it for timestamps, durations and logs: {@code date},
 * {@code datetime} ({@link Moment}, naive or with a fixed UTC offset), {@code time}
 * ({@link TimeOfDay}), {@code timedelta} ({@link Timedelta}) and {@code timezone}
 * ({@link FixedOffset}), with CPython's arithmetic, comparisons, repr/str/isoformat, strftime
 * ({@link Strftime}), strptime ({@link Strptime}), fromisoformat, fromtimestamp and
 * fromordinal; now() and today() read the clock; fold (PEP 495) picks the later of a local time shown twice. Not here: tzinfo subclasses of one's own
 * (zoneinfo's zones with daylight saving time).
 */
final class DatetimeModule {
    private DatetimeModule() {}

    static final long MICROS_PER_DAY = 86_400_000_000L;

    static final PyClass TIMEDELTA = PyClass.builtin("timedelta", "datetime", BuiltinTypes.OBJECT, Builtin.of("timedelta", DatetimeModule::timedelta));
    static final PyClass DATE = PyClass.builtin("date", "datetime", BuiltinTypes.OBJECT, Builtin.of("date", a -> {
        a.expect(0, 3, "year", "month", "day");
        return Moment.of(field(a, 0, "year", null), field(a, 1, "month", null), field(a, 2, "day", null), 0, 0, 0, 0, true);
    }));
    static final PyClass DATETIME = PyClass.builtin("datetime", "datetime", DATE, Builtin.of("datetime", a -> {
        a.expect(0, 8, "year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold");
        return Moment.of(field(a, 0, "year", null), field(a, 1, "month", null), field(a, 2, "day", null), field(a, 3, "hour", 0L),
                field(a, 4, "minute", 0L), field(a, 5, "second", 0L), field(a, 6, "microsecond", 0L), false,
                FixedOffset.argument(a.option(7, "tzinfo", null))).withFold(fold(a, 0));
    }));
    static final PyClass TIME = PyClass.builtin("time", "datetime", BuiltinTypes.OBJECT, Builtin.of("time", TimeOfDay::create));
    static final PyClass TZINFO = PyClass.builtin("tzinfo", "datetime", BuiltinTypes.OBJECT, null);
    static final PyClass TIMEZONE = PyClass.builtin("timezone", "datetime", TZINFO, Builtin.of("timezone", FixedOffset::create));
    private static final PyClass ISO_CALENDAR_DATE = NamedTuples.typeShownAs("datetime", "IsoCalendarDate", "datetime.IsoCalendarDate",
            "year", "week", "weekday");

    static {
        for (boolean isDate : new boolean[] {true, false}) {
            PyClass c = isDate ? DATE : DATETIME;
            c.define("today", Builtin.of("today", a -> now(null, isDate)));
            c.define("fromisoformat", Builtin.of("fromisoformat", a -> fromIso(a, isDate)));
            c.define("fromordinal", Builtin.of("fromordinal", a -> {
                long n = field(a.expect(1, 1), 0, "ordinal", null);
                if (n < 1) throw PyError.value("ordinal must be >= 1");
                LocalDate d = LocalDate.ofEpochDay(Math.min(n, 3_652_060) - 719_163);
                if (d.getYear() > 9999) throw PyError.value("year 10000 is out of range");
                return new Moment(d.atStartOfDay(), isDate);
            }));
            c.define("fromtimestamp", Builtin.of("fromtimestamp", a -> {
                a.expect(1, isDate ? 1 : 2, isDate ? new String[0] : new String[] {"tz"});
                return Moment.fromEpochMicros(epochMicros(a.get(0)), isDate ? null : FixedOffset.argument(a.option(1, "tz", null)), isDate);
            }));
            c.define("min", new Moment(LocalDateTime.of(1, 1, 1, 0, 0), isDate));
            c.define("max", new Moment(isDate ? LocalDateTime.of(9999, 12, 31, 0, 0) : LocalDate.of(9999, 12, 31).atTime(TimeOfDay.MAX), isDate));
            c.define("resolution", new Timedelta(isDate ? MICROS_PER_DAY : 1));
        }
        DATETIME.define("now", Builtin.of("now", a -> now(FixedOffset.argument(a.expect(0, 1, "tz").option(0, "tz", null)), false)));
        DATETIME.define("utcnow", Builtin.of("utcnow", a -> {
            a.expect(0, 0);
            return new Moment(now(FixedOffset.UTC, false).value(), false);
        }));
        DATETIME.define("utcfromtimestamp", Builtin.of("utcfromtimestamp",
                a -> new Moment(Moment.fromEpochMicros(epochMicros(a.expect(1, 1).get(0)), FixedOffset.UTC, false).value(), false)));
        DATETIME.define("combine", Builtin.of("combine", DatetimeModule::combine));
        DATETIME.define("strptime", Builtin.of("strptime", a -> {
            a.expect(2, 2);
            return Strptime.parse(a.get(0), a.get(1), "strptime").moment();
        }));
        TIME.define("min", new TimeOfDay(java.time.LocalTime.MIDNIGHT, null));
        TIME.define("max", new TimeOfDay(TimeOfDay.MAX, null));
        TIME.define("resolution", new Timedelta(1));
        TIME.define("fromisoformat", Builtin.of("fromisoformat", TimeOfDay::fromIso));
        TIMEDELTA.define("min", Timedelta.MIN);
        TIMEDELTA.define("max", Timedelta.MAX);
        TIMEDELTA.define("resolution", new Timedelta(1));
        TIMEZONE.define("utc", FixedOffset.UTC);
        TIMEZONE.define("min", FixedOffset.of(-MICROS_PER_DAY + 60_000_000, null));
        TIMEZONE.define("max", FixedOffset.of(MICROS_PER_DAY - 60_000_000, null));
    }

    static PyModule create() {
        PyModule m = new PyModule("datetime");
        m.add("date", DATE).add("datetime", DATETIME).add("time", TIME).add("timedelta", TIMEDELTA).add("tzinfo", TZINFO).add("timezone", TIMEZONE)
                .add("UTC", FixedOffset.UTC).add("MINYEAR", 1L).add("MAXYEAR", 9999L);
        return m;
    }

    /** fold=, keyword only (PEP 495: 1 names the later of a local time the clock shows twice), checked as CPython checks it; {@code absent} when not given. */
    static int fold(Args a, int absent) {
        long fold = field(a, -1, "fold", (long) absent);
        if (fold != 0 && fold != 1) throw PyError.value("fold must be either 0 or 1");
        return (int) fold;
    }

    /** An integer field given by position or keyword; {@code absent} null: required. */
    static long field(Args a, int index, String name, Long absent) {
        Object v = a.option(index, name, null);
        if (v == null && absent == null) throw a.typeError("missing required argument '" + name + "' (pos " + (index + 1) + ")");
        if (v == null) return absent;
        if (!PyNumbers.isInt(Values.plain(v))) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
        return Values.toLong(v, name);
    }

    static Object isoCalendar(Interpreter in, int year, int week, int weekday) {
        return ISO_CALENDAR_DATE.call(in, Arrays.asList((long) year, (long) week, (long) weekday), java.util.Map.of(), null);
    }

    private static Moment now(FixedOffset tz, boolean isDate) {
        java.time.Instant now = java.time.Instant.now();
        return Moment.fromEpochMicros(now.getEpochSecond() * 1_000_000 + now.getNano() / 1000, tz, isDate);
    }

    /** A POSIX timestamp (int or float seconds) in microseconds, rounded half to even as CPython rounds it. */
    static long epochMicros(Object timestamp) {
        Object t = Values.plain(timestamp);
        if (!PyNumbers.isNumber(t) || t instanceof Boolean) throw PyError.type("'" + Values.typeName(t) + "' object cannot be interpreted as an integer");
        double seconds = PyNumbers.toDouble(t);
        if (Double.isNaN(seconds)) throw PyError.value("Invalid value NaN (not a number)");
        if (Math.abs(seconds) > 1e14) throw PyError.overflow("timestamp out of range for platform time_t");
        if (PyNumbers.isInt(t)) return Values.toLong(t, "timestamp") * 1_000_000;
        double whole = Math.floor(seconds);
        return (long) whole * 1_000_000 + (long) Math.rint((seconds - whole) * 1e6);
    }

    /** datetime.combine(date, time, tzinfo=time.tzinfo). */
    private static Object combine(Args a) {
        a.expect(2, 3, "date", "time", "tzinfo");
        Object date = Values.plain(a.option(0, "date", null)), time = Values.plain(a.option(1, "time", null));
        if (!(date instanceof Moment d)) throw PyError.type("combine() argument 1 must be datetime.date, not " + Values.typeName(date));
        if (!(time instanceof TimeOfDay t)) throw PyError.type("combine() argument 2 must be datetime.time, not " + Values.typeName(time));
        Object keep = new Object();
        Object zone = a.option(2, "tzinfo", keep);
        return new Moment(d.value().toLocalDate().atTime(t.value()), false, zone == keep ? t.tz() : FixedOffset.argument(zone), t.fold());
    }

    private static Object fromIso(Args a, boolean date) {
        Object s = a.expect(1, 1).get(0);
        if (!(s instanceof String text)) throw PyError.type("fromisoformat: argument must be str");
        try {
            if (date || text.length() == 10) return new Moment(LocalDate.parse(text).atStartOfDay(), date);
            String iso = text.length() > 10 ? text.substring(0, 10) + "T" + text.substring(11) : text;
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
            FixedOffset tz = t.isSupported(ChronoField.OFFSET_SECONDS) ? FixedOffset.of(t.get(ChronoField.OFFSET_SECONDS) * 1_000_000L, null) : null;
            return new Moment(LocalDateTime.from(t).truncatedTo(ChronoUnit.MICROS), false, tz);
        } catch (DateTimeException e) {
            throw PyError.value("Invalid isoformat string: " + Repr.repr(text));
        }
    }

    /** timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks): ints exactly, floats rounded to a microsecond, half to even. */
    private static Object timedelta(Args a) {
        String[] names = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
        long[] micros = {MICROS_PER_DAY, 1_000_000, 1, 1000, 60_000_000, 3_600_000_000L, 7 * MICROS_PER_DAY};
        a.expect(0, 7, names);
        BigInteger exact = BigInteger.ZERO;
        double fraction = 0;
        for (int i = 0; i < names.length; i++) {
            Object v = Values.plain(a.option(i, names[i], 0L));
            if (v instanceof Double d) fraction += d * micros[i];
            else if (PyNumbers.isInt(v)) exact = exact.add(PyNumbers.big(v).multiply(BigInteger.valueOf(micros[i])));
            else throw PyError.type("unsupported type for timedelta " + names[i] + " component: " + Values.typeName(v));
        }
        if (Double.isNaN(fraction)) throw PyError.value("cannot convert float NaN to integer");
        if (Double.isInfinite(fraction)) throw PyError.overflow("cannot convert float infinity to integer");
        return Timedelta.of(exact.add(new BigDecimal(Math.rint(fraction)).toBigIntegerExact()));
    }
}
