package dev.adjoint.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * A terminal description (infocmp's text) read into jline's three capability tables, with the
 * same result as {@link InfoCmp#parseInfoCmp} but a small part of its cost: at every call jline
 * reads its table of capability names (capabilities.txt, 10 KB) again through its own reader,
 * which takes 4 bytes at a time from the jar's inflater, and compiles a regular expression for
 * each line. At the prompt's start that was 40% of the terminal thread's samples, and most of
 * what the JIT compiled before the first prompt (the inflater's and the reader's loops, in C2).
 * TerminalCapabilitiesTest compares the two on every description jline bundles.
 */
final class TerminalCapabilities {
    /** The table of names: each capability under its long and its short name (bw, am, ...). */
    private static Map<String, Capability> byName;

    private TerminalCapabilities() {}

    /** jline's capability table by name, read once, with the JDK's decoder. */
    static synchronized Map<String, Capability> byName() {
        if (byName == null) byName = readNames();
        return byName;
    }

    private static Map<String, Capability> readNames() {
        String text;
        try (InputStream in = InfoCmp.class.getResourceAsStream("capabilities.txt")) {
            if (in == null) throw new IllegalStateException("jline's capabilities.txt is missing");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Capability> names = new HashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            // "auto_left_margin, bw, bw": the enum's name, then the name a description uses
            int first = line.indexOf(", ");
            int second = line.indexOf(", ", first + 2);
            String name = line.substring(0, first);
            String shortName = line.substring(first + 2, second < 0 ? line.length() : second);
            Capability capability = Capability.valueOf(name);
            names.put(name, capability);
            names.put(shortName, capability);
        }
        return names;
    }

    /**
     * Adds the capabilities {@code description} gives to the three tables, as jline's parse does:
     * every line after the first is a list of items each ended by a comma (a backslash does not
     * escape it there), {@code name#number} (0x hexadecimal, leading 0 octal), {@code name=string}
     * or a bare name; an item after the last comma of a line counts only up to a '$' in it (jline's
     * pattern ends an item at ',' or '$'); names jline does not know are skipped.
     */
    static void parse(String description, Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {
        Map<String, Capability> names = byName();
        String[] lines = description.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int start = 0;
            int lastDollar = line.lastIndexOf('$');
            while (start < line.length()) {
                int comma = line.indexOf(',', start);
                int end = comma >= 0 ? comma : lastDollar >= start ? lastDollar : -1;
                int from = skipBlanks(line, start, end);
                if (end < 0 || from >= end) {
                    if (comma < 0) break; // nothing more on this line
                    start = comma + 1;
                    continue;
                }
                add(line.substring(from, end), names, bools, ints, strings);
                if (comma < 0) break;
                start = comma + 1;
            }
        }
    }

    private static int skipBlanks(String line, int from, int end) {
        while (from < end && isRegexBlank(line.charAt(from))) from++;
        return from;
    }

    /** The characters of the regular expressions' \s. */
    private static boolean isRegexBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void add(String item, Map<String, Capability> names, Set<Capability> bools,
            Map<Capability, Integer> ints, Map<Capability, String> strings) {
        int hash = item.indexOf('#');
        int equals = item.indexOf('=');
        if (hash >= 0) {
            Capability c = names.get(item.substring(0, hash));
            int value = number(item.substring(hash + 1));
            if (c != null) ints.put(c, value);
        } else if (equals >= 0) {
            Capability c = names.get(item.substring(0, equals));
            if (c != null) strings.put(c, item.substring(equals + 1));
        } else {
            Capability c = names.get(item);
            if (c != null) bools.add(c);
        }
    }

    /** A number as jline reads it (and fails on it: a NumberFormatException for what is not one). */
    private static int number(String text) {
        if ("0".equals(text)) return 0;
        if (text.startsWith("0x")) return Integer.parseInt(text.substring(2), 16);
        if (text.startsWith("0")) return Integer.parseInt(text.substring(1), 8);
        return Integer.parseInt(text);
    }
}
