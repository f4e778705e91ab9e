package dev.adjoint.lang;

import java.time.LocalDateTime;

/**
 * strftime's codes as CPython writes them on Linux (glibc, the C locale): datetime's strftime and
 * format(), time.strftime and logging's datefmt. The fields are formatted as given (time.strftime
 * passes a tuple's fields through unnormalised, as C's struct tm); glibc's flags {@code _ - 0 ^ #},
 * a field width and the E/O modifiers apply; an unknown code is written as it stands.
 */
final class Strftime {
    private Strftime() {}

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /**
     * C's struct tm as strftime reads it: month 1-12, weekday 0 = Sunday, yearday from 0; micros is
     * datetime's %f (negative: %f is no code, as for time.strftime); zone and offset are %Z and %z.
     */
    record Tm(long year, int month, int mday, int hour, int minute, int second, int wday, int yday, int micros, String zone, String offset) {
        static Tm of(LocalDateTime t, FixedOffset tz) {
            return new Tm(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
                    t.getDayOfWeek().getValue() % 7, t.getDayOfYear() - 1, t.getNano() / 1000,
                    tz == null ? "" : tz.tzname(), tz == null ? "" : FixedOffset.offsetText(tz.micros, ""));
        }

        /** time.strftime's fields, for which %f is no code. */
        Tm withoutMicros() {
            return new Tm(year, month, mday, hour, minute, second, wday, yday, -1, zone, offset);
        }

        /** %s: the seconds since the epoch that mktime gives for these fields read in the local zone. */
        long epochSeconds() {
            LocalDateTime t = LocalDateTime.of((int) year, 1, 1, 0, 0).plusMonths(month - 1).plusDays(mday - 1)
                    .plusHours(hour).plusMinutes(minute).plusSeconds(second);
            return Math.floorDiv(new Moment(t, false).epochMicros(), 1_000_000L);
        }
    }

    static String format(String format, LocalDateTime t, FixedOffset tz) {
        return format(format, Tm.of(t, tz));
    }

    static String format(String format, Tm t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            int start = i++;
            char pad = 0;
            boolean upper = false, swapCase = false;
            for (; i < format.length() && "_-0^#".indexOf(format.charAt(i)) >= 0; i++) {
                char flag = format.charAt(i);
                if (flag == '^') upper = true;
                else if (flag == '#') swapCase = true;
                else pad = flag;
            }
            int width = -1;
            for (; i < format.length() && Character.isDigit(format.charAt(i)); i++)
                width = Math.min(Math.max(width, 0) * 10 + (format.charAt(i) - '0'), 1 << 20);
            char modifier = i < format.length() && (format.charAt(i) == 'E' || format.charAt(i) == 'O') ? format.charAt(i++) : 0;
            if (i >= format.length()) { // glibc writes a trailing incomplete code as it stands
                sb.append(format, start, format.length());
                break;
            }
            char code = format.charAt(i);
            if (i > start + 1 && t.micros >= 0 && "fzZ".indexOf(code) >= 0) { // datetime replaces only a plain %f %z %Z; glibc has no %f and no zone for its tuple
                if (code == 'f') sb.append(format, start, i + 1);
                continue;
            }
            // The C locale has no alternative forms; glibc accepts E and O before these codes only.
            boolean modified = modifier == 'E' && "cCxXyY%".indexOf(code) < 0 || modifier == 'O' && "deHImMSUuVWwyklbBh".indexOf(code) < 0;
            Field f = modified ? null : field(code, t);
            if (f == null) f = text(format.substring(start, i + 1));
            sb.append(f.padded(pad, width, upper, swapCase));
        }
        return sb.toString();
    }

    /**
     * One code's text before the flags apply: a number (digits: its default width; spacePadded: %e,
     * %k, %l pad with blanks) or a string (onHash: what glibc's {@code #} flag does to it: 'U' upper
     * case, 'L' lower case, 'N' nothing).
     */
    private record Field(String text, boolean number, int digits, boolean spacePadded, char onHash) {
        String padded(char pad, int width, boolean upper, boolean swapCase) {
            if (!number) {
                String s = swapCase && onHash == 'L' ? text.toLowerCase(java.util.Locale.ROOT)
                        : upper && onHash != 'L' || swapCase && onHash == 'U' ? text.toUpperCase(java.util.Locale.ROOT) : text;
                return fill(s, width, pad == '0' ? '0' : ' ');
            }
            boolean negative = text.startsWith("-");
            String body = negative ? text.substring(1) : text;
            String sign = negative ? "-" : "";
            if (pad == '-') return fill(sign + body, width, ' ');
            int w = width < 0 ? digits : width;
            if (pad == '_' || pad == 0 && spacePadded) return fill(sign + body, w, ' ');
            return sign + fill(body, w - sign.length(), '0');
        }

        private static String fill(String s, int width, char with) {
            return s.length() >= width ? s : String.valueOf(with).repeat(width - s.length()) + s;
        }
    }

    private static Field number(long value, int digits) {
        return new Field(String.valueOf(value), true, digits, false, 'N');
    }

    private static Field blankPadded(long value) {
        return new Field(String.valueOf(value), true, 2, true, 'N');
    }

    private static Field text(String s) {
        return new Field(s, false, 0, false, 'U');
    }

    /** %c, %x and the like: glibc's {@code #} flag leaves them. */
    private static Field composite(String s) {
        return new Field(s, false, 0, false, 'N');
    }

    /** %p, %P and %Z, which glibc's {@code #} flag turns to lower case (and %P's {@code ^} leaves). */
    private static Field lowerable(String s) {
        return new Field(s, false, 0, false, 'L');
    }

    private static Field field(char code, Tm t) {
        return switch (code) {
            case 'Y' -> number(t.year, 1);
            case 'y' -> number(Math.floorMod(t.year, 100), 2);
            case 'C' -> number(Math.floorDiv(t.year, 100), 1);
            case 'G' -> number(isoYear(t), 1);
            case 'g' -> number(Math.floorMod(isoYear(t), 100), 2);
            case 'V' -> number(isoWeekDays(t) / 7 + 1, 2);
            case 'U' -> number((t.yday - t.wday + 7) / 7, 2);
            case 'W' -> number((t.yday - (t.wday + 6) % 7 + 7) / 7, 2);
            case 'm' -> number(t.month, 2);
            case 'd' -> number(t.mday, 2);
            case 'e' -> blankPadded(t.mday);
            case 'H' -> number(t.hour, 2);
            case 'k' -> blankPadded(t.hour);
            case 'I' -> number((t.hour + 11) % 12 + 1, 2);
            case 'l' -> blankPadded((t.hour + 11) % 12 + 1);
            case 'M' -> number(t.minute, 2);
            case 'S' -> number(t.second, 2);
            case 's' -> number(t.epochSeconds(), 1);
            case 'f' -> t.micros < 0 ? null : text(String.format("%06d", t.micros));
            case 'p' -> lowerable(t.hour < 12 ? "AM" : "PM");
            case 'P' -> lowerable(t.hour < 12 ? "am" : "pm");
            case 'b', 'h' -> text(MONTHS[t.month - 1].substring(0, 3));
            case 'B' -> text(MONTHS[t.month - 1]);
            case 'a' -> text(DAYS[t.wday].substring(0, 3));
            case 'A' -> text(DAYS[t.wday]);
            case 'j' -> number(t.yday + 1, 3);
            case 'w' -> number(t.wday, 1);
            case 'u' -> number((t.wday + 6) % 7 + 1, 1);
            case 'z' -> text(t.offset);
            case 'Z' -> lowerable(t.zone);
            case 'c' -> composite(format("%a %b %e %H:%M:%S %Y", t));
            case 'x', 'D' -> composite(format("%m/%d/%y", t));
            case 'X', 'T' -> composite(format("%H:%M:%S", t));
            case 'R' -> composite(format("%H:%M", t));
            case 'r' -> composite(format("%I:%M:%S %p", t));
            case 'F' -> composite(format("%Y-%m-%d", t));
            case 'n' -> text("\n");
            case 't' -> text("\t");
            case '%' -> text("%");
            default -> null;
        };
    }

    /** glibc's count of days since the Monday that starts the ISO week 1 holding this yearday (negative: before it). */
    private static int isoWeekDays(int yday, int wday) {
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 3;
    }

    private static int isoWeekDays(Tm t) {
        int days = isoWeekDays(t.yday, t.wday);
        if (days < 0) return isoWeekDays(t.yday + 365 + (leap(t.year - 1) ? 1 : 0), t.wday);
        int next = isoWeekDays(t.yday - 365 - (leap(t.year) ? 1 : 0), t.wday);
        return next >= 0 ? next : days;
    }

    private static long isoYear(Tm t) {
        if (isoWeekDays(t.yday, t.wday) < 0) return t.year - 1;
        return isoWeekDays(t.yday - 365 - (leap(t.year) ? 1 : 0), t.wday) >= 0 ? t.year + 1 : t.year;
    }

    private static boolean leap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }
}
