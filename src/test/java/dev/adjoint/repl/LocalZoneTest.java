package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * time and datetime follow the process's zone as CPython does (TZ, which the JVM reads into its
 * default zone): time.timezone/altzone/daylight/tzname, localtime's tm_zone, tm_gmtoff and
 * tm_isdst, %z/%Z, strptime's %Z, and fold where the clock repeats or skips an hour. The
 * conformance programs run in the machine's zone (UTC here); this runs
 * src/test/resources/zones/berlin.py in Europe/Berlin and compares with what
 * {@code TZ=Europe/Berlin python3 berlin.py} printed (berlin.out, CPython 3.11.7), and names.py in
 * other zones likewise.
 */
class LocalZoneTest {
    private static final Path ZONES = Path.of("src/test/resources/zones");

    @Test
    void berlinAsCPythonSeesIt() throws IOException {
        assertRunsAsCPython("Europe/Berlin", "berlin.py", "berlin.out");
    }

    /**
     * The names glibc reads from the zone's tzdata file where the JVM has others ("-03" not "BRT",
     * "+1245" not "CHAST", London's "BST" of 1970), and Dublin's winter as its daylight saving time:
     * names.py against {@code TZ=ZONE python3 names.py} (names-ZONE.out).
     */
    @ParameterizedTest
    @ValueSource(strings = {"America/Sao_Paulo", "Europe/Dublin", "Pacific/Chatham", "Europe/London", "Asia/Kolkata"})
    void tzdataNamesAsGlibcReadsThem(String zone) throws IOException {
        assertRunsAsCPython(zone, "names.py", "names-" + zone.replace('/', '_') + ".out");
    }

    private static void assertRunsAsCPython(String zone, String program, String recorded) throws IOException {
        String expected = Files.readString(ZONES.resolve(recorded), StandardCharsets.UTF_8);
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            MainTest.Run r = MainTest.run("", "--no-color", ZONES.resolve(program).toString());
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).as(zone).isEqualTo(expected);
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
