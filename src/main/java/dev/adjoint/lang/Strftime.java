package dev.adjoint.lang;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * strftime's codes as CPython writes them on Linux (glibc, the C locale): datetime's strftime and
 * format(), time.strftime and logging's datefmt. %z and %Z are empty for a naive time; glibc's
 * {@code -} flag ({@code %-d}) drops a number's padding.
 */
final class Strftime {
    private Strftime() {}

    static String format(String format, LocalDateTime t, FixedOffset tz) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                sb.append(c);
                continue;
            }
            boolean unpadded = format.charAt(i + 1) == '-' && i + 2 < format.length();
            if (unpadded) i++;
            char code = format.charAt(++i);
            String text = code(code, t, tz);
            if (text == null) text = "%" + (unpadded ? "-" : "") + code; // glibc leaves an unknown code as written
            else if (unpadded && text.length() > 1 && Character.isDigit(text.charAt(text.length() - 1)))
                text = text.replaceFirst("^[0 ]+(?=.)", "");
            sb.append(text);
        }
        return sb.toString();
    }

    private static String code(char code, LocalDateTime t, FixedOffset tz) {
        int weekdayFromSunday = t.getDayOfWeek().getValue() % 7, yday = t.getDayOfYear() - 1;
        return switch (code) {
            case 'Y' -> String.valueOf(t.getYear());
            case 'y' -> two(t.getYear() % 100);
            case 'C' -> two(t.getYear() / 100);
            case 'G' -> String.valueOf(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'g' -> two(t.get(IsoFields.WEEK_BASED_YEAR) % 100);
            case 'V' -> two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'U' -> two((yday + 7 - weekdayFromSunday) / 7);
            case 'W' -> two((yday + 7 - (weekdayFromSunday + 6) % 7) / 7);
            case 'm' -> two(t.getMonthValue());
            case 'd' -> two(t.getDayOfMonth());
            case 'e' -> String.format("%2d", t.getDayOfMonth());
            case 'H' -> two(t.getHour());
            case 'k' -> String.format("%2d", t.getHour());
            case 'I' -> two((t.getHour() + 11) % 12 + 1);
            case 'l' -> String.format("%2d", (t.getHour() + 11) % 12 + 1);
            case 'M' -> two(t.getMinute());
            case 'S' -> two(t.getSecond());
            case 'f' -> String.format("%06d", t.getNano() / 1000);
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'P' -> t.getHour() < 12 ? "am" : "pm";
            case 'b', 'h' -> t.format(DateTimeFormatter.ofPattern("MMM", Locale.US));
            case 'B' -> t.format(DateTimeFormatter.ofPattern("MMMM", Locale.US));
            case 'a' -> t.format(DateTimeFormatter.ofPattern("EEE", Locale.US));
            case 'A' -> t.format(DateTimeFormatter.ofPattern("EEEE", Locale.US));
            case 'j' -> String.format("%03d", t.getDayOfYear());
            case 'w' -> String.valueOf(weekdayFromSunday);
            case 'u' -> String.valueOf(t.getDayOfWeek().getValue());
            case 'z' -> tz == null ? "" : FixedOffset.offsetText(tz.micros, "");
            case 'Z' -> tz == null ? "" : tz.tzname();
            case 'c' -> format("%a %b %e %H:%M:%S %Y", t, tz);
            case 'x', 'D' -> format("%m/%d/%y", t, tz);
            case 'X', 'T' -> format("%H:%M:%S", t, tz);
            case 'R' -> format("%H:%M", t, tz);
            case 'r' -> format("%I:%M:%S %p", t, tz);
            case 'F' -> format("%Y-%m-%d", t, tz);
            case 'n' -> "\n";
            case 't' -> "\t";
            case '%' -> "%";
            default -> null;
        };
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
