package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * glibc's pow, bit for bit (source: src/test/resources/fixtures/libm_pow.txt, CPython's math.pow
 * on Debian 12, recorded by scripts/fixtures/libm_fixtures.py pow): the uniforms to powers of
 * NumPy's beta, gamma and Weibull draws, and the function's hard ranges.
 */
class LibmPowTest {
    @Test
    void everyRecordedPowerIsTheCLibrarys() throws IOException {
        int cases = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LibmPowTest.class.getResourceAsStream("/fixtures/libm_pow.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split(" ");
                double x = Double.parseDouble(f[0]), y = Double.parseDouble(f[1]), expected = Double.parseDouble(f[2]);
                assertThat(LibmPow.pow(x, y)).as("pow(%s, %s)", f[0], f[1]).isEqualTo(expected);
                cases++;
            }
        }
        assertThat(cases).isEqualTo(2928);
    }

    @Test
    void theSpecialCasesAreCs() {
        assertThat(LibmPow.pow(0.0, 0.0)).isEqualTo(1.0);
        assertThat(LibmPow.pow(Double.NaN, 0.0)).isEqualTo(1.0);
        assertThat(LibmPow.pow(1.0, Double.NaN)).isEqualTo(1.0);
        assertThat(LibmPow.pow(-2.0, 0.5)).isNaN();
        assertThat(LibmPow.pow(-2.0, 3.0)).isEqualTo(-8.0);
        assertThat(LibmPow.pow(-0.0, -1.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LibmPow.pow(0.0, -2.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LibmPow.pow(0.5, Double.POSITIVE_INFINITY)).isEqualTo(0.0);
        assertThat(LibmPow.pow(2.0, Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(LibmPow.pow(-1.0, Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(LibmPow.pow(10.0, 400.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LibmPow.pow(10.0, -400.0)).isEqualTo(0.0);
        assertThat(LibmPow.pow(2.0, 0.5)).isEqualTo(Math.sqrt(2.0));
    }
}
