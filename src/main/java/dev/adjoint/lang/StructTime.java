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
        return of(in, t, t.getSecond(), isdst);
    }

    /** With a second that may be a leap second (time.strptime's 60 and 61). */
    static Object of(Interpreter in, LocalDateTime t, long second, long isdst) {
        List<Object> fields = Arrays.asList((long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(),
                (long) t.getMinute(), second, (long) t.getDayOfWeek().getValue() - 1, (long) t.getDayOfYear(), isdst);
        return TYPE.call(in, fields, java.util.Map.of(), null);
    }

    /** The clock a 9-item tuple or struct_time names (the weekday and yearday fields are not read, as mktime ignores them). */
    static LocalDateTime clock(Object tuple, String function) {
        Object plain = Values.plain(tuple);
        if (!(plain instanceof List<?> items)) throw PyError.type("Tuple or struct_time argument required");
        if (items.size() != 9) throw PyError.type(function + "(): illegal time tuple argument");
        long[] f = new long[6];
        for (int i = 0; i < 6; i++) {
            Object v = Values.plain(items.get(i));
            if (!PyNumbers.isInt(v)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
            f[i] = Values.toLong(v, "field");
        }
        if (f[1] < 1 || f[1] > 12) throw PyError.value("month out of range");
        if (f[2] < 1 || f[2] > 31) throw PyError.value("day of month out of range");
        if (f[3] < 0 || f[3] > 23) throw PyError.value("hour out of range");
        if (f[4] < 0 || f[4] > 59) throw PyError.value("minute out of range");
        if (f[5] < 0 || f[5] > 61) throw PyError.value("seconds out of range");
        return LocalDateTime.of((int) f[0], (int) f[1], 1, (int) f[3], (int) f[4], (int) Math.min(f[5], 59)).plusDays(f[2] - 1);
    }
}
