package dev.adjoint.lang;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The process's time zone as C's localtime() reads it (the TZ variable, else /etc/localtime; the
 * JVM reads the same): its offset, abbreviation and daylight saving flag at an instant, and the
 * time module's timezone, altzone, daylight and tzname as CPython computes them on Linux.
 */
final class LocalZone {
    private LocalZone() {}

    private static java.time.zone.ZoneRules rules() {
        return ZoneId.systemDefault().getRules();
    }

    /** The offset from UTC, in seconds, at {@code seconds} since the epoch. */
    static long offsetSeconds(long seconds) {
        return rules().getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
    }

    /** Whether daylight saving time is in force at {@code seconds} since the epoch (tm_isdst), by the zone's tzdata file as glibc reads it, else the JVM's rules. */
    static boolean isDst(long seconds) {
        ZoneFile file = ZoneFile.of(ZoneId.systemDefault().getId());
        if (file != null) return file.isDst(seconds, offsetSeconds(seconds));
        return rules().isDaylightSavings(Instant.ofEpochSecond(seconds));
    }

    /**
     * The zone's abbreviation at {@code seconds} since the epoch (tm_zone, %Z) as glibc reads it
     * from the zone's tzdata file: "CET", "UTC", "-03", "+0530"; without the file, the JVM's name
     * (one without an abbreviation by its offset, as tzdata names it).
     */
    static String abbreviation(long seconds) {
        ZoneFile file = ZoneFile.of(ZoneId.systemDefault().getId());
        if (file != null) return file.abbreviation(seconds, offsetSeconds(seconds));
        String name = java.time.ZonedDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneId.systemDefault())
                .format(java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.US));
        if (!name.matches("GMT[+-]\\d\\d:\\d\\d")) return name;
        return name.substring(3, 6) + (name.endsWith(":00") ? "" : name.substring(7));
    }

    /**
     * time.timezone, altzone and daylight (seconds west of UTC, and 0 or 1) and tzname, as CPython's
     * init_timezone finds them: the zone in January and in July of this year, the one with the
     * smaller offset being standard time (July's, south of the equator).
     */
    record Summary(long timezone, long altzone, long daylight, List<String> tzname) {}

    static Summary summary() {
        long year = (365 * 24 + 6) * 3600L;
        long january = Instant.now().getEpochSecond() / year * year, july = january + year / 2;
        long januaryWest = -offsetSeconds(january), julyWest = -offsetSeconds(july);
        long daylight = januaryWest != julyWest ? 1 : 0;
        if (januaryWest < julyWest) return new Summary(julyWest, januaryWest, daylight, List.of(abbreviation(july), abbreviation(january)));
        return new Summary(januaryWest, julyWest, daylight, List.of(abbreviation(january), abbreviation(july)));
    }

    /** C's tzname, the standard time's name and the daylight saving time's, as glibc's tzset reads them from the zone's file (else time.tzname). */
    static List<String> names() {
        ZoneFile file = ZoneFile.of(ZoneId.systemDefault().getId());
        return file != null ? file.cNames() : summary().tzname();
    }
}
