package dev.adjoint.lang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * datetime.strptime and time.strptime as CPython's _strptime does them in the C locale: the format
 * becomes a case-insensitive pattern with one named group per directive (its text as CPython writes
 * it, so a repeated directive is the same re.error), then the fields make the date: %j, or a week
 * (%U/%W with %Y, %V with %G) and a weekday, win over month and day, as CPython computes them.
 */
final class Strptime {
    private Strptime() {}

    private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

    /** CPython's pattern per directive (its group's body); %Z's depends on the local zone. */
    private static final Map<Character, String> PATTERNS = new HashMap<>();

    static {
        PATTERNS.put('d', "3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9]");
        PATTERNS.put('f', "[0-9]{1,6}");
        PATTERNS.put('H', "2[0-3]|[0-1]\\d|\\d");
        PATTERNS.put('I', "1[0-2]|0[1-9]|[1-9]");
        PATTERNS.put('G', "\\d\\d\\d\\d");
        PATTERNS.put('j', "36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]");
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
        PATTERNS.put('z', "[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z)");
        PATTERNS.put('b', alternatives(List.of(MONTHS).stream().map(s -> s.substring(0, 3)).toList()));
        PATTERNS.put('B', alternatives(List.of(MONTHS)));
        PATTERNS.put('a', alternatives(List.of(DAYS).stream().map(s -> s.substring(0, 3)).toList()));
        PATTERNS.put('A', alternatives(List.of(DAYS)));
        PATTERNS.put('p', "am|pm");
        PATTERNS.put('%', "%");
    }

    /** %c, %x and %X as the C locale spells them. */
    private static final Map<Character, String> COMPOSITES = Map.of('c', "%a %b %d %H:%M:%S %Y", 'x', "%m/%d/%y", 'X', "%H:%M:%S");

    /** The characters CPython escapes in a format before reading its directives. */
    private static final String REGEX_CHARS = "\\.^$*+?(){}[]|";

    /** Names longest first, as CPython's __seqToRE orders them so that a longer name wins, each escaped (a zone "+0530"). */
    private static String alternatives(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((x, y) -> y.length() - x.length());
        return String.join("|", sorted.stream().map(n -> n.replaceAll("([^\\p{Alnum}])", "\\\\$1")).toList());
    }

    /**
     * What a string gives: the fields of time.strptime's struct_time (weekday from Monday, julian
     * the day of the year from 1, isdst -1 unless %Z named a zone), the microseconds, %z's offset and %Z's name as written (or null).
     */
    record Parsed(long year, long month, long day, long hour, long minute, long second, long weekday, long julian, long isdst, long micro,
            FixedOffset tz, String zone) {
        Moment moment() {
            return Moment.of(year, month, day, hour, minute, second, micro, false, tz);
        }

        /** The struct_time's fields, tm_zone and tm_gmtoff (%z's whole seconds) included. */
        List<Object> fields() {
            return java.util.Arrays.asList(year, month, day, hour, minute, second, weekday, julian, isdst, zone, tz == null ? null : tz.micros / 1_000_000);
        }
    }

    static Parsed parse(Object data, Object format, String function) {
        if (!(data instanceof String s)) throw PyError.type(function + "() argument 1 must be str, not " + Values.typeName(data));
        if (!(format instanceof String f)) throw PyError.type(function + "() argument 2 must be str, not " + Values.typeName(format));
        List<Character> codes = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        append(regex, f, f, codes);
        Pattern pattern = Pattern.compile(regex.toString().replace("(?P<", "(?<"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = pattern.matcher(s);
        if (!m.lookingAt()) throw PyError.value("time data " + Repr.repr(s) + " does not match format " + Repr.repr(f));
        if (m.end() != s.length()) throw PyError.value("unconverted data remains: " + s.substring(m.end()));
        Map<Character, String> found = new java.util.LinkedHashMap<>();
        for (char code : codes) found.put(code, m.group(String.valueOf(code)));
        return new Fields().read(found).date();
    }

    /** Appends CPython's pattern for a format (the original names the format in errors), noting each directive's group in order. */
    private static void append(StringBuilder regex, String format, String original, List<Character> codes) {
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%') {
                if (i + 1 == format.length()) throw PyError.value("stray % in format " + Repr.repr(original));
                char code = format.charAt(++i);
                if (COMPOSITES.containsKey(code)) {
                    append(regex, COMPOSITES.get(code), original, codes);
                    continue;
                }
                String p = code == 'Z' ? zoneNames() : PATTERNS.get(code);
                // CPython escapes before reading directives, so "% " and "%." name the directive '\\', shown as '%'.
                boolean escaped = REGEX_CHARS.indexOf(code) >= 0 || Character.isWhitespace(code);
                if (p == null || escaped) {
                    String shown = escaped ? "%" : String.valueOf(code);
                    throw PyError.value(Repr.repr(shown) + " is a bad directive in format " + Repr.repr(original));
                }
                if (code == '%') {
                    regex.append('%');
                    continue;
                }
                int group = groupsIn(regex) + 1, earlier = codes.indexOf(code);
                if (earlier >= 0) {
                    int was = groupsIn(new StringBuilder(regex.substring(0, regex.indexOf("(?P<" + code + ">")))) + 1;
                    throw new PyError("re.error", "redefinition of group name " + Repr.repr(String.valueOf(code)) + " as group " + group
                            + "; was group " + was + " at position " + (regex.length() + 4));
                }
                codes.add(code);
                regex.append("(?P<").append(code).append('>').append(p).append(')');
            } else if (Character.isWhitespace(c)) {
                while (i + 1 < format.length() && Character.isWhitespace(format.charAt(i + 1))) i++;
                regex.append("\\s+");
            } else {
                if (REGEX_CHARS.indexOf(c) >= 0) regex.append('\\');
                regex.append(c);
            }
        }
    }

    /** The capturing groups a pattern text opens (the format's own brackets are escaped). */
    private static int groupsIn(CharSequence regex) {
        int n = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '\\') i++;
            else if (regex.charAt(i) == '(' && (i + 1 == regex.length() || regex.charAt(i + 1) != '?' || regex.charAt(i + 2) == 'P')) n++;
        }
        return n;
    }

    /** %Z: UTC, GMT and the local zone's standard name, then its daylight name, longest first. */
    private static String zoneNames() {
        return alternatives(zones());
    }

    /** CPython's LocaleTime.timezone: utc, gmt and time.tzname[0] (standard time), then tzname[1] when time.daylight says there is daylight saving time. */
    private static List<String> zones() {
        LocalZone.Summary local = LocalZone.summary();
        List<String> names = new ArrayList<>(List.of("utc", "gmt"));
        String standard = local.tzname().get(0).toLowerCase(Locale.ROOT);
        if (!names.contains(standard)) names.add(standard);
        if (local.daylight() == 1) names.add(local.tzname().get(1).toLowerCase(Locale.ROOT));
        return names;
    }

    /** The directives' values read in the format's order, a later one overriding an earlier, then combined as CPython's _strptime does. */
    private static final class Fields {
        Long year, isoYear, weekday, julian, isoWeek, weekOfYear;
        boolean weekStartsMonday;
        long month = 1, day = 1, hour, minute, second, micro, isdst = -1;
        FixedOffset tz;
        String zone;

        Fields read(Map<Character, String> found) {
            for (Map.Entry<Character, String> e : found.entrySet()) {
                char code = e.getKey();
                String v = e.getValue();
                switch (code) {
                    case 'y' -> {
                        long y = Long.parseLong(v);
                        year = y + (y <= 68 ? 2000 : 1900);
                    }
                    case 'Y' -> year = Long.parseLong(v);
                    case 'G' -> isoYear = Long.parseLong(v);
                    case 'm' -> month = Long.parseLong(v);
                    case 'B', 'b' -> month = indexOf(MONTHS, v) + 1;
                    case 'd' -> day = Long.parseLong(v.trim());
                    case 'H' -> hour = Long.parseLong(v);
                    case 'I' -> {
                        hour = Long.parseLong(v);
                        String ampm = found.getOrDefault('p', "").toLowerCase(Locale.ROOT);
                        if (!ampm.equals("pm") && hour == 12) hour = 0;
                        else if (ampm.equals("pm") && hour != 12) hour += 12;
                    }
                    case 'M' -> minute = Long.parseLong(v);
                    case 'S' -> second = Long.parseLong(v);
                    case 'f' -> micro = Long.parseLong((v + "00000").substring(0, 6));
                    case 'A', 'a' -> weekday = (long) indexOf(DAYS, v);
                    case 'w' -> weekday = (Long.parseLong(v) + 6) % 7;
                    case 'u' -> weekday = Long.parseLong(v) - 1;
                    case 'j' -> julian = Long.parseLong(v);
                    case 'U', 'W' -> {
                        weekOfYear = Long.parseLong(v);
                        weekStartsMonday = code == 'W';
                    }
                    case 'V' -> isoWeek = Long.parseLong(v);
                    case 'z' -> tz = offset(v, found.get('Z'));
                    case 'Z' -> {
                        zone = v;
                        int i = zones().indexOf(v.toLowerCase(Locale.ROOT));
                        isdst = i < 0 ? -1 : i < zones().size() - LocalZone.summary().daylight() ? 0 : 1;
                    }
                    default -> { } // %p is read with %I
                }
            }
            return this;
        }

        private static int indexOf(String[] names, String v) {
            String lower = v.toLowerCase(Locale.ROOT);
            for (int i = 0; i < names.length; i++) if (names[i].equals(lower) || names[i].substring(0, 3).equals(lower)) return i;
            throw new IllegalStateException("the pattern matched no name: " + v);
        }

        Parsed date() {
            if (year == null && isoYear != null) {
                if (isoWeek == null || weekday == null)
                    throw PyError.value("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
                if (julian != null) throw PyError.value("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
            } else if (weekOfYear == null && isoWeek != null) {
                if (weekday == null)
                    throw PyError.value("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
                throw PyError.value("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
            }
            boolean leapYearFix = year == null && month == 2 && day == 29;
            long y = year != null ? year : leapYearFix ? 1904 : 1900;
            Long yday = julian;
            if (yday == null && weekday != null) {
                if (weekOfYear != null) {
                    yday = julianOfWeek(y, weekOfYear, weekday, weekStartsMonday);
                } else if (isoYear != null && isoWeek != null) {
                    long correction = date(isoYear, 1, 4).getDayOfWeek().getValue() + 3;
                    yday = isoWeek * 7 + weekday + 1 - correction;
                    y = isoYear;
                    if (yday < 1) {
                        y--;
                        yday += date(y, 12, 31).getDayOfYear();
                    }
                }
                if (yday != null && yday <= 0) {
                    y--;
                    yday += date(y, 12, 31).getDayOfYear();
                }
            }
            if (yday == null) {
                yday = (long) date(y, month, day).getDayOfYear();
            } else {
                LocalDate d = date(y, 1, 1).plusDays(yday - 1);
                if (d.getYear() > 9999) throw PyError.value("year " + d.getYear() + " is out of range");
                y = d.getYear();
                month = d.getMonthValue();
                day = d.getDayOfMonth();
            }
            long wd = weekday != null ? weekday : date(y, month, day).getDayOfWeek().getValue() - 1;
            return new Parsed(leapYearFix ? 1900 : y, month, day, hour, minute, second, wd, yday, isdst, micro, tz, zone);
        }

        /** The day of the year (from 1; 0 or less: in the year before) of a weekday in a %U (from Sunday) or %W (from Monday) week. */
        private static long julianOfWeek(long year, long week, long weekday, boolean startsMonday) {
            long first = date(year, 1, 1).getDayOfWeek().getValue() - 1;
            if (!startsMonday) {
                first = (first + 1) % 7;
                weekday = (weekday + 1) % 7;
            }
            if (week == 0) return 1 + weekday - first;
            return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday;
        }

        /** A date checked as datetime.date checks it. */
        private static LocalDate date(long year, long month, long day) {
            return Moment.of(year, month, day, 0, 0, 0, 0, true).value().toLocalDate();
        }

        private static FixedOffset offset(String z, String name) {
            if (z.equals("Z")) return FixedOffset.of(0, name);
            if (z.length() > 3 && z.charAt(3) == ':' && z.length() > 6 && z.charAt(6) != ':')
                throw PyError.value("Inconsistent use of : in " + z);
            String digits = z.substring(1).replace(":", "");
            long micros = (Long.parseLong(digits.substring(0, 2)) * 3600 + Long.parseLong(digits.substring(2, 4)) * 60) * 1_000_000L;
            if (digits.length() >= 6) micros += Long.parseLong(digits.substring(4, 6)) * 1_000_000L;
            if (digits.length() > 7) micros += Long.parseLong((digits.substring(7) + "00000").substring(0, 6));
            return FixedOffset.of(z.charAt(0) == '-' ? -micros : micros, name);
        }
    }
}
