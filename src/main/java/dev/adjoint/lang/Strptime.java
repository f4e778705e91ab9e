package dev.adjoint.lang;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * datetime.strptime and time.strptime: the format becomes a case-insensitive pattern, one group
 * per directive, as CPython's _strptime builds it (its patterns per directive, whitespace matching
 * any run of whitespace), then the matched fields make the date; its errors are CPython's.
 */
final class Strptime {
    private Strptime() {}

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun";

    private static final Map<Character, String> PATTERNS = new HashMap<>();

    static {
        PATTERNS.put('d', "3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]");
        PATTERNS.put('f', "[0-9]{1,6}");
        PATTERNS.put('H', "2[0-3]|[0-1]\\d|\\d");
        PATTERNS.put('I', "1[0-2]|0[1-9]|[1-9]");
        PATTERNS.put('G', "\\d\\d\\d\\d");
        PATTERNS.put('j', "36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]");
        PATTERNS.put('m', "1[0-2]|0[1-9]|[1-9]");
        PATTERNS.put('M', "[0-5]\\d|\\d");
        PATTERNS.put('S', "6[0-1]|[0-5]\\d|\\d");
        PATTERNS.put('U', "5[0-3]|[0-4]\\d|\\d");
        PATTERNS.put('W', "5[0-3]|[0-4]\\d|\\d");
        PATTERNS.put('V', "5[0-3]|0[1-9]|[1-4]\\d|\\d");
        PATTERNS.put('w', "[0-6]");
        PATTERNS.put('u', "[1-7]");
        PATTERNS.put('y', "\\d\\d");
        PATTERNS.put('Y', "\\d\\d\\d\\d");
        PATTERNS.put('z', "[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z)");
        PATTERNS.put('b', MONTHS);
        PATTERNS.put('B', MONTHS);
        PATTERNS.put('a', DAYS);
        PATTERNS.put('A', DAYS);
        PATTERNS.put('p', "am|pm");
    }

    /**
     * The fields a string gives (year 1900, January 1st, midnight unless given), checked as a date,
     * and its offset if %z matched; time.strptime's second may be a leap second (60 or 61).
     */
    record Parsed(LocalDateTime clock, long second, FixedOffset tz) {
        Moment moment() {
            return Moment.of(clock.getYear(), clock.getMonthValue(), clock.getDayOfMonth(), clock.getHour(), clock.getMinute(), second,
                    clock.getNano() / 1000, false, tz);
        }
    }

    static Parsed parse(Object data, Object format, String function) {
        if (!(data instanceof String s)) throw PyError.type(function + "() argument 1 must be str, not " + Values.typeName(data));
        if (!(format instanceof String f)) throw PyError.type(function + "() argument 2 must be str, not " + Values.typeName(format));
        List<Character> codes = new ArrayList<>();
        Pattern pattern = Pattern.compile(regex(expand(f), f, codes), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = pattern.matcher(s);
        if (!m.lookingAt()) throw PyError.value("time data " + Repr.repr(s) + " does not match format " + Repr.repr(f));
        if (m.end() != s.length()) throw PyError.value("unconverted data remains: " + s.substring(m.end()));
        Map<Character, String> found = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) found.put(codes.get(i), m.group(i + 1));
        return fields(found);
    }

    /** %c, %x and %X as the C locale spells them. */
    private static String expand(String format) {
        return format.replace("%c", "%a %b %d %H:%M:%S %Y").replace("%x", "%m/%d/%y").replace("%X", "%H:%M:%S");
    }

    private static String regex(String format, String original, List<Character> codes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%') {
                if (i + 1 == format.length()) throw PyError.value("stray % in format " + Repr.repr(original));
                char code = format.charAt(++i);
                if (code == '%') {
                    sb.append('%');
                    continue;
                }
                String p = code == 'Z' ? zoneNames() : PATTERNS.get(code);
                if (p == null) throw PyError.value(Repr.repr(String.valueOf(code)) + " is a bad directive in format " + Repr.repr(original));
                codes.add(code);
                sb.append('(').append(p).append(')');
            } else if (Character.isWhitespace(c)) {
                while (i + 1 < format.length() && Character.isWhitespace(format.charAt(i + 1))) i++;
                sb.append("\\s+");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    /** %Z: UTC, GMT or the local zone's names, as CPython accepts. */
    private static String zoneNames() {
        java.util.TimeZone local = java.util.TimeZone.getDefault();
        return "utc|gmt|" + Pattern.quote(local.getDisplayName(false, java.util.TimeZone.SHORT, java.util.Locale.US)) + "|"
                + Pattern.quote(local.getDisplayName(true, java.util.TimeZone.SHORT, java.util.Locale.US));
    }

    private static Parsed fields(Map<Character, String> found) {
        long year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, micro = 0;
        if (found.containsKey('Y')) year = Long.parseLong(found.get('Y'));
        if (found.containsKey('y')) {
            year = Long.parseLong(found.get('y'));
            year += year <= 68 ? 2000 : 1900;
        }
        if (found.containsKey('m')) month = Long.parseLong(found.get('m'));
        String monthName = found.containsKey('B') ? found.get('B') : found.get('b');
        if (monthName != null) month = List.of(MONTHS.split("\\|")).indexOf(monthName.toLowerCase(java.util.Locale.ROOT)) % 12 + 1;
        if (found.containsKey('d')) day = Long.parseLong(found.get('d').trim());
        if (found.containsKey('H')) hour = Long.parseLong(found.get('H'));
        if (found.containsKey('I')) {
            hour = Long.parseLong(found.get('I'));
            boolean pm = "pm".equalsIgnoreCase(found.get('p'));
            if (!pm && hour == 12) hour = 0;
            else if (pm && hour != 12) hour += 12;
        }
        if (found.containsKey('M')) minute = Long.parseLong(found.get('M'));
        if (found.containsKey('S')) second = Long.parseLong(found.get('S'));
        if (found.containsKey('f')) micro = Long.parseLong((found.get('f') + "00000").substring(0, 6));
        if (found.containsKey('j') && !found.containsKey('m') && monthName == null && !found.containsKey('d')) {
            LocalDate d = LocalDate.of((int) year, 1, 1).plusDays(Long.parseLong(found.get('j')) - 1);
            month = d.getMonthValue();
            day = d.getDayOfMonth();
        }
        FixedOffset tz = null;
        if (found.containsKey('z')) {
            String z = found.get('z');
            long micros = 0;
            if (!z.equals("Z")) {
                String digits = z.substring(1).replace(":", "");
                micros = (Long.parseLong(digits.substring(0, 2)) * 3600 + Long.parseLong(digits.substring(2, 4)) * 60) * 1_000_000L;
                if (digits.length() >= 6) micros += Long.parseLong(digits.substring(4, 6)) * 1_000_000L;
                if (digits.length() > 7) micros += Long.parseLong((digits.substring(7) + "00000").substring(0, 6));
                if (z.charAt(0) == '-') micros = -micros;
            }
            tz = FixedOffset.of(micros, found.get('Z'));
        }
        Moment m = Moment.of(year, month, day, hour, minute, 0, micro, false, tz);
        return new Parsed(m.value(), second, tz);
    }
}
