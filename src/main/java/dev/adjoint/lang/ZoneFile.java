package dev.adjoint.lang;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The abbreviations of a zone's tzdata file (TZif, RFC 8536) as glibc reads them for tm_zone and
 * %Z: "CET"/"CEST", "-03", "+1245", and the old ones ("BST" in London in 1970), which the JVM's
 * own names ("BRT", "CHAST", "GMT") do not give; and its daylight saving flags (tm_isdst: Dublin's
 * winter time is its daylight saving time there, not in the JVM's rules). The offsets come from
 * the JVM's rules.
 */
final class ZoneFile {
    private final long[] transitions;
    private final int[] types;
    private final String[] names;
    private final boolean[] dst;
    private final Rule rule;

    private ZoneFile(long[] transitions, int[] types, String[] names, boolean[] dst, Rule rule) {
        this.transitions = transitions;
        this.types = types;
        this.names = names;
        this.dst = dst;
        this.rule = rule;
    }

    /** The footer's POSIX TZ rule for times past the table: its two names (daylight null if none) and their offsets east of UTC, in seconds. */
    private record Rule(String standard, long standardEast, String daylight, long daylightEast) {}

    private static volatile ZoneFile cached;
    private static volatile String cachedId;

    /** The file of zone {@code id} under /usr/share/zoneinfo, read once; null when there is none or it cannot be read. */
    static ZoneFile of(String id) {
        if (id.equals(cachedId)) return cached;
        ZoneFile file = null;
        try {
            Path p = Path.of("/usr/share/zoneinfo").resolve(id).normalize();
            if (p.startsWith("/usr/share/zoneinfo") && Files.isRegularFile(p)) file = parse(ByteBuffer.wrap(Files.readAllBytes(p)));
        } catch (IOException | RuntimeException unreadable) {
            file = null; // the JVM's names then
        }
        cached = file;
        cachedId = id;
        return file;
    }

    /** The abbreviation at {@code seconds} since the epoch, where the zone is {@code east} seconds east of UTC (which of the footer rule's names applies past the table). */
    String abbreviation(long seconds, long east) {
        if (pastTable(seconds)) return rule.daylight() != null && east == rule.daylightEast() ? rule.daylight() : rule.standard();
        return names[type(seconds)];
    }

    /** Whether daylight saving time is in force (tm_isdst) at {@code seconds} since the epoch, where the zone is {@code east} seconds east of UTC. */
    boolean isDst(long seconds, long east) {
        if (pastTable(seconds)) return rule.daylight() != null && east == rule.daylightEast();
        return dst[type(seconds)];
    }

    /**
     * C's tzname after glibc's tzset: the footer rule's standard and daylight names, else the last
     * standard and daylight types' names of the table (Casablanca's daylight time "+00"); the
     * names glibc's %Z gives a tuple without tm_zone.
     */
    java.util.List<String> cNames() {
        String standard = rule == null ? null : rule.standard(), daylight = rule == null ? null : rule.daylight();
        for (int i = transitions.length - 1; i >= 0 && (standard == null || daylight == null); i--) {
            if (dst[types[i]] && daylight == null) daylight = names[types[i]];
            if (!dst[types[i]] && standard == null) standard = names[types[i]];
        }
        if (standard == null) standard = names[0];
        return java.util.List.of(standard, daylight == null ? standard : daylight);
    }

    /** Whether the footer's rule, not the table, says what holds at {@code seconds}. */
    private boolean pastTable(long seconds) {
        return rule != null && (transitions.length == 0 || seconds >= transitions[transitions.length - 1]);
    }

    /** The local time type in force: the last transition's at or before {@code seconds}; before the first, the first type, as RFC 8536 says. */
    private int type(long seconds) {
        int i = transitions.length - 1;
        while (i >= 0 && transitions[i] > seconds) i--;
        return i < 0 ? 0 : types[i];
    }

    /** A TZif file: the version 2+ block (64-bit times) when there is one, and its footer's POSIX TZ names. */
    private static ZoneFile parse(ByteBuffer b) {
        if (b.getInt(0) != 0x545a6966) return null; // "TZif"
        int version = b.get(4);
        int[] counts = counts(b, 20);
        int start = 44, timeSize = 4;
        if (version >= '2') { // skip the 32-bit block to the second header
            start += counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[1] + counts[0];
            counts = counts(b, start + 20);
            start += 44;
            timeSize = 8;
        }
        int timecnt = counts[3], typecnt = counts[4], charcnt = counts[5];
        long[] transitions = new long[timecnt];
        int[] types = new int[timecnt];
        for (int i = 0; i < timecnt; i++) transitions[i] = timeSize == 8 ? b.getLong(start + i * 8) : b.getInt(start + i * 4);
        int at = start + timecnt * timeSize;
        for (int i = 0; i < timecnt; i++) types[i] = b.get(at + i) & 0xff;
        at += timecnt;
        int chars = at + typecnt * 6;
        String[] names = new String[typecnt];
        boolean[] dst = new boolean[typecnt];
        for (int i = 0; i < typecnt; i++) {
            dst[i] = b.get(at + i * 6 + 4) != 0;
            int from = chars + (b.get(at + i * 6 + 5) & 0xff), to = from;
            while (to < chars + charcnt && b.get(to) != 0) to++;
            names[i] = new String(b.array(), from, to - from, java.nio.charset.StandardCharsets.US_ASCII);
        }
        Rule rule = null;
        if (version >= '2') {
            int footer = chars + charcnt + counts[2] * 12 + counts[1] + counts[0];
            rule = posixRule(new String(b.array(), footer, b.limit() - footer, java.nio.charset.StandardCharsets.US_ASCII).strip());
        }
        return new ZoneFile(transitions, types, names, dst, rule);
    }

    /** isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt. */
    private static int[] counts(ByteBuffer b, int at) {
        int[] c = new int[6];
        for (int i = 0; i < 6; i++) c[i] = b.getInt(at + i * 4);
        return c;
    }

    /**
     * The names and offsets of a POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3", "<-03>3"): an
     * offset counts west, and daylight time's defaults to an hour east of standard time's. Null
     * when it names no standard time (an empty footer).
     */
    private static Rule posixRule(String tz) {
        String[] name = new String[2];
        long[] east = new long[2];
        int i = 0;
        for (int k = 0; k < 2 && i < tz.length() && tz.charAt(i) != ','; k++) {
            int from = i;
            if (tz.charAt(i) == '<') {
                i = tz.indexOf('>', i);
                if (i < 0) return null;
                name[k] = tz.substring(from + 1, i++);
            } else {
                while (i < tz.length() && Character.isLetter(tz.charAt(i))) i++;
                name[k] = tz.substring(from, i);
            }
            from = i;
            while (i < tz.length() && "+-0123456789:".indexOf(tz.charAt(i)) >= 0) i++;
            east[k] = from == i ? east[0] + 3600 : -posixSeconds(tz.substring(from, i));
        }
        if (name[0] == null || name[0].isEmpty()) return null;
        return new Rule(name[0], east[0], name[1] == null || name[1].isEmpty() ? null : name[1], east[1]);
    }

    /** "-1", "3", "-12:45", "+5:30:15" in seconds. */
    private static long posixSeconds(String offset) {
        int sign = offset.startsWith("-") ? -1 : 1;
        String[] parts = offset.replaceFirst("^[+-]", "").split(":");
        long seconds = 0;
        for (int k = 0; k < 3; k++) seconds = seconds * 60 + (k < parts.length && !parts[k].isEmpty() ? Long.parseLong(parts[k]) : 0);
        return sign * seconds;
    }
}
