package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * glibc's log1p, bit for bit (source: src/test/resources/fixtures/libm_log1p.txt, CPython's
 * math.log1p on Debian 12, recorded by scripts/fixtures/libm_fixtures.py log1p), which Java's
 * StrictMath.log1p (fdlibm's Horner polynomial) is not on a few inputs in 2,000.
 */
class LibmLog1pTest {
    @Test
    void everyRecordedValueIsTheCLibrarys() throws IOException {
        int cases = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LibmLog1pTest.class.getResourceAsStream("/fixtures/libm_log1p.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split(" ");
                double x = Double.parseDouble(f[0]), expected = Double.parseDouble(f[1]);
                assertThat(LibmLog1p.log1p(x)).as("log1p(%s)", f[0]).isEqualTo(expected);
                cases++;
            }
        }
        assertThat(cases).isEqualTo(3000);
    }

    @Test
    void theEdgesAreCs() {
        assertThat(LibmLog1p.log1p(-1.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LibmLog1p.log1p(-1.5)).isNaN();
        assertThat(LibmLog1p.log1p(Double.NaN)).isNaN();
        assertThat(LibmLog1p.log1p(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LibmLog1p.log1p(0.0)).isEqualTo(0.0);
        assertThat(LibmLog1p.log1p(1e-300)).isEqualTo(1e-300);
    }
}
