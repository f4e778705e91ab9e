package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * glibc's expm1, bit for bit (source: src/test/resources/fixtures/libm_expm1.txt, CPython's
 * math.expm1 on Debian 12, recorded by scripts/fixtures/libm_fixtures.py expm1), which Java's
 * StrictMath.expm1 (fdlibm's Horner polynomial, no fused multiply-adds) is not on ~0.1% of inputs.
 */
class LibmExpm1Test {
    @Test
    void everyRecordedValueIsTheCLibrarys() throws IOException {
        int cases = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LibmExpm1Test.class.getResourceAsStream("/fixtures/libm_expm1.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split(" ");
                double x = Double.parseDouble(f[0]), expected = Double.parseDouble(f[1]);
                assertThat(LibmExpm1.expm1(x)).as("expm1(%s)", f[0]).isEqualTo(expected);
                cases++;
            }
        }
        assertThat(cases).isEqualTo(2966);
    }

    @Test
    void theEdgesAreCs() {
        assertThat(LibmExpm1.expm1(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(LibmExpm1.expm1(-50.0)).isEqualTo(-1.0);
        assertThat(LibmExpm1.expm1(710.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LibmExpm1.expm1(Double.NaN)).isNaN();
        assertThat(LibmExpm1.expm1(0.0)).isEqualTo(0.0);
        assertThat(LibmExpm1.expm1(1e-300)).isEqualTo(1e-300);
    }
}
