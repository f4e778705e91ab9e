package dev.adjoint.lang;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** strftime's common codes as CPython (glibc, the C locale) writes them: logging's datefmt and datetime's strftime. */
final class Strftime {
    private Strftime() {}

    static String format(String format, LocalDateTime t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                sb.append(c);
                continue;
            }
            char code = format.charAt(++i);
            sb.append(switch (code) {
                case 'Y' -> String.valueOf(t.getYear());
                case 'y' -> String.format("%02d", t.getYear() % 100);
                case 'm' -> String.format("%02d", t.getMonthValue());
                case 'd' -> String.format("%02d", t.getDayOfMonth());
                case 'H' -> String.format("%02d", t.getHour());
                case 'I' -> String.format("%02d", (t.getHour() + 11) % 12 + 1);
                case 'M' -> String.format("%02d", t.getMinute());
                case 'S' -> String.format("%02d", t.getSecond());
                case 'f' -> String.format("%06d", t.getNano() / 1000);
                case 'p' -> t.getHour() < 12 ? "AM" : "PM";
                case 'b' -> t.format(DateTimeFormatter.ofPattern("MMM", Locale.US));
                case 'B' -> t.format(DateTimeFormatter.ofPattern("MMMM", Locale.US));
                case 'a' -> t.format(DateTimeFormatter.ofPattern("EEE", Locale.US));
                case 'A' -> t.format(DateTimeFormatter.ofPattern("EEEE", Locale.US));
                case 'j' -> String.format("%03d", t.getDayOfYear());
                case 'w' -> String.valueOf(t.getDayOfWeek().getValue() % 7);
                case 'c' -> format("%a %b ", t) + String.format("%2d", t.getDayOfMonth()) + format(" %H:%M:%S %Y", t);
                case 'x' -> format("%m/%d/%y", t);
                case 'X' -> format("%H:%M:%S", t);
                case '%' -> "%";
                default -> "%" + code;
            });
        }
        return sb.toString();
    }
}
