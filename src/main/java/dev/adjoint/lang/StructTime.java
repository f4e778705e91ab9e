package dev.adjoint.lang;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * time.struct_time, the 9-field tuple that time.localtime() and date.timetuple() give and
 * time.strftime()/mktime() read, with two more fields as attributes only: tm_zone and tm_gmtoff
 * (the zone's abbreviation and its offset in seconds; None unless localtime, gmtime, strptime or
 * the constructor gave them). time.struct_time(sequence) takes 9 to 11 items.
 */
final class StructTime {
    private StructTime() {}

    private static final List<String> FIELDS = List.of("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
            "tm_zone", "tm_gmtoff");
    private static final int LENGTH = 9;

    static final PyClass TYPE = PyClass.builtin("struct_time", "time", BuiltinTypes.TUPLE, Builtin.of("struct_time", StructTime::create));

    static {
        TYPE.define("n_fields", (long) FIELDS.size());
        TYPE.define("n_sequence_fields", (long) LENGTH);
        TYPE.define("n_unnamed_fields", 0L);
        TYPE.define("__match_args__", Values.tuple(new ArrayList<Object>(FIELDS.subList(0, LENGTH))));
    }

    /** time.struct_time(sequence, dict=None): CPython's structseq_new (the dict gives the fields past the sequence's). */
    private static Object create(Args a) {
        a.expect(1, 2, "sequence", "dict");
        Object sequence = Values.plain(a.option(0, "sequence", null));
        if (!(sequence instanceof List<?> || sequence instanceof String || sequence instanceof PyBytes)) throw PyError.type("constructor requires a sequence");
        List<Object> items = new ArrayList<>(Values.items(sequence));
        if (items.size() < LENGTH) throw PyError.type("time.struct_time() takes an at least 9-sequence (" + items.size() + "-sequence given)");
        if (items.size() > FIELDS.size()) throw PyError.type("time.struct_time() takes an at most 11-sequence (" + items.size() + "-sequence given)");
        Object dict = Values.plain(a.option(1, "dict", null));
        if (dict != null && !(dict instanceof PyDict)) throw PyError.type("time.struct_time() takes a dict as second arg, if any");
        while (items.size() < FIELDS.size()) items.add(dict == null ? null : ((PyDict) dict).get(FIELDS.get(items.size())));
        return new StructSequence("time.struct_time", FIELDS, items, LENGTH, TYPE);
    }

    /** The clock {@code t} as a struct_time, with its zone's abbreviation and offset in seconds (both None when {@code zone} is null). */
    static Object of(LocalDateTime t, long isdst, String zone, Long gmtoff) {
        return of(Arrays.<Object>asList((long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(),
                (long) t.getMinute(), (long) t.getSecond(), (long) t.getDayOfWeek().getValue() - 1, (long) t.getDayOfYear(), isdst, zone, gmtoff));
    }

    /** The clock {@code t} as a struct_time without a zone (datetime's timetuple()). */
    static Object of(LocalDateTime t, long isdst) {
        return of(t, isdst, null, null);
    }

    /** A struct_time of nine fields and the two past them (time.strptime's may hold a leap second and a yearday past the year's end). */
    static Object of(List<Object> fields) {
        return new StructSequence("time.struct_time", FIELDS, new ArrayList<>(fields), LENGTH, TYPE);
    }

    /**
     * The nine fields of a tuple or struct_time as C's struct tm holds them (CPython's gettmarg):
     * each a C int, else OverflowError; month and yearday counted from 0, weekday from Sunday.
     */
    private static long[] tm(Object tuple, String function) {
        Object plain = Values.plain(tuple);
        if (!(plain instanceof List<?> items)) throw PyError.type("Tuple or struct_time argument required");
        if (items.size() != 9) throw PyError.type(function + "(): illegal time tuple argument");
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            Object v = Values.plain(items.get(i));
            if (!PyNumbers.isInt(v)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
            java.math.BigInteger n = PyNumbers.big(v);
            if (n.compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) > 0) throw PyError.overflow("signed integer is greater than maximum");
            if (n.compareTo(java.math.BigInteger.valueOf(Integer.MIN_VALUE)) < 0) throw PyError.overflow("signed integer is less than minimum");
            f[i] = n.longValue();
        }
        if (f[0] < Integer.MIN_VALUE + 1900) throw PyError.overflow("year out of range");
        f[1]--;
        f[6] = (f[6] + 1) % 7; // C's remainder keeps the sign, so -2 stays out of range
        f[7]--;
        return f;
    }

    /** The fields time.strftime and asctime format, as given once CPython's checktm has checked their ranges (a 0 month, day or yearday reads as the first). */
    static Strftime.Tm fields(Object tuple, String function) {
        long[] f = tm(tuple, function);
        if (f[1] == -1) f[1] = 0;
        else if (f[1] < 0 || f[1] > 11) throw PyError.value("month out of range");
        if (f[2] == 0) f[2] = 1;
        else if (f[2] < 0 || f[2] > 31) throw PyError.value("day of month out of range");
        if (f[3] < 0 || f[3] > 23) throw PyError.value("hour out of range");
        if (f[4] < 0 || f[4] > 59) throw PyError.value("minute out of range");
        if (f[5] < 0 || f[5] > 61) throw PyError.value("seconds out of range");
        if (f[6] < 0) throw PyError.value("day of week out of range");
        if (f[7] == -1) f[7] = 0;
        else if (f[7] < 0 || f[7] > 365) throw PyError.value("day of year out of range");
        // C's tm_zone and tm_gmtoff: a struct_time's own (CPython's gettmarg), a plain tuple's NULL and 0. glibc's %Z is tm_zone, else the
        // local zone's name for tm_isdst; its %z is tm_gmtoff; neither is written for a negative tm_isdst.
        Object zone = null, gmtoff = null;
        if (Values.plain(tuple) instanceof StructSequence s && s.pyClass() == TYPE) {
            zone = s.attribute("tm_zone");
            gmtoff = s.attribute("tm_gmtoff");
        }
        boolean known = f[8] >= 0;
        String name = zone instanceof String z && !z.isEmpty() ? z : known ? LocalZone.names().get(f[8] > 0 ? 1 : 0) : "";
        long offset = gmtoff == null ? 0 : Values.toLong(gmtoff, "tm_gmtoff");
        return new Strftime.Tm(f[0], (int) f[1] + 1, (int) f[2], (int) f[3], (int) f[4], (int) f[5], (int) f[6], (int) f[7], -1,
                name, known ? glibcOffset(offset) : "");
    }

    /** glibc's %z of an offset in seconds: +hhmm, the seconds dropped. */
    static String glibcOffset(long seconds) {
        long minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
    }

    /** The clock mktime reads from a tuple: out-of-range fields carry over as C's mktime normalises them (weekday and yearday are not read). */
    static LocalDateTime clock(Object tuple) {
        long[] f = tm(tuple, "mktime");
        if (Math.abs(f[0]) > 999_999_000) throw PyError.overflow("mktime argument out of range");
        return LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1]).plusDays(f[2] - 1).plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
    }
}
