package dev.adjoint.lang;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** time.struct_time, the 9-field tuple that time.localtime() and date.timetuple() give and time.strftime()/mktime() read. */
final class StructTime {
    private StructTime() {}

    static final PyClass TYPE = NamedTuples.typeShownAs("time", "struct_time", "time.struct_time",
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst");

    static Object of(Interpreter in, LocalDateTime t, long isdst) {
        return of(in, Arrays.asList((long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(),
                (long) t.getMinute(), (long) t.getSecond(), (long) t.getDayOfWeek().getValue() - 1, (long) t.getDayOfYear(), isdst));
    }

    /** A struct_time of nine fields (time.strptime's may hold a leap second and a yearday past the year's end). */
    static Object of(Interpreter in, List<Object> fields) {
        return TYPE.call(in, fields, java.util.Map.of(), null);
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
        // A plain tuple has no tm_gmtoff (%z +0000) nor tm_zone (%Z: the local zone's name for tm_isdst); glibc writes neither for a negative tm_isdst.
        boolean known = f[8] >= 0;
        String zone = java.util.TimeZone.getDefault().getDisplayName(f[8] > 0, java.util.TimeZone.SHORT, java.util.Locale.US);
        return new Strftime.Tm(f[0], (int) f[1] + 1, (int) f[2], (int) f[3], (int) f[4], (int) f[5], (int) f[6], (int) f[7], -1,
                known ? zone : "", known ? "+0000" : "");
    }

    /** The clock mktime reads from a tuple: out-of-range fields carry over as C's mktime normalises them (weekday and yearday are not read). */
    static LocalDateTime clock(Object tuple) {
        long[] f = tm(tuple, "mktime");
        if (Math.abs(f[0]) > 999_999_000) throw PyError.overflow("mktime argument out of range");
        return LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1]).plusDays(f[2] - 1).plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
    }
}
