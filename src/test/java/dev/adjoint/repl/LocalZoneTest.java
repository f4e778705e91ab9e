package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * time and datetime follow the process's zone as CPython does (TZ, which the JVM reads into its
 * default zone): time.timezone/altzone/daylight/tzname, localtime's tm_zone, tm_gmtoff and
 * tm_isdst, %z/%Z, strptime's %Z, and fold where the clock repeats or skips an hour. The
 * conformance programs run in the machine's zone (UTC here); this runs
 * src/test/resources/zones/berlin.py in Europe/Berlin and compares with what
 * {@code TZ=Europe/Berlin python3 berlin.py} printed (berlin.out, CPython 3.11.7).
 */
class LocalZoneTest {
    @Test
    void berlinAsCPythonSeesIt() throws IOException {
        Path program = Path.of("src/test/resources/zones/berlin.py");
        String expected = Files.readString(Path.of("src/test/resources/zones/berlin.out"), StandardCharsets.UTF_8);
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            MainTest.Run r = MainTest.run("", "--no-color", program.toString());
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).isEqualTo(expected);
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
