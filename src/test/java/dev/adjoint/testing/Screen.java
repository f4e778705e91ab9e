package dev.adjoint.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a terminal shows for some output, line by line, as far as the tests need: carriage return,
 * newline, backspace, "cursor forward" (ESC [ n C, as after jline shows the matching bracket) and
 * "erase to end of line" (ESC [ K) act as on a terminal; other escape
 * sequences (colours, cursor keys, bracketed paste) are dropped. Lines never wrap.
 */
public final class Screen {
    private Screen() {}

    public static List<String> lines(String raw) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int col = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u001b') {
                int end = escapeEnd(raw, i);
                String seq = raw.substring(i, end);
                if (seq.equals("\u001b[K") || seq.equals("\u001b[0K")) line.setLength(Math.min(col, line.length()));
                else if (seq.matches("\u001b\\[\\d*C")) col += seq.length() > 3 ? Integer.parseInt(seq.substring(2, seq.length() - 1)) : 1;
                i = end - 1;
            } else if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                col = 0;
            } else if (c == '\b') {
                col = Math.max(0, col - 1);
            } else if (c >= ' ' || c == '\t') {
                while (line.length() < col) line.append(' ');
                if (col < line.length()) line.setCharAt(col, c);
                else line.append(c);
                col++;
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with escape sequences and carriage returns applied, as one string of lines. */
    public static String text(String raw) {
        List<String> l = lines(raw);
        StringBuilder sb = new StringBuilder();
        for (String s : l) sb.append(s.stripTrailing()).append('\n');
        return sb.toString();
    }

    private static int escapeEnd(String s, int i) {
        if (i + 1 >= s.length()) return s.length();
        char k = s.charAt(i + 1);
        if (k == '[') {
            int j = i + 2;
            while (j < s.length() && (s.charAt(j) < 0x40 || s.charAt(j) > 0x7e)) j++;
            return Math.min(s.length(), j + 1);
        }
        if (k == ']') { // operating system command, ended by BEL or ESC \
            int j = i + 2;
            while (j < s.length() && s.charAt(j) != '\u0007' && !(s.charAt(j) == '\u001b' && j + 1 < s.length() && s.charAt(j + 1) == '\\')) j++;
            return Math.min(s.length(), s.charAt(Math.min(j, s.length() - 1)) == '\u0007' ? j + 1 : j + 2);
        }
        return Math.min(s.length(), i + 2); // ESC = , ESC > and the like
    }
}
