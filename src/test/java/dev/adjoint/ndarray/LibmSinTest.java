package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * glibc's sin and cos, bit for bit (source: src/test/resources/fixtures/libm_sincos.txt, CPython's
 * math.sin and math.cos on Debian 12, recorded by scripts/fixtures/libm_fixtures.py sincos): 8,000
 * seeded arguments, Box-Muller's angles 2πU, the branch points of each range, tiny ones, near
 * multiples of π/2 up to 10^8·π/2, large ones up to 10^308 and every binade.
 */
class LibmSinTest {
    @Test
    void everyRecordedSineAndCosineIsTheCLibrarys() throws IOException {
        int cases = 0, javaDiffers = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LibmSinTest.class.getResourceAsStream("/fixtures/libm_sincos.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split(" ");
                double x = Double.parseDouble(f[0]), sin = Double.parseDouble(f[1]), cos = Double.parseDouble(f[2]);
                assertThat(LibmSin.sin(x)).as("sin(%s)", f[0]).isEqualTo(sin);
                assertThat(LibmSin.cos(x)).as("cos(%s)", f[0]).isEqualTo(cos);
                if (Math.sin(x) != sin || Math.cos(x) != cos) javaDiffers++;
                cases++;
            }
        }
        assertThat(cases).isEqualTo(8000);
        assertThat(javaDiffers).as("the cases that need more than Java's own sin/cos").isGreaterThan(10);
    }

    @Test
    void theEdgesAreCs() {
        assertThat(LibmSin.sin(0.0)).isEqualTo(0.0);
        assertThat(LibmSin.sin(-0.0)).isEqualTo(-0.0);
        assertThat(LibmSin.cos(-0.0)).isEqualTo(1.0);
        assertThat(LibmSin.sin(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
        assertThat(LibmSin.sin(Double.POSITIVE_INFINITY)).isNaN();
        assertThat(LibmSin.cos(Double.NEGATIVE_INFINITY)).isNaN();
        assertThat(LibmSin.sin(Double.NaN)).isNaN();
        assertThat(LibmSin.cos(Double.MAX_VALUE)).isEqualTo(-0x1.fffe62ecfab75p-1);
    }

    @Test
    void theTableOfDigitsIsTwoOverPi() {
        // the first and last of glibc's toverp (branred.h), base-2^24 digits of 2/π
        assertThat(LibmSin.TwoOverPi.DIGITS[0]).isEqualTo(10680707.0);
        assertThat(LibmSin.TwoOverPi.DIGITS[1]).isEqualTo(7228996.0);
        assertThat(LibmSin.TwoOverPi.DIGITS[74]).isEqualTo(343717.0);
    }
}
